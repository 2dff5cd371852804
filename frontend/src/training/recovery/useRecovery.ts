import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { keys } from '../../api/keys';
import type { SessionSnapshot } from '../../api/types';
import { useApp } from '../../app/context';

/** GET /training/recovery once per app open: the latest recovery point under 24 h, or null (204). */
export function useRecovery(enabled = true) {
  const { api } = useApp();
  return useQuery({
    queryKey: keys.recovery,
    queryFn: async () => (await api.get<SessionSnapshot | undefined>('/training/recovery')) ?? null,
    enabled,
    staleTime: Infinity,
    gcTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}

/** Cancel = forget the recovery point (DELETE); the session itself stays as it is. */
export function useCancelRecovery() {
  const { api } = useApp();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (sessionId: string) => api.delete(`/training/sessions/${encodeURIComponent(sessionId)}/snapshot`),
    onSuccess: (_, sessionId) => {
      client.setQueryData(keys.recovery, null);
      client.removeQueries({ queryKey: keys.snapshot(sessionId) });
    },
  });
}
