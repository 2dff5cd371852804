import type { TrainingSession } from './session';

/** Enrichment attempts before a session is marked failed (the message then sits in the DLQ). */
export const MAX_ENRICHMENT_ATTEMPTS = 3;
/** Typical time to enrich one session, used for the estimated wait shown to the athlete. */
export const SECONDS_PER_ENRICHMENT = 5;

export const needsEnrichment = (session: Pick<TrainingSession, 'enrichmentStatus'>): boolean =>
  session.enrichmentStatus === 'fast' || session.enrichmentStatus === 'enriching';

type EnrichmentFields = Pick<TrainingSession, 'enrichmentStatus' | 'enrichmentAttempts' | 'enrichmentError'>;

/** fast → enriching, counting the attempt. */
export const beginEnrichment = (session: TrainingSession): EnrichmentFields => ({
  enrichmentStatus: 'enriching',
  enrichmentAttempts: session.enrichmentAttempts + 1,
  enrichmentError: null,
});

export const finishEnrichment = (): Pick<TrainingSession, 'enrichmentStatus' | 'enrichmentError'> => ({ enrichmentStatus: 'enriched', enrichmentError: null });

export const failEnrichment = (error: string): Pick<TrainingSession, 'enrichmentStatus' | 'enrichmentError'> => ({
  enrichmentStatus: 'failed',
  enrichmentError: error.slice(0, 500),
});

/** What GET …/enrichment answers. */
export function enrichmentProgress(session: TrainingSession, sessionsAhead: number | null) {
  const waiting = needsEnrichment(session) && sessionsAhead !== null;
  return {
    status: session.enrichmentStatus,
    attempts: session.enrichmentAttempts,
    ...(session.enrichmentError ? { error: session.enrichmentError } : {}),
    ...(waiting ? { queuePosition: sessionsAhead + 1, estimatedWaitSeconds: (sessionsAhead + 1) * SECONDS_PER_ENRICHMENT } : {}),
  };
}
