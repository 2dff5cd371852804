import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { keys, staleTimes } from '../api/keys';
import type { Goal, GoalCreate, GoalUpdate, Location, LocationCreate, LocationUpdate, Page } from '../api/types';
import { useApp } from '../app/context';

/**
 * List / create / patch / delete of a small per-user collection under /training (goals,
 * locations). Every change refetches the list and marks Today stale (it shows both).
 */
function collection<T extends { id: string }, Create, Update>(key: readonly string[], path: string) {
  const one = (id: string) => `${path}/${encodeURIComponent(id)}`;
  const useChanged = () => {
    const client = useQueryClient();
    return () => {
      void client.invalidateQueries({ queryKey: key });
      void client.invalidateQueries({ queryKey: keys.today });
    };
  };
  return {
    /** Up to 100 items (the API's page limit), newest first as the API sends them. */
    useList() {
      const { api } = useApp();
      return useQuery({ queryKey: key, queryFn: async () => (await api.get<Page<T>>(path, { limit: 100 })).items, staleTime: staleTimes.lists });
    },
    useCreate() {
      const { api } = useApp();
      return useMutation({ mutationFn: (body: Create) => api.post<T>(path, body), onSuccess: useChanged() });
    },
    useUpdate() {
      const { api } = useApp();
      return useMutation({ mutationFn: ({ id, changes }: { id: string; changes: Update }) => api.patch<T>(one(id), changes), onSuccess: useChanged() });
    },
    useRemove() {
      const { api } = useApp();
      return useMutation({ mutationFn: (id: string) => api.delete(one(id)), onSuccess: useChanged() });
    },
  };
}

export const goals = collection<Goal, GoalCreate, GoalUpdate>(keys.goals, '/training/goals');
export const locations = collection<Location, LocationCreate, LocationUpdate>(keys.locations, '/training/locations');
