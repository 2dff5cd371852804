import * as z from '../../zod';

/** Tier-2 cache lifetimes (PRODUCT: insights 7 days, progression 24 h). */
export const INSIGHTS_TTL_SECONDS = 7 * 86_400;
export const PROGRESSION_TTL_SECONDS = 24 * 3_600;

export const progressionPeriodSchema = z.enum(['week', 'month', 'quarter']);
export type ProgressionPeriod = z.infer<typeof progressionPeriodSchema>;
export const progressionPeriods = progressionPeriodSchema.options;
/** Weeks analysed per period. */
export const PERIOD_WEEKS: Readonly<Record<ProgressionPeriod, number>> = { week: 4, month: 12, quarter: 24 };

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const level = z.enum(['low', 'medium', 'high']);

/** Progression analysis: exactly two paragraphs and three recommendations. */
export const progressionContentSchema = z.object({
  paragraph1: text(1500),
  paragraph2: text(1500),
  recommendations: z.array(text(300)).check(z.length(3)),
});
export type ProgressionContent = z.infer<typeof progressionContentSchema>;

/** Conseils content (the seed's training-insights-generator output, camelCase). */
export const insightsContentSchema = z.object({
  summary: text(2000),
  progressionTrends: z.object({
    volume: z.object({ trend: z.enum(['up', 'down', 'stable']), percentage: z.number(), comment: text(500) }),
    intensity: z.object({ trend: z.enum(['up', 'down', 'stable']), avgRpe: z.nullable(z.number()), comment: text(500) }),
    consistency: z.object({ percentage: z.number(), comment: text(500) }),
  }),
  imbalances: z.array(z.object({ type: text(80), description: text(500), severity: level })).check(z.maxLength(10)),
  weakPoints: z.array(z.object({ exercise: text(120), issue: text(500), recommendation: text(500) })).check(z.maxLength(10)),
  recommendations: z
    .array(z.object({ id: text(40), title: text(120), description: text(800), category: text(40), priority: level, actionable: z.boolean() }))
    .check(z.maxLength(10)),
  nextWeekFocus: z.object({
    suggestedSessions: z.int().check(z.minimum(0), z.maximum(21)),
    focusAreas: z.array(text(120)).check(z.maxLength(6)),
    intensityDistribution: text(300),
    restDaysRecommended: z.int().check(z.minimum(0), z.maximum(7)),
  }),
});
export type InsightsContent = z.infer<typeof insightsContentSchema>;

/** The numbers an analysis was written from, kept with it so a cache hit can show them (charts, load). */
export const analysisFactsSchema = z.object({
  /** Days analysed, ending on `today` (the athlete's local day at generation). */
  windowDays: z.int().check(z.minimum(1)),
  today: z.string(),
  weeks: z
    .array(
      z.object({
        weekStart: z.string(),
        sessions: z.int().check(z.minimum(0)),
        volumeKg: z.number().check(z.minimum(0)),
        durationMin: z.number().check(z.minimum(0)),
        distanceKm: z.number().check(z.minimum(0)),
        avgRpe: z.nullable(z.number()),
        load: z.number().check(z.minimum(0)),
      }),
    )
    .check(z.maxLength(60)),
  disciplines: z
    .array(z.object({ discipline: z.string(), sessions: z.int().check(z.minimum(0)), minutes: z.number().check(z.minimum(0)), share: z.number().check(z.minimum(0), z.maximum(1)) }))
    .check(z.maxLength(20)),
  load: z.object({
    acwr: z.nullable(z.number()),
    acwrFlag: z.enum(['low', 'optimal', 'high', 'very_high', 'insufficient_data']),
    acuteLoad: z.number(),
    chronicWeeklyLoad: z.number(),
    monotony: z.nullable(z.number()),
    strain: z.nullable(z.number()),
    ctl: z.number(),
    atl: z.number(),
    tsb: z.number(),
  }),
  balance: z.object({
    pushSets: z.int().check(z.minimum(0)),
    pullSets: z.int().check(z.minimum(0)),
    upperSets: z.int().check(z.minimum(0)),
    lowerSets: z.int().check(z.minimum(0)),
  }),
});
export type AnalysisFacts = z.infer<typeof analysisFactsSchema>;

/** Why the offline analyst wrote the content instead of OpenAI (null when OpenAI did, or nothing needed analysing). */
export const offlineReasonSchema = z.enum(['no_api_key', 'over_budget', 'budget_unavailable', 'no_time', 'timeout', 'rate_limited', 'api_error', 'invalid_output', 'no_sessions', 'lease_wait']);
export type InsightsOfflineReason = z.infer<typeof offlineReasonSchema>;

const cacheMetaSchema = z.object({
  userId: z.string(),
  /** Language the texts are written in (older entries: unknown). */
  locale: z.optional(z.enum(['en', 'fr'])),
  offlineReason: z.optional(z.nullable(offlineReasonSchema)),
  /** When a manual refresh (`?refresh=1`) produced this entry: the refresh window it used. */
  refreshedAt: z.optional(z.nullable(z.iso.datetime())),
  facts: z.optional(analysisFactsSchema),
  /** Completed sessions the content was generated from. */
  sessionsAnalyzed: z.int().check(z.minimum(0)),
  provider: z.enum(['offline', 'openai']),
  model: z.nullable(z.string().check(z.maxLength(100))),
  tokenUsage: z.nullable(z.object({ inputTokens: z.int().check(z.minimum(0)), outputTokens: z.int().check(z.minimum(0)), costUsd: z.number().check(z.minimum(0)) })),
  generatedAt: z.iso.datetime(),
  /** generatedAt + the cache lifetime (stored as the TTL attribute in epoch seconds). */
  expiresAt: z.iso.datetime(),
  /** Set by the first session completed after generation (staleness.ts); a new generation clears it. */
  staleSince: z.optional(z.nullable(z.iso.datetime())),
});

export const insightsCacheEntrySchema = z.extend(cacheMetaSchema, { content: insightsContentSchema });
export type InsightsCacheEntry = z.infer<typeof insightsCacheEntrySchema>;

export const progressionCacheEntrySchema = z.extend(cacheMetaSchema, { period: progressionPeriodSchema, content: progressionContentSchema });
export type ProgressionCacheEntry = z.infer<typeof progressionCacheEntrySchema>;

/** generatedAt + ttl as an ISO instant. */
export const expiryOf = (generatedAt: string, ttlSeconds: number): string => new Date(Date.parse(generatedAt) + ttlSeconds * 1000).toISOString();
