import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { keys, staleTimes } from '../api/keys';
import type { GoalCreate, GoalUpdate, LocationCreate, LocationUpdate } from '../api/types';
import { unwrap } from '../api/typed-client';
import { useApp } from '../app/context';

/**
 * List / create / patch / delete of the small per-user collections under /training (goals,
 * locations), through the typed client. Every change refetches the list and marks Today stale
 * (it shows both). Lists are up to 100 items (the API's page limit), newest first as the API
 * sends them.
 */
function useChanged(key: readonly string[]) {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: key });
    void client.invalidateQueries({ queryKey: keys.today });
  };
}

const byId = (id: string) => ({ params: { path: { id } } });

export const goals = {
  useList() {
    const { http } = useApp();
    return useQuery({
      queryKey: keys.goals,
      queryFn: async () => (await unwrap(http.GET('/training/goals', { params: { query: { limit: 100 } } }))).items,
      staleTime: staleTimes.lists,
    });
  },
  useCreate() {
    const { http } = useApp();
    return useMutation({ mutationFn: (body: GoalCreate) => unwrap(http.POST('/training/goals', { body })), onSuccess: useChanged(keys.goals) });
  },
  useUpdate() {
    const { http } = useApp();
    return useMutation({
      mutationFn: ({ id, changes }: { id: string; changes: GoalUpdate }) => unwrap(http.PATCH('/training/goals/{id}', { ...byId(id), body: changes })),
      onSuccess: useChanged(keys.goals),
    });
  },
  useRemove() {
    const { http } = useApp();
    return useMutation({ mutationFn: (id: string) => unwrap(http.DELETE('/training/goals/{id}', byId(id))), onSuccess: useChanged(keys.goals) });
  },
};

export const locations = {
  useList() {
    const { http } = useApp();
    return useQuery({
      queryKey: keys.locations,
      queryFn: async () => (await unwrap(http.GET('/training/locations', { params: { query: { limit: 100 } } }))).items,
      staleTime: staleTimes.lists,
    });
  },
  useCreate() {
    const { http } = useApp();
    return useMutation({ mutationFn: (body: LocationCreate) => unwrap(http.POST('/training/locations', { body })), onSuccess: useChanged(keys.locations) });
  },
  useUpdate() {
    const { http } = useApp();
    return useMutation({
      mutationFn: ({ id, changes }: { id: string; changes: LocationUpdate }) =>
        unwrap(http.PATCH('/training/locations/{id}', { ...byId(id), body: changes })),
      onSuccess: useChanged(keys.locations),
    });
  },
  useRemove() {
    const { http } = useApp();
    return useMutation({ mutationFn: (id: string) => unwrap(http.DELETE('/training/locations/{id}', byId(id))), onSuccess: useChanged(keys.locations) });
  },
};
