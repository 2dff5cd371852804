import * as z from '../../shared/zod';
import { activitySchema, activitySourceSchema, manualActivityChangesSchema, manualActivityInputSchema } from '../../shared/domain/forge/activity';
import { isLocalDay } from '../../shared/domain/science/days';

/** A calendar day in the caller's time zone. */
const localDayParam = z.string().check(z.refine(isLocalDay, { error: 'must be a calendar day YYYY-MM-DD', params: { code: 'invalid_day' } }));

export const activityIdParams = z.object({ id: z.string().check(z.minLength(1), z.maxLength(200)) });

/** GET /forge/day */
export const dayQuery = z.strictObject({
  date: z.optional(localDayParam).check(z.describe("Local day in the caller's profile time zone; default today")),
});

/** Longest span one history query may cover (a cursor pages within it). */
export const MAX_HISTORY_DAYS = 366;

/** GET /forge/activities */
export const historyQuery = z.strictObject({
  from: z.optional(localDayParam).check(z.describe('First local day (default: 29 days before `to`)')),
  to: z.optional(localDayParam).check(z.describe('Last local day (default: today)')),
  source: z.optional(activitySourceSchema),
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 20),
  cursor: z.optional(z.string().check(z.maxLength(2048))),
});

/** GET /forge/insights */
export const insightsQuery = z.strictObject({ period: z._default(z.enum(['week', 'month']), 'week') });

/** GET /forge/progression */
export const progressionQuery = z.strictObject({ period: z._default(z.enum(['week', 'month', 'quarter']), 'month') });

export const manualActivityBody = manualActivityInputSchema;
export const manualActivityPatchBody = manualActivityChangesSchema;

export const activityResponse = activitySchema;
export const activityListResponse = z.object({ items: z.array(activitySchema), nextCursor: z.optional(z.string()) });

const sourceTotals = z.object({ calories: z.number(), minutes: z.number(), count: z.int().check(z.minimum(0)) });
const bySource = z.object({ training_session: sourceTotals, manual: sourceTotals, wearable: sourceTotals });

export const daySummaryResponse = z.object({
  calories: z.number(),
  minutes: z.number(),
  count: z.int().check(z.minimum(0)),
  bySource,
  /** Completed training sessions of the day (the "synced" badge). */
  syncedTrainingSessions: z.int().check(z.minimum(0)),
  /** When the day totals last changed; null when nothing was counted that day. */
  updatedAt: z.nullable(z.iso.datetime()),
});

/** The day's wearable daily data across providers: the highest steps and calories (two devices count the same steps once), the lowest resting HR. */
export const dayWearableResponse = z.object({
  steps: z.nullable(z.int().check(z.minimum(0))),
  activeCalories: z.nullable(z.number().check(z.minimum(0))),
  totalCalories: z.nullable(z.number().check(z.minimum(0))),
  restingHr: z.nullable(z.number()),
  providers: z.array(z.string()),
});

export const dayResponse = z.object({
  date: z.string(),
  summary: daySummaryResponse,
  /** Null when no wearable reported this day. */
  wearable: z.nullable(dayWearableResponse),
  activities: z.array(activitySchema),
});

const share = z.nullable(z.number().check(z.minimum(0), z.maximum(100))).check(z.describe('Percent of the period total; null when the total is 0'));
const sourceShare = z.extend(sourceTotals, { shareOfCalories: share, shareOfMinutes: share, shareOfCount: share });

export const periodTotalsResponse = z.object({
  from: z.string(),
  to: z.string(),
  days: z.int(),
  activeDays: z.int(),
  calories: z.number(),
  minutes: z.number(),
  count: z.int(),
  syncedTrainingSessions: z.int(),
  avgCaloriesPerDay: z.number(),
  avgMinutesPerDay: z.number(),
  bySource: z.object({ training_session: sourceShare, manual: sourceShare, wearable: sourceShare }),
});

export const trendResponse = z.object({
  current: z.number(),
  previous: z.number(),
  change: z.number(),
  changePercent: z.nullable(z.number()).check(z.describe('null when the previous value is 0')),
  direction: z.enum(['up', 'down', 'flat']),
});

export const insightsResponse = z.object({
  period: z.enum(['week', 'month']),
  current: periodTotalsResponse,
  previous: periodTotalsResponse,
  trends: z.object({ calories: trendResponse, minutes: trendResponse, count: trendResponse, activeDays: trendResponse }),
  bestDay: z.nullable(z.object({ date: z.string(), calories: z.number(), minutes: z.number() })),
  /** Source with the most minutes in the current period; null when nothing was tracked. */
  mainSource: z.nullable(activitySourceSchema),
});

export const progressionBucketResponse = z.object({
  start: z.string(),
  end: z.string(),
  /** The bucket still runs (it contains today). */
  partial: z.boolean(),
  calories: z.number(),
  minutes: z.number(),
  count: z.int(),
  activeDays: z.int(),
  syncedTrainingSessions: z.int(),
  bySource,
});

export const progressionResponse = z.object({
  period: z.enum(['week', 'month', 'quarter']),
  granularity: z.enum(['week', 'month']),
  from: z.string(),
  to: z.string(),
  series: z.array(progressionBucketResponse),
  totals: z.object({ calories: z.number(), minutes: z.number(), count: z.int(), activeDays: z.int() }),
  averagePerBucket: z.object({ calories: z.number(), minutes: z.number(), count: z.number() }),
  /** Second half of the series against the first half (per-bucket averages). */
  trends: z.object({ calories: trendResponse, minutes: trendResponse }),
});
