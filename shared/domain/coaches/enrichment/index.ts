import type { CoachingContent } from '../../catalog/coaching/schema';
import { MAX_EXERCISES } from '../../training/session';
import { sessionEnrichmentSchema, type SessionEnrichment } from '../../training/enrichment';
import type { Prescription } from '../prescription';
import { coachAnalysis } from './coach-analysis';
import { exerciseContent, type Locale } from './exercise-content';

export interface EnrichmentInput {
  userId: string;
  sessionId: string;
  prescription: Prescription;
  locale?: Locale;
  now: Date;
  /** Per-exercise coaching of the catalog, at least for the prescribed exercises (`loadCoaching(prescribedExerciseIds(…))`). */
  coaching: CoachingContent;
}

/**
 * Offline enrichment of a session (pure, deterministic, from the catalog): for each prescribed
 * exercise (blocks flattened in order) its own coaching cues, common mistakes, progressions
 * (easier/harder/variation: its catalog neighbours) and technical breakdown
 * (setup/execution/breathing), with the prescribed dose; plus the coach's analysis of the session.
 * An exercise missing from `coaching` gets its movement family's texts (documented fallback).
 * Used inline by `mode: "full"` and by the enrichment worker when no AI provider is configured.
 */
export function generateOfflineEnrichment(input: EnrichmentInput): SessionEnrichment {
  const locale = input.locale ?? 'en';
  const entries = input.prescription.blocks.flatMap((block) => block.exercises).slice(0, MAX_EXERCISES);
  return sessionEnrichmentSchema.parse({
    userId: input.userId,
    sessionId: input.sessionId,
    coach: input.prescription.coach,
    exercises: entries.map((entry, index) => exerciseContent(entry, index, locale, input.coaching.get(entry.exerciseId))),
    coachAnalysis: coachAnalysis(input.prescription, locale),
    provider: 'offline',
    model: null,
    tokenUsage: null,
    generatedAt: input.now.toISOString(),
  });
}

export { coachAnalysis } from './coach-analysis';
export { exerciseContent } from './exercise-content';
