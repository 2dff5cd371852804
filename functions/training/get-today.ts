import { tableContextFromEnv } from '../../shared/db/context';
import { listOpenItems } from '../../shared/db/entities/open-items';
import { getProfileCached } from '../../shared/db/entities/profile';
import { recentTrainingDays } from '../../shared/db/entities/training-day';
import { buildToday } from '../../shared/domain/training/today';
import { localDay } from '../../shared/domain/time/zoned';
import { httpHandler } from '../../shared/http/http-handler';
import { json } from '../../shared/http/response';
import { route } from './get-today.route';

const ctx = tableContextFromEnv();

/** Today: open sessions, goals, locations, devices, today's training stats, readiness and ACWR. Two Queries. */
export const handler = httpHandler(route, async ({ caller }) => {
  const profile = await getProfileCached(ctx.tableName, caller.userId, caller.email);
  const now = new Date();
  const today = localDay(now, profile.timeZone);
  const [open, days] = await Promise.all([listOpenItems(ctx, caller.userId), recentTrainingDays(ctx, caller.userId, today)]);
  return json(200, buildToday({ now, today, open, days }), { maxAgeSeconds: 120 });
});
