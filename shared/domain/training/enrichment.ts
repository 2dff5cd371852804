import * as z from 'zod';
import { coachSchema } from '../catalog/schema';
import { MAX_EXERCISES } from './session';

/**
 * Enrichment content of one session (the `sessionEnrichment` item, beside the session so that the
 * session item and its stream records stay light). Bounded so the item stays under
 * MAX_ENRICHMENT_BYTES whatever the model returns.
 */
export const MAX_ENRICHMENT_BYTES = 300 * 1024;

const text = (max: number) => z.string().trim().min(1).max(max);
const byteLength = (value: unknown): number => new TextEncoder().encode(JSON.stringify(value) ?? '').length;

export const exerciseEnrichmentSchema = z.object({
  /** Position of the exercise in the prescription, blocks flattened in order. */
  exerciseIndex: z.int().min(0).max(MAX_EXERCISES - 1),
  exerciseId: z.string(),
  coachingCues: z.array(text(240)).min(1).max(6),
  commonMistakes: z.array(text(240)).max(6),
  progressions: z.object({ easier: text(240), harder: text(240), variation: text(240) }),
  technicalBreakdown: z.object({ setup: text(600), execution: text(600), breathing: text(400) }),
});
export type ExerciseEnrichment = z.infer<typeof exerciseEnrichmentSchema>;

/** Each coach's own analysis of the whole session. */
export const coachAnalysisSchema = z.discriminatedUnion('coach', [
  z.object({ coach: z.literal('force'), volumeAnalysis: text(1500), intensityDistribution: text(1500) }),
  z.object({ coach: z.literal('endurance'), zoneDistribution: text(1500), tssBreakdown: text(1500) }),
  z.object({ coach: z.literal('functional'), modalBalance: text(1500), scalingGuidance: text(1500) }),
  z.object({ coach: z.literal('calisthenics'), skillProgressionPath: text(1500), pushPullRatio: text(1500) }),
  z.object({ coach: z.literal('competitions'), stationTiming: text(1500), transitionStrategy: text(1500) }),
]);
export type CoachAnalysis = z.infer<typeof coachAnalysisSchema>;

export const sessionEnrichmentSchema = z
  .object({
    userId: z.string(),
    sessionId: z.string(),
    coach: coachSchema,
    exercises: z.array(exerciseEnrichmentSchema).max(MAX_EXERCISES),
    coachAnalysis: coachAnalysisSchema,
    provider: z.enum(['offline', 'openai']),
    model: z.string().max(100).nullable(),
    tokenUsage: z.object({ inputTokens: z.int().min(0), outputTokens: z.int().min(0), costUsd: z.number().min(0) }).nullable(),
    generatedAt: z.iso.datetime(),
  })
  .refine((value) => value.coachAnalysis.coach === value.coach, { message: "must be the session coach's analysis", path: ['coachAnalysis', 'coach'] })
  .refine((value) => byteLength(value) <= MAX_ENRICHMENT_BYTES, `must serialize to at most ${MAX_ENRICHMENT_BYTES} bytes`);
export type SessionEnrichment = z.infer<typeof sessionEnrichmentSchema>;
