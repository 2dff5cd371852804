import { createStore, get, set } from 'idb-keyval';
import type { OutboxStorage } from './outbox';
import type { OutboxData } from './outbox-types';

/**
 * The outbox of one user in IndexedDB (database `twinforge-offline`), one record per user so a
 * second account on the device never sends the first one's sets. Where IndexedDB is unavailable
 * (some private modes) the outbox still works, in memory: it then does not survive a reload.
 */
export function indexedDbStorage(userSub: string): OutboxStorage {
  const key = `outbox:${userSub}`;
  let memory: OutboxData | undefined;
  let store: ReturnType<typeof createStore> | null = null;
  try {
    store = typeof indexedDB === 'undefined' ? null : createStore('twinforge-offline', 'outbox');
  } catch {
    store = null;
  }
  return {
    async load() {
      if (!store) return memory;
      try {
        return await get<OutboxData>(key, store);
      } catch {
        store = null;
        return memory;
      }
    },
    async save(data) {
      memory = data;
      if (store) await set(key, data, store);
    },
  };
}
