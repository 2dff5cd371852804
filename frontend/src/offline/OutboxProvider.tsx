import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { keys } from '../api/keys';
import type { SessionSnapshot, TrainingSession } from '../api/types';
import { useApp, useUser } from '../app/context';
import { forgetRecovery, refreshProjections, remember } from '../training/useSessions';
import { cacheNames } from './cache-names';
import { keepForOffline, recoveryPath, sessionPath } from './offline-cache';
import { Outbox, type OutboxState } from './outbox';
import type { OutboxOp } from './outbox-types';
import { sendOp } from './send-op';
import { indexedDbStorage } from './storage';

const OutboxContext = createContext<Outbox | null>(null);
const empty: OutboxState = { queue: [], held: [], delivered: [], offline: false, loaded: true };
const noStore = { subscribe: () => () => undefined, current: () => empty };

/** What a write the API took changes in the query cache (as the direct mutations did) and in the service worker's copy. */
function applySent(client: QueryClient, apiUrl: string, op: OutboxOp, value: unknown) {
  if (op.kind === 'snapshot') {
    void keepForOffline(apiUrl, recoveryPath, value);
    return client.setQueryData(keys.snapshot(op.sessionId), value as SessionSnapshot);
  }
  const session = value as TrainingSession;
  void keepForOffline(apiUrl, sessionPath(session.id), session);
  if (op.kind === 'complete') void keepForOffline(apiUrl, recoveryPath, null);
  const cached = client.getQueryData<TrainingSession>(keys.session(session.id));
  if (cached && cached.version > session.version) return;
  if (op.kind === 'set') {
    // A set changes no list of Today: only the session and the history lists.
    client.setQueryData(keys.session(session.id), session);
    void client.invalidateQueries({ queryKey: [...keys.sessions, 'list'] });
    return;
  }
  remember(client, session);
  forgetRecovery(client, session.id);
  refreshProjections(client);
}

/**
 * The signed-in user's outbox (docs/web.md "Offline"): made when the user signs in, drained when
 * the app opens and when the network comes back. When the user changes, the service worker's
 * copy of the API's answers is emptied: it belongs to the previous user.
 */
export function OutboxProvider({ children }: { children: ReactNode }) {
  const { http, config } = useApp();
  const user = useUser();
  const client = useQueryClient();
  const sub = user?.sub ?? null;
  const outbox = useMemo(
    () =>
      sub === null
        ? null
        : new Outbox({
            storage: indexedDbStorage(sub),
            send: (op) => sendOp(http, op),
            onSent: (op, value) => applySent(client, config.apiUrl, op, value),
            online: () => navigator.onLine,
          }),
    [http, client, config.apiUrl, sub],
  );

  useEffect(() => {
    if (!outbox) return;
    const online = () => outbox.setOnline(true);
    const offline = () => outbox.setOnline(false);
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    outbox.start();
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
      outbox.stop();
      if ('caches' in window) void caches.delete(cacheNames.api);
    };
  }, [outbox]);

  return <OutboxContext.Provider value={outbox}>{children}</OutboxContext.Provider>;
}

/** The outbox, once the signed-in user's is ready (null before and when signed out). */
export const useOutbox = (): Outbox | null => useContext(OutboxContext);

/** The queue, the held writes and whether the last attempt found a network; re-renders on change. */
export function useOutboxState(): OutboxState {
  const store = useOutbox() ?? noStore;
  return useSyncExternalStore(store.subscribe, store.current);
}
