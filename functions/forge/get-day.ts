import { tableContextFromEnv } from '../../shared/db/context';
import { getForgeDayView } from '../../shared/db/entities/activity';
import { totalsOf, type ForgeDaySummary } from '../../shared/domain/forge/day';
import { httpHandler } from '../../shared/http/http-handler';
import { json } from '../../shared/http/response';
import type { WearableDay } from '../../shared/domain/wearables/imports';
import { callerToday } from './caller-time-zone';
import { route } from './get-day.route';

const ctx = tableContextFromEnv();

const summaryView = (summary: ForgeDaySummary | null) =>
  summary
    ? { calories: summary.calories, minutes: summary.minutes, count: summary.count, bySource: summary.bySource, syncedTrainingSessions: summary.syncedTrainingSessions, updatedAt: summary.updatedAt }
    : { ...totalsOf({}), updatedAt: null };

const highest = (values: Array<number | null>) => values.reduce<number | null>((best, v) => (v === null ? best : best === null ? v : Math.max(best, v)), null);
const lowest = (values: Array<number | null>) => values.reduce<number | null>((best, v) => (v === null ? best : best === null ? v : Math.min(best, v)), null);

/** Per field, the highest any provider reports (the same steps counted by two devices are not added); resting HR the lowest. */
function wearableDayView(days: WearableDay[]) {
  if (days.length === 0) return null;
  return {
    steps: highest(days.map((d) => d.steps)),
    activeCalories: highest(days.map((d) => d.activeCalories)),
    totalCalories: highest(days.map((d) => d.totalCalories)),
    restingHr: lowest(days.map((d) => d.restingHr)),
    providers: days.map((d) => d.provider),
  };
}

/**
 * Forge Day (live, never cached): the day's totals (all sources, per source, synced-session badge)
 * and its activities, earliest first, in one Query. `date` is a local day of the caller's profile
 * time zone; without it, today there.
 */
export const handler = httpHandler(route, async ({ caller, query }) => {
  const date = query.date ?? (await callerToday(ctx.tableName, caller)).today;
  const view = await getForgeDayView(ctx, caller.userId, date);
  return json(200, { date, summary: summaryView(view.summary), activities: view.activities, wearable: wearableDayView(view.wearableDays) });
});
