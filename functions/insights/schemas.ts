import * as z from '../../shared/zod';
import {
  analysisFactsSchema,
  insightsContentSchema,
  offlineReasonSchema,
  progressionContentSchema,
  progressionPeriodSchema,
} from '../../shared/domain/insights/content';

/** `?refresh=1` asks for a new analysis (at most once per hour); `0` or absent reads the cache. */
const refreshFlag = z.optional(z.enum(['0', '1'], { error: 'must be 1 (refresh now) or 0' }));
/** The language to write in (the app's); absent = the profile's. */
const localeParam = z.optional(z.enum(['en', 'fr'], { error: 'must be en or fr' }));

export const insightsQuery = z.strictObject({ refresh: refreshFlag, locale: localeParam });
export const progressionQuery = z.strictObject({ period: z._default(progressionPeriodSchema, 'week'), refresh: refreshFlag, locale: localeParam });
export type InsightsQuery = z.infer<typeof insightsQuery>;
export type ProgressionQuery = z.infer<typeof progressionQuery>;

const served = {
  sessionsAnalyzed: z.int().check(z.minimum(0)),
  generatedAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  provider: z.enum(['offline', 'openai']),
  model: z.nullable(z.string()),
  offlineReason: z.nullable(offlineReasonSchema),
  locale: z.nullable(z.enum(['en', 'fr'])),
  tokenUsage: z.nullable(z.object({ inputTokens: z.int(), outputTokens: z.int(), costUsd: z.number() })),
  facts: z.nullable(analysisFactsSchema),
  /** Which tier answered: this instance's memory (2 min), the table (7 d / 24 h) or a new generation. */
  cache: z.object({ tier: z.enum(['memory', 'table', 'generated']), stored: z.boolean() }),
  /** Set when a session completed after this analysis: since then, and when a read will rewrite it. */
  stale: z.nullable(z.object({ since: z.iso.datetime(), refreshAt: z.iso.datetime() })),
  /** When `?refresh=1` will next be accepted (null: now, as far as this entry knows; a 429 says for sure). */
  refresh: z.object({ nextAllowedAt: z.nullable(z.iso.datetime()), windowSeconds: z.int() }),
};

export const insightsResponse = z.object({ kind: z.literal('insights'), content: insightsContentSchema, ...served });
export const progressionResponse = z.object({
  kind: z.literal('progression'),
  period: progressionPeriodSchema,
  weeks: z.int(),
  content: progressionContentSchema,
  ...served,
});
export type InsightsResponse = z.infer<typeof insightsResponse>;
export type ProgressionResponse = z.infer<typeof progressionResponse>;

/** The problems both analysis routes can answer besides 200. */
export const analysisProblems = {
  400: { description: 'A query parameter is invalid (errors[] names it)' },
  429: { description: 'Manual refresh already used this hour; `Retry-After` says when the next one is allowed' },
};
