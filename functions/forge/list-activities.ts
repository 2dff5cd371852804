import { tableContextFromEnv } from '../../shared/db/context';
import { listActivityHistory } from '../../shared/db/entities/activity';
import { addDays } from '../../shared/domain/time/zoned';
import { httpHandler } from '../../shared/http/http-handler';
import { problems } from '../../shared/http/problem';
import { json } from '../../shared/http/response';
import { daysBetween } from './aggregates';
import { callerToday } from './caller-time-zone';
import { MAX_HISTORY_DAYS } from './schemas';
import { route } from './list-activities.route';

const ctx = tableContextFromEnv();
const DEFAULT_DAYS = 30;

/** Forge History: activities of all sources, newest first, between two local days; signed cursor; 5 min client cache. */
export const handler = httpHandler(route, async ({ caller, query }) => {
  const to = query.to ?? (await callerToday(ctx.tableName, caller)).today;
  const from = query.from ?? addDays(to, -(DEFAULT_DAYS - 1));
  if (from > to) throw problems.validation([{ path: 'query.from', code: 'range_reversed', params: { to }, message: `must not be after to (${to})` }]);
  if (daysBetween(from, to) > MAX_HISTORY_DAYS) {
    throw problems.validation([{ path: 'query.from', code: 'range_too_long', params: { maximum: MAX_HISTORY_DAYS, to }, message: `the range may span at most ${MAX_HISTORY_DAYS} days; move from closer to ${to}` }]);
  }
  const page = await listActivityHistory(ctx, caller.userId, { fromDay: from, toDay: to, source: query.source, limit: query.limit, cursor: query.cursor });
  return json(200, page, { maxAgeSeconds: 300 });
});
