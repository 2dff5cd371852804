import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/client';
import { keys } from '../../api/keys';
import { useApp } from '../../app/context';
import { queueSnapshot } from '../../offline/live-writes';
import { useOutbox } from '../../offline/OutboxProvider';
import type { SnapshotState } from '../live/live-position';
import { putSnapshot } from './snapshot-api';
import { changedSinceSaved, SNAPSHOT_EVERY_MS } from './snapshot-cadence';

/** A refusal that will not change by retrying (anything 4xx but timeouts and throttling). */
const final = (error: unknown) => error instanceof ApiError && error.status >= 400 && error.status < 500 && error.status !== 408 && error.status !== 429;

/**
 * Keeps a live session's recovery point on the server: `save()` on each event, on mount and every
 * 30 s, each time only when the state differs from the last one saved; one PUT at a time (a save
 * asked meanwhile sends the newest state right after), each carrying the version last saved.
 * Answers `savedAt` (ms) of the last success.
 */
export function useSnapshotSaver(sessionId: string, state: SnapshotState, options: { enabled: boolean; initialVersion?: number }) {
  const { http } = useApp();
  const outbox = useOutbox();
  const client = useQueryClient();
  const { enabled } = options;
  const latest = useRef(state);
  const version = useRef(options.initialVersion);
  const running = useRef(false);
  const again = useRef(false);
  const stopped = useRef(false);
  /** The state (JSON) of the last successful save. */
  const lastSaved = useRef<string | null>(null);
  const [savedAt, setSavedAt] = useState<number | null>(null);

  useEffect(() => {
    latest.current = state;
  }, [state]);

  const save = useCallback(async () => {
    if (!enabled || stopped.current) return;
    if (running.current) {
      again.current = true;
      return;
    }
    running.current = true;
    try {
      do {
        again.current = false;
        try {
          const sent = latest.current;
          // The server already has this state (a rest that ran out on its own changes nothing that resuming reads).
          if (!changedSinceSaved(sent, lastSaved.current)) break;
          // Through the outbox (after the sets waiting there); null: it waits there, offline.
          const saved = outbox ? await queueSnapshot(outbox, sessionId, sent, version.current) : await putSnapshot(http, sessionId, sent, version.current);
          if (!saved) break;
          lastSaved.current = JSON.stringify(sent);
          version.current = saved.version;
          client.setQueryData(keys.snapshot(sessionId), saved);
          setSavedAt(Date.now());
        } catch (error) {
          if (final(error)) stopped.current = true;
          break;
        }
      } while (again.current);
    } finally {
      running.current = false;
    }
  }, [http, outbox, client, sessionId, enabled]);

  useEffect(() => {
    if (!enabled) return;
    void save();
    const timer = setInterval(() => {
      if (changedSinceSaved(latest.current, lastSaved.current)) void save();
    }, SNAPSHOT_EVERY_MS);
    return () => clearInterval(timer);
  }, [enabled, save]);

  return { save, savedAt };
}
