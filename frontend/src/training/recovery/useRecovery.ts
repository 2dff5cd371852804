import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { keys } from '../../api/keys';
import { unwrap } from '../../api/typed-client';
import { useApp } from '../../app/context';
import { getRecovery } from './snapshot-api';

/** GET /training/recovery once per app open: the latest recovery point under 24 h, or null (204). */
export function useRecovery(enabled = true) {
  const { http } = useApp();
  return useQuery({
    queryKey: keys.recovery,
    queryFn: () => getRecovery(http),
    enabled,
    staleTime: Infinity,
    gcTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}

/** Cancel = forget the recovery point (DELETE); the session itself stays as it is. */
export function useCancelRecovery() {
  const { http } = useApp();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (sessionId: string) => unwrap(http.DELETE('/training/sessions/{id}/snapshot', { params: { path: { id: sessionId } } })),
    onSuccess: (_, sessionId) => {
      client.setQueryData(keys.recovery, null);
      client.removeQueries({ queryKey: keys.snapshot(sessionId) });
    },
  });
}
