import { useSyncExternalStore } from 'react';
import type { LiveState } from './live-position';

/**
 * The live state of the sessions run in this tab, kept in memory while the athlete visits other
 * screens (the "session in progress" bar shows its rest), plus one-shot hints for focus and the
 * athlete's answer to the recovery offer. A reload starts empty: the server's recovery point
 * takes over then.
 */
interface Entry {
  live?: LiveState;
  /** Just started here: focus the first row when the live view appears. */
  justStarted?: boolean;
  /** Just completed here: focus the summary when it appears. */
  justCompleted?: boolean;
  /** The recovery offer for this session was answered in this tab. */
  recovery?: 'resumed' | 'cancelled';
}

const entries = new Map<string, Entry>();
const listeners = new Set<() => void>();
let revision = 0;

const emit = () => {
  revision++;
  for (const listener of listeners) listener();
};
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

function update(sessionId: string, change: Partial<Entry>) {
  entries.set(sessionId, { ...entries.get(sessionId), ...change });
  emit();
}

export const liveStore = {
  get: (sessionId: string): Entry => entries.get(sessionId) ?? {},
  setLive: (sessionId: string, live: LiveState) => update(sessionId, { live }),
  markStarted: (sessionId: string) => update(sessionId, { justStarted: true }),
  markCompleted: (sessionId: string) => update(sessionId, { justCompleted: true }),
  answerRecovery: (sessionId: string, answer: 'resumed' | 'cancelled') => update(sessionId, { recovery: answer }),
  /** Reads a one-shot flag and clears it (quietly: nothing re-renders for it). */
  take(sessionId: string, flag: 'justStarted' | 'justCompleted'): boolean {
    const entry = entries.get(sessionId);
    if (!entry?.[flag]) return false;
    entries.set(sessionId, { ...entry, [flag]: false });
    return true;
  },
  forget: (sessionId: string) => {
    entries.delete(sessionId);
    emit();
  },
};

/** Re-renders when anything in the store changes; answers the session's entry. */
export function useLiveEntry(sessionId: string | null): Entry {
  useSyncExternalStore(subscribe, () => revision);
  return sessionId ? liveStore.get(sessionId) : {};
}
