import { tableContextFromEnv } from '../../shared/db/context';
import { getProfileCached } from '../../shared/db/entities/profile';
import { listSessionSummaries } from '../../shared/db/entities/training-session';
import { addDays, localDay } from '../../shared/domain/time/zoned';
import { httpHandler } from '../../shared/http/http-handler';
import { json } from '../../shared/http/response';
import { route } from './list-sessions.route';

const ctx = tableContextFromEnv();
const PERIOD_DAYS = { week: 7, month: 30, quarter: 90, year: 365 } as const;

/** History: light list items, newest first, over the last week|month|quarter|year of the caller's local days. */
export const handler = httpHandler(route, async ({ caller, query }) => {
  const profile = await getProfileCached(ctx.tableName, caller.userId, caller.email);
  const today = localDay(new Date(), profile.timeZone);
  const page = await listSessionSummaries(ctx, caller.userId, {
    fromDay: addDays(today, -(PERIOD_DAYS[query.period] - 1)),
    toDay: today,
    coach: query.type,
    discipline: query.discipline,
    status: query.status,
    limit: query.limit,
    cursor: query.cursor,
  });
  return json(200, page, { maxAgeSeconds: 300 });
});
