import { useMutation } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useApp } from '../app/context';
import type { CompleteRequest, LogSetRequest, SessionSnapshot, TrainingSession } from '../api/types';
import type { SnapshotState } from '../training/live/live-position';
import { completionQueued, withOutboxSets, withQueuedSnapshot, type StoredSet } from './merge';
import type { Outbox, Outcome } from './outbox';
import { keepForOffline, sessionPath } from './offline-cache';
import { useOutbox, useOutboxState } from './OutboxProvider';

/** The outbox, which exists whenever a user is signed in (the live session only runs then). */
function required(outbox: Outbox | null): Outbox {
  if (!outbox) throw new Error('The outbox is not ready (no signed-in user).');
  return outbox;
}

/**
 * The session as the athlete sees it (server + sets waiting in the outbox or delivered by it, which
 * the server's copy read here may not have yet), whether it was finished offline (its completion
 * waits in the outbox with no network), and its newest recovery point (the server's, or the one
 * saved offline over it).
 */
export function useQueuedSession(session: TrainingSession, serverSnapshot: SessionSnapshot | null) {
  const outbox = useOutboxState();
  const { queue, offline } = outbox;
  return { session: withOutboxSets(session, outbox), finishedOffline: offline && completionQueued(session.id, queue), snapshot: withQueuedSnapshot(serverSnapshot, queue) };
}

/** Keeps the service worker's copy of this session as the server last answered it, for a reload offline. */
export function useKeepSessionOffline(session: TrainingSession): void {
  const { config } = useApp();
  useEffect(() => void keepForOffline(config.apiUrl, sessionPath(session.id), session), [config.apiUrl, session]);
}

/**
 * Logs a set through the outbox: settles once the set is stored on this device (the view shows it
 * logged, the rest timer runs); the outbox sends it, now or when the network is back. The set
 * keeps the time it was done, not the time it reaches the server.
 */
export function useQueueSet(sessionId: string) {
  const outbox = useOutbox();
  return async (body: LogSetRequest): Promise<StoredSet> => {
    const stored = { ...body, completedAt: body.completedAt ?? new Date().toISOString() };
    await required(outbox).enqueue({ kind: 'set', sessionId, body: stored }).persisted;
    return stored;
  };
}

/**
 * Saves a recovery point through the outbox: the saved point when the API took it now, null when
 * it waits (offline) or was replaced by a newer one.
 */
export async function queueSnapshot(outbox: Outbox, sessionId: string, state: SnapshotState, version: number | undefined): Promise<SessionSnapshot | null> {
  const outcome: Outcome = await outbox.enqueue({ kind: 'snapshot', sessionId, state, ...(version === undefined ? {} : { version }) }).outcome;
  return outcome.sent ? (outcome.value as SessionSnapshot) : null;
}

/**
 * Completes a session through the outbox, after its waiting sets. Online, it answers the completed
 * session, or fails with the API's refusal (the form shows it, the athlete fixes and resends);
 * offline it answers null: the completion waits in the outbox and is sent when the network is back.
 */
export function useQueuedCompletion(sessionId: string) {
  const outbox = useOutbox();
  return useMutation({
    mutationFn: async (body: CompleteRequest): Promise<TrainingSession | null> => {
      const { persisted, outcome } = required(outbox).enqueue({ kind: 'complete', sessionId, body }, { takesRefusal: true });
      await persisted;
      const result = await outcome;
      return result.sent ? (result.value as TrainingSession) : null;
    },
  });
}
