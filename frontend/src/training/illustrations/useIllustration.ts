import { useQuery } from '@tanstack/react-query';
import type { Discipline } from '../../api/types';
import { unwrap } from '../../api/typed-client';
import { useApp } from '../../app/context';

/** What a session read says of one exercise (GET /training/sessions/{id} → illustrations[exerciseId]). */
export type SessionIllustration = { status: 'ready'; url: string; urls: Record<string, string> } | { status: 'pending' };

/** While an illustration is being drawn, ask again this often (the worker takes a few seconds offline, up to a minute with the image model). */
export const ILLUSTRATION_POLL_MS = 3000;

export const illustrationKey = (exerciseId: string, discipline: Discipline) => ['illustration', exerciseId, discipline] as const;

/**
 * One exercise's illustration: what the session read already said when it is ready (no request),
 * else GET /illustrations (which queues a missing one), polled while pending so the image swaps
 * in without a reload; a failed one stops polling and keeps the placeholder.
 */
export function useIllustration(exerciseId: string, discipline: Discipline, known?: SessionIllustration) {
  const { http } = useApp();
  return useQuery({
    queryKey: illustrationKey(exerciseId, discipline),
    queryFn: () => unwrap(http.GET('/illustrations', { params: { query: { exercise: exerciseId, discipline } } })),
    initialData: known?.status === 'ready' ? { status: 'ready' as const, exerciseId, discipline, url: known.url, urls: known.urls } : undefined,
    staleTime: (query) => (query.state.data?.status === 'ready' ? Infinity : 0),
    refetchInterval: (query) => (query.state.data?.status === 'ready' || query.state.data?.status === 'failed' ? false : ILLUSTRATION_POLL_MS),
    retry: 1,
  });
}

/** The illustrations a session read carries (absent on sessions cached from a write's answer). */
export function knownIllustrations(session: object): Record<string, SessionIllustration> {
  const value = (session as { illustrations?: Record<string, SessionIllustration> }).illustrations;
  return value ?? {};
}
