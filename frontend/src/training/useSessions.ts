import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { keys, staleTimes } from '../api/keys';
import type { CompleteRequest, CustomSessionRequest, HistoryFilters, LoggedSet, LogSetRequest, SessionPage, SessionSnapshot, TrainingSession } from '../api/types';
import { useApp } from '../app/context';

const path = (id: string) => `/training/sessions/${encodeURIComponent(id)}`;

/** A changed session: cache it, and let every history list and Today refetch when next shown. */
function remember(client: QueryClient, session: TrainingSession) {
  client.setQueryData(keys.session(session.id), session);
  void client.invalidateQueries({ queryKey: [...keys.sessions, 'list'] });
  void client.invalidateQueries({ queryKey: keys.today });
}

/** How long the table's stream takes to project a completed session (day totals, records, goals): ≤ 1 s locally. */
const PROJECTION_DELAY_MS = 2500;

/** Today, Records and goals follow a completed (or deleted) session through the stream: refetch now and once it has run. */
function refreshProjections(client: QueryClient) {
  const refresh = () => {
    for (const queryKey of [keys.today, keys.records, keys.goals]) void client.invalidateQueries({ queryKey });
  };
  refresh();
  setTimeout(refresh, PROJECTION_DELAY_MS);
}

/** A finished or deleted session has nothing left to recover. */
function forgetRecovery(client: QueryClient, id: string) {
  if (client.getQueryData<SessionSnapshot | null>(keys.recovery)?.sessionId === id) client.setQueryData(keys.recovery, null);
}

export function useSessionHistory(filters: HistoryFilters) {
  const { api } = useApp();
  return useInfiniteQuery({
    queryKey: keys.sessionList(filters),
    queryFn: ({ pageParam }) =>
      api.get<SessionPage>('/training/sessions', { period: filters.period, type: filters.type, discipline: filters.discipline, limit: 20, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor,
    staleTime: staleTimes.history,
  });
}

export function useSession(id: string) {
  const { api } = useApp();
  return useQuery({ queryKey: keys.session(id), queryFn: () => api.get<TrainingSession>(path(id)), staleTime: staleTimes.session });
}

export function useCreateSession() {
  const { api } = useApp();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CustomSessionRequest) => api.post<TrainingSession>('/training/sessions', body),
    onSuccess: (session) => remember(client, session),
  });
}

export function useStartSession(id: string) {
  const { api } = useApp();
  const client = useQueryClient();
  return useMutation({ mutationFn: () => api.post<TrainingSession>(`${path(id)}/start`), onSuccess: (session) => remember(client, session) });
}

/** Logs a set; the body carries a client-made id, so resending it after a failure never doubles the set. */
export function useLogSet(id: string) {
  const { api } = useApp();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: LogSetRequest) => api.post<{ set: LoggedSet; session: TrainingSession }>(`${path(id)}/sets`, body),
    onSuccess: ({ session }) => remember(client, session),
  });
}

export function useCompleteSession(id: string) {
  const { api } = useApp();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CompleteRequest) => api.post<TrainingSession>(`${path(id)}/complete`, body),
    onSuccess: (session) => {
      remember(client, session);
      forgetRecovery(client, id);
      refreshProjections(client);
    },
  });
}

export function useDeleteSession(id: string) {
  const { api } = useApp();
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete(path(id)),
    onSuccess: () => {
      client.removeQueries({ queryKey: keys.session(id) });
      void client.invalidateQueries({ queryKey: [...keys.sessions, 'list'] });
      forgetRecovery(client, id);
      refreshProjections(client);
    },
  });
}
