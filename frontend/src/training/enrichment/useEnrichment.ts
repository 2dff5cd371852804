import { useQuery } from '@tanstack/react-query';
import { keys } from '../../api/keys';
import { unwrap } from '../../api/typed-client';
import type { EnrichmentStatus } from '../../../../shared/domain/training/session';
import type { CoachAnalysis, ExerciseEnrichment, SessionEnrichment } from '../../../../shared/domain/training/enrichment';
import type { EnrichmentProgress } from '../../../../shared/domain/training/enrichment-status';
import { useApp } from '../../app/context';

/** GET /training/sessions/{id}/enrichment is typed `EnrichmentProgress` (the manifest's schema of it). */
export type { CoachAnalysis, EnrichmentProgress, EnrichmentStatus, ExerciseEnrichment, SessionEnrichment };

/** How often the progress is asked for while the enrichment is being written. */
export const ENRICHMENT_POLL_MS = 2000;

/** Still being written: keep asking. */
export const isEnrichmentPending = (status: EnrichmentStatus | undefined): boolean => status === 'fast' || status === 'enriching';

/**
 * A session's enrichment: polled every ~2 s while it is queued or being written (fast, enriching),
 * then left alone once enriched, full or failed. `enabled: false` when the API lacks the route.
 */
export function useEnrichment(sessionId: string, options: { enabled?: boolean } = {}) {
  const { http } = useApp();
  return useQuery({
    queryKey: keys.enrichment(sessionId),
    queryFn: () => unwrap(http.GET('/training/sessions/{id}/enrichment', { params: { path: { id: sessionId } } })),
    enabled: options.enabled ?? true,
    // Content, once there, does not change; progress is refetched by the interval below.
    staleTime: (query) => (isEnrichmentPending(query.state.data?.status) ? 0 : Infinity),
    refetchInterval: (query) => (query.state.status !== 'error' && (!query.state.data || isEnrichmentPending(query.state.data.status)) ? ENRICHMENT_POLL_MS : false),
    refetchIntervalInBackground: false,
  });
}

/** The enriched detail of one exercise (blocks flattened in order), when there is one. */
export const exerciseEnrichment = (progress: EnrichmentProgress | undefined, exerciseIndex: number): ExerciseEnrichment | undefined =>
  progress?.content?.exercises.find((exercise) => exercise.exerciseIndex === exerciseIndex);
