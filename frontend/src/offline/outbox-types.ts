import type { CompleteRequest, LogSetRequest } from '../api/types';
import type { SnapshotState } from '../training/live/live-position';

/** A write of a live session waiting in the outbox, in the order it was made. */
export type OutboxOp =
  | { kind: 'set'; id: string; sessionId: string; body: LogSetRequest & { completedAt: string }; queuedAt: string }
  | { kind: 'snapshot'; id: string; sessionId: string; state: SnapshotState; version?: number; queuedAt: string }
  | { kind: 'complete'; id: string; sessionId: string; body: CompleteRequest; queuedAt: string };

/** A set as the outbox queues it. */
export type SetOp = Extract<OutboxOp, { kind: 'set' }>;

/**
 * A write the API refused for good (the session was finished or deleted elsewhere, or the write is
 * invalid): kept, out of the queue, until the athlete dismisses it, so nothing vanishes unseen.
 */
export interface HeldOp {
  op: OutboxOp;
  status: number;
  /** `session_closed`: the session is no longer active (finished or deleted elsewhere); `refused`: the API said no. */
  reason: 'session_closed' | 'refused';
  detail: string;
}

/** What the outbox keeps in IndexedDB, per user. */
export interface OutboxData {
  queue: readonly OutboxOp[];
  held: readonly HeldOp[];
}

/** What sending one write came to. */
export type Delivery =
  | { kind: 'sent'; value: unknown }
  /** No answer, a timeout, throttling or a server error: stays first in the queue, sent again later. */
  | { kind: 'retry'; offline: boolean }
  /** Refused for good: out of the queue, kept as held (or handed to whoever waits for it). */
  | { kind: 'held'; held: Omit<HeldOp, 'op'>; error: unknown }
  /** No longer worth sending (a recovery point of a finished session). */
  | { kind: 'dropped' };
