import * as z from 'zod';
import { activitySchema, activitySourceSchema, manualActivityChangesSchema, manualActivityInputSchema } from '../../shared/domain/forge/activity';
import { isLocalDay } from '../../shared/domain/science/days';

/** A calendar day in the caller's time zone. */
const localDayParam = z.string().refine(isLocalDay, { message: 'must be a calendar day YYYY-MM-DD', params: { code: 'invalid_day' } });

export const activityIdParams = z.object({ id: z.string().min(1).max(200) });

/** GET /forge/day */
export const dayQuery = z.strictObject({
  date: localDayParam.optional().describe("Local day in the caller's profile time zone; default today"),
});

/** Longest span one history query may cover (a cursor pages within it). */
export const MAX_HISTORY_DAYS = 366;

/** GET /forge/activities */
export const historyQuery = z
  .strictObject({
    from: localDayParam.optional().describe('First local day (default: 29 days before `to`)'),
    to: localDayParam.optional().describe('Last local day (default: today)'),
    source: activitySourceSchema.optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    cursor: z.string().max(2048).optional(),
  });

/** GET /forge/insights */
export const insightsQuery = z.strictObject({ period: z.enum(['week', 'month']).default('week') });

/** GET /forge/progression */
export const progressionQuery = z.strictObject({ period: z.enum(['week', 'month', 'quarter']).default('month') });

export const manualActivityBody = manualActivityInputSchema;
export const manualActivityPatchBody = manualActivityChangesSchema;

export const activityResponse = activitySchema;
export const activityListResponse = z.object({ items: z.array(activitySchema), nextCursor: z.string().optional() });

const sourceTotals = z.object({ calories: z.number(), minutes: z.number(), count: z.int().min(0) });
const bySource = z.object({ training_session: sourceTotals, manual: sourceTotals, wearable: sourceTotals });

export const daySummaryResponse = z.object({
  calories: z.number(),
  minutes: z.number(),
  count: z.int().min(0),
  bySource,
  /** Completed training sessions of the day (the "synced" badge). */
  syncedTrainingSessions: z.int().min(0),
  /** When the day totals last changed; null when nothing was counted that day. */
  updatedAt: z.iso.datetime().nullable(),
});

/** The day's wearable daily data across providers: the highest steps and calories (two devices count the same steps once), the lowest resting HR. */
export const dayWearableResponse = z.object({
  steps: z.int().min(0).nullable(),
  activeCalories: z.number().min(0).nullable(),
  totalCalories: z.number().min(0).nullable(),
  restingHr: z.number().nullable(),
  providers: z.array(z.string()),
});

export const dayResponse = z.object({
  date: z.string(),
  summary: daySummaryResponse,
  /** Null when no wearable reported this day. */
  wearable: dayWearableResponse.nullable(),
  activities: z.array(activitySchema),
});

const share = z.number().min(0).max(100).nullable().describe('Percent of the period total; null when the total is 0');
const sourceShare = sourceTotals.extend({ shareOfCalories: share, shareOfMinutes: share, shareOfCount: share });

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
  changePercent: z.number().nullable().describe('null when the previous value is 0'),
  direction: z.enum(['up', 'down', 'flat']),
});

export const insightsResponse = z.object({
  period: z.enum(['week', 'month']),
  current: periodTotalsResponse,
  previous: periodTotalsResponse,
  trends: z.object({ calories: trendResponse, minutes: trendResponse, count: trendResponse, activeDays: trendResponse }),
  bestDay: z.object({ date: z.string(), calories: z.number(), minutes: z.number() }).nullable(),
  /** Source with the most minutes in the current period; null when nothing was tracked. */
  mainSource: activitySourceSchema.nullable(),
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
