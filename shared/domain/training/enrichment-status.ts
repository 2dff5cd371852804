import * as z from '../../zod';
import { sessionEnrichmentSchema } from './enrichment';
import { enrichmentStatusSchema, type TrainingSession } from './session';

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

/**
 * GET /training/sessions/{id}/enrichment: the progress while the session waits or is being
 * enriched (queue position and estimated wait when known), then the content once it is written.
 */
export const enrichmentProgressSchema = z.object({
  status: enrichmentStatusSchema,
  attempts: z.int().check(z.minimum(0)),
  error: z.optional(z.string()).check(z.describe("Why the last attempt failed (the server's words)")),
  queuePosition: z.optional(z.int().check(z.minimum(1))).check(z.describe('1 = next; only while waiting')),
  estimatedWaitSeconds: z.optional(z.int().check(z.minimum(0))),
  content: z.optional(z.nullable(sessionEnrichmentSchema)).check(z.describe('Once no longer waiting: the content, or null when enrichment failed')),
});
export type EnrichmentProgress = z.infer<typeof enrichmentProgressSchema>;

/** What GET …/enrichment answers while the enrichment is not written (the handler adds `content` after). */
export function enrichmentProgress(session: TrainingSession, sessionsAhead: number | null): Omit<EnrichmentProgress, 'content'> {
  const waiting = needsEnrichment(session) && sessionsAhead !== null;
  return {
    status: session.enrichmentStatus,
    attempts: session.enrichmentAttempts,
    ...(session.enrichmentError ? { error: session.enrichmentError } : {}),
    ...(waiting ? { queuePosition: sessionsAhead + 1, estimatedWaitSeconds: (sessionsAhead + 1) * SECONDS_PER_ENRICHMENT } : {}),
  };
}
