import * as z from '../../zod';
import { coachSchema } from '../catalog/schema';
import { MAX_EXERCISES } from './session';

/**
 * Enrichment content of one session (the `sessionEnrichment` item, beside the session so that the
 * session item and its stream records stay light). Bounded so the item stays under
 * MAX_ENRICHMENT_BYTES whatever the model returns.
 */
export const MAX_ENRICHMENT_BYTES = 300 * 1024;

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const byteLength = (value: unknown): number => new TextEncoder().encode(JSON.stringify(value) ?? '').length;

export const exerciseEnrichmentSchema = z.object({
  /** Position of the exercise in the prescription, blocks flattened in order. */
  exerciseIndex: z.int().check(z.minimum(0), z.maximum(MAX_EXERCISES - 1)),
  exerciseId: z.string(),
  coachingCues: z.array(text(240)).check(z.minLength(1), z.maxLength(6)),
  commonMistakes: z.array(text(240)).check(z.maxLength(6)),
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
    exercises: z.array(exerciseEnrichmentSchema).check(z.maxLength(MAX_EXERCISES)),
    coachAnalysis: coachAnalysisSchema,
    provider: z.enum(['offline', 'openai']),
    model: z.nullable(z.string().check(z.maxLength(100))),
    tokenUsage: z.nullable(z.object({ inputTokens: z.int().check(z.minimum(0)), outputTokens: z.int().check(z.minimum(0)), costUsd: z.number().check(z.minimum(0)) })),
    generatedAt: z.iso.datetime(),
  })
  .check(
    z.refine((value) => value.coachAnalysis.coach === value.coach, { error: "must be the session coach's analysis", path: ['coachAnalysis', 'coach'] }),
    z.refine((value) => byteLength(value) <= MAX_ENRICHMENT_BYTES, { error: `must serialize to at most ${MAX_ENRICHMENT_BYTES} bytes` }),
  );
export type SessionEnrichment = z.infer<typeof sessionEnrichmentSchema>;
