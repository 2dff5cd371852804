import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCapabilities } from '../api/capabilities';
import { keys, staleTimes } from '../api/keys';
import { unwrap } from '../api/typed-client';
import type { CompleteRequest, CustomSessionRequest, HistoryFilters, LogSetRequest, SessionSnapshot, Today, TrainingSession } from '../api/types';
import { useApp } from '../app/context';
import { newerSession } from './session-version';

/** The `{id}` of /training/sessions/{id}… (the client encodes it). */
const byId = (id: string) => ({ params: { path: { id } } });
/** Empty filters mean "any": left out of the query. */
const given = <T extends string>(value: T | '') => (value === '' ? undefined : value);

/** A changed session: cache it, and let every history list and Today refetch when next shown. */
export function remember(client: QueryClient, session: TrainingSession) {
  client.setQueryData(keys.session(session.id), session);
  void client.invalidateQueries({ queryKey: [...keys.sessions, 'list'] });
  void client.invalidateQueries({ queryKey: keys.today });
}

/** How long the table's stream takes to project a completed session (day totals, records, goals): ≤ 1 s locally. */
const PROJECTION_DELAY_MS = 2500;

/** Today, Records and goals follow a completed (or deleted) session through the stream: refetch now and once it has run. */
export function refreshProjections(client: QueryClient) {
  const refresh = () => {
    for (const queryKey of [keys.today, keys.records, keys.goals]) void client.invalidateQueries({ queryKey });
  };
  refresh();
  setTimeout(refresh, PROJECTION_DELAY_MS);
}

/** A finished or deleted session has nothing left to recover. */
export function forgetRecovery(client: QueryClient, id: string) {
  if (client.getQueryData<SessionSnapshot | null>(keys.recovery)?.sessionId === id) client.setQueryData(keys.recovery, null);
}

export function useSessionHistory(filters: HistoryFilters) {
  const { http } = useApp();
  return useInfiniteQuery({
    queryKey: keys.sessionList(filters),
    queryFn: ({ pageParam }) =>
      unwrap(
        http.GET('/training/sessions', {
          params: { query: { period: filters.period, type: given(filters.type), discipline: given(filters.discipline), limit: 20, cursor: pageParam } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor,
    staleTime: staleTimes.history,
  });
}

export function useSession(id: string) {
  const { http } = useApp();
  const client = useQueryClient();
  return useQuery({
    queryKey: keys.session(id),
    queryFn: async () => newerSession(client.getQueryData<TrainingSession>(keys.session(id)), await unwrap(http.GET('/training/sessions/{id}', byId(id)))),
    staleTime: staleTimes.session,
  });
}

export function useCreateSession() {
  const { http } = useApp();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CustomSessionRequest) => unwrap(http.POST('/training/sessions', { body })),
    onSuccess: (session) => remember(client, session),
  });
}

/** Starting a draft while another session is still in progress: one session at a time. */
export class AnotherSessionActiveError extends Error {
  constructor(readonly session: Pick<Today['activeSessions'][number], 'id' | 'title'>) {
    super(`"${session.title}" is still in progress`);
  }
}

/**
 * Starts a draft, unless another session is in progress (checked on a fresh Today, when the API
 * has it): then it fails with AnotherSessionActiveError naming that session.
 */
export function useStartSession(id: string) {
  const { http } = useApp();
  const { can } = useCapabilities();
  const client = useQueryClient();
  const checkToday = can('GET /training/today');
  return useMutation({
    mutationFn: async () => {
      if (checkToday) {
        const today = await unwrap(http.GET('/training/today'));
        client.setQueryData(keys.today, today);
        const other = today.activeSessions.find((session) => session.id !== id);
        if (other) throw new AnotherSessionActiveError(other);
      }
      return unwrap(http.POST('/training/sessions/{id}/start', byId(id)));
    },
    onSuccess: (session) => remember(client, session),
  });
}

/**
 * Logs a set; the body carries a client-made id, so resending it after a failure never doubles the
 * set. Answers may arrive out of order (several rows tapped quickly): the cache keeps the newest version.
 */
export function useLogSet(id: string) {
  const { http } = useApp();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: LogSetRequest) => unwrap(http.POST('/training/sessions/{id}/sets', { ...byId(id), body })),
    onSuccess: ({ session }) => {
      const cached = client.getQueryData<TrainingSession>(keys.session(session.id));
      if (cached && cached.version > session.version) return;
      // A set changes no list of Today (its bar would refetch on every set): only the session and history lists.
      client.setQueryData(keys.session(session.id), session);
      void client.invalidateQueries({ queryKey: [...keys.sessions, 'list'] });
    },
  });
}

export function useCompleteSession(id: string) {
  const { http } = useApp();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CompleteRequest) => unwrap(http.POST('/training/sessions/{id}/complete', { ...byId(id), body })),
    onSuccess: (session) => {
      remember(client, session);
      forgetRecovery(client, id);
      refreshProjections(client);
    },
  });
}

export function useDeleteSession(id: string) {
  const { http } = useApp();
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(http.DELETE('/training/sessions/{id}', byId(id))),
    onSuccess: () => {
      client.removeQueries({ queryKey: keys.session(id) });
      void client.invalidateQueries({ queryKey: [...keys.sessions, 'list'] });
      forgetRecovery(client, id);
      refreshProjections(client);
    },
  });
}
