import { tableContextFromEnv } from '../../shared/db/context';
import { listForgeDays } from '../../shared/db/entities/forge-day';
import { httpHandler } from '../../shared/http/http-handler';
import { json } from '../../shared/http/response';
import { insightsOf, insightsRange } from './aggregates';
import { callerToday } from './caller-time-zone';
import { route } from './get-insights.route';

const ctx = tableContextFromEnv();

/**
 * Forge Insights: the last 7 or 30 local days against the ones before, from the day aggregates
 * (one Query over both periods): totals, per-day averages, share per source, trends, best day.
 */
export const handler = httpHandler(route, async ({ caller, query }) => {
  const { today } = await callerToday(ctx.tableName, caller);
  const range = insightsRange(query.period, today);
  const days = await listForgeDays(ctx, caller.userId, range.from, range.to);
  return json(200, insightsOf(days, query.period, today));
});
