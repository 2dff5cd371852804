import { tableContextFromEnv } from '../../shared/db/context';
import { listForgeDays } from '../../shared/db/entities/forge-day';
import { httpHandler } from '../../shared/http/http-handler';
import { json } from '../../shared/http/response';
import { progressionOf, progressionRange } from './aggregates';
import { callerToday } from './caller-time-zone';
import { route } from './get-progression.route';

const ctx = tableContextFromEnv();

/**
 * Forge Progression: weekly (week: 4, month: 12 weeks) or monthly (quarter: 6 months) series of the
 * day aggregates, one Query.
 */
export const handler = httpHandler(route, async ({ caller, query }) => {
  const { today } = await callerToday(ctx.tableName, caller);
  const range = progressionRange(query.period, today);
  const days = await listForgeDays(ctx, caller.userId, range.from, range.to);
  return json(200, progressionOf(days, query.period, today));
});
