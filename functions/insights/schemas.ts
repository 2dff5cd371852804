import * as z from 'zod';
import {
  analysisFactsSchema,
  insightsContentSchema,
  offlineReasonSchema,
  progressionContentSchema,
  progressionPeriodSchema,
} from '../../shared/domain/insights/content';

/** `?refresh=1` asks for a new analysis (at most once per hour); `0` or absent reads the cache. */
const refreshFlag = z.enum(['0', '1'], { error: 'must be 1 (refresh now) or 0' }).optional();
/** The language to write in (the app's); absent = the profile's. */
const localeParam = z.enum(['en', 'fr'], { error: 'must be en or fr' }).optional();

export const insightsQuery = z.object({ refresh: refreshFlag, locale: localeParam }).strict();
export const progressionQuery = z.object({ period: progressionPeriodSchema.default('week'), refresh: refreshFlag, locale: localeParam }).strict();
export type InsightsQuery = z.infer<typeof insightsQuery>;
export type ProgressionQuery = z.infer<typeof progressionQuery>;

const served = {
  sessionsAnalyzed: z.int().min(0),
  generatedAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  provider: z.enum(['offline', 'openai']),
  model: z.string().nullable(),
  offlineReason: offlineReasonSchema.nullable(),
  locale: z.enum(['en', 'fr']).nullable(),
  tokenUsage: z.object({ inputTokens: z.int(), outputTokens: z.int(), costUsd: z.number() }).nullable(),
  facts: analysisFactsSchema.nullable(),
  /** Which tier answered: this instance's memory (2 min), the table (7 d / 24 h) or a new generation. */
  cache: z.object({ tier: z.enum(['memory', 'table', 'generated']), stored: z.boolean() }),
  /** Set when a session completed after this analysis: since then, and when a read will rewrite it. */
  stale: z.object({ since: z.iso.datetime(), refreshAt: z.iso.datetime() }).nullable(),
  /** When `?refresh=1` will next be accepted (null: now, as far as this entry knows; a 429 says for sure). */
  refresh: z.object({ nextAllowedAt: z.iso.datetime().nullable(), windowSeconds: z.int() }),
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
