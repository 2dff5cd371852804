import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { infer as Infer } from 'zod';
import type { createSessionResponse } from '../../../../functions/training/schemas';
import { useCapabilities } from '../../api/capabilities';
import { keys, staleTimes } from '../../api/keys';
import { unwrap } from '../../api/typed-client';
import type { TrainingSession } from '../../api/types';
import { useApp } from '../../app/context';
import type { GenerationReport } from './generation-text';
import type { GenerateRequest } from './prepare-state';

type CreatedSession = Infer<typeof createSessionResponse>;

/** The athlete's saved locations (with their equipment), when the API offers them. */
export function usePrepareLocations() {
  const { http } = useApp();
  const { can } = useCapabilities();
  // Same key and shape as the Locations screen's list: one cache for both.
  return useQuery({
    queryKey: keys.locations,
    queryFn: can('GET /training/locations') ? async () => (await unwrap(http.GET('/training/locations', { params: { query: { limit: 100 } } }))).items : skipToken,
    staleTime: staleTimes.lists,
  });
}

/** The athlete's goals (Prepare offers the active ones), when the API offers them. */
export function usePrepareGoals() {
  const { http } = useApp();
  const { can } = useCapabilities();
  return useQuery({
    queryKey: keys.goals,
    queryFn: can('GET /training/goals') ? async () => (await unwrap(http.GET('/training/goals', { params: { query: { limit: 100 } } }))).items : skipToken,
    staleTime: staleTimes.lists,
  });
}

/** POST /training/sessions for a coach: caches the session and its `generation` report for the session page. */
export function useGenerateSession() {
  const { http } = useApp();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: GenerateRequest) => unwrap(http.POST('/training/sessions', { body })),
    onSuccess: ({ generation, ...session }: CreatedSession) => {
      client.setQueryData<TrainingSession>(keys.session(session.id), session);
      if (generation) client.setQueryData<GenerationReport>(keys.generation(session.id), generation);
      void client.invalidateQueries({ queryKey: [...keys.sessions, 'list'] });
      void client.invalidateQueries({ queryKey: keys.today });
    },
  });
}

/** The report cached when this app generated the session (none after a reload). */
export function useGenerationReport(sessionId: string): GenerationReport | undefined {
  return useQuery<GenerationReport>({ queryKey: keys.generation(sessionId), queryFn: skipToken, staleTime: Infinity, gcTime: Infinity }).data;
}
