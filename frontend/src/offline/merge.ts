import type { LoggedSet, SessionSnapshot, TrainingSession } from '../api/types';
import { liveBlocks } from '../training/live/live-position';
import type { OutboxState } from './outbox';
import type { OutboxOp } from './outbox-types';

type QueuedSet = Extract<OutboxOp, { kind: 'set' }>;
/** A set as the outbox keeps it: with the time it was done. */
export type StoredSet = QueuedSet['body'];

/** A set as the API will store it (its exercise id taken from the plan). */
function asLogged(session: TrainingSession, body: StoredSet): LoggedSet {
  const exercise = liveBlocks(session)
    .flatMap((block) => block.exercises)
    .find((entry) => entry.exerciseIndex === body.exerciseIndex);
  return {
    id: body.id,
    exerciseIndex: body.exerciseIndex,
    exerciseId: exercise?.exercise.exerciseId ?? '',
    setIndex: body.setIndex,
    reps: body.reps ?? null,
    loadKg: body.loadKg ?? null,
    durationSec: body.durationSec ?? null,
    distanceM: body.distanceM ?? null,
    rpe: body.rpe ?? null,
    rir: body.rir ?? null,
    completedAt: body.completedAt,
    ...(body.type ? { type: body.type } : {}),
  };
}

/**
 * The session as the athlete sees it: what the server last said plus the sets of the outbox
 * (waiting, or delivered after that copy was read); a set the server already has, by its client
 * id, is not added twice.
 */
export function withQueuedSets(session: TrainingSession, queue: readonly OutboxOp[]): TrainingSession {
  const known = new Set(session.loggedSets.map((set) => set.id));
  const waiting: LoggedSet[] = [];
  for (const op of queue) {
    if (op.kind !== 'set' || op.sessionId !== session.id || known.has(op.body.id)) continue;
    known.add(op.body.id);
    waiting.push(asLogged(session, op.body));
  }
  return waiting.length === 0 ? session : { ...session, loggedSets: [...session.loggedSets, ...waiting] };
}

/** The session as the athlete sees it with this tab's outbox: the sets it delivered, then those waiting. */
export const withOutboxSets = (session: TrainingSession, outbox: Pick<OutboxState, 'queue' | 'delivered'>): TrainingSession => withQueuedSets(session, [...outbox.delivered, ...outbox.queue]);

/** The session with one more set logged (unless it has it already). */
export const withLoggedSet = (session: TrainingSession, body: StoredSet): TrainingSession =>
  session.loggedSets.some((set) => set.id === body.id) ? session : { ...session, loggedSets: [...session.loggedSets, asLogged(session, body)] };

/**
 * The newest recovery point of a session: the one waiting in the outbox (saved offline) over the
 * server's, whose identity and version it keeps.
 */
export function withQueuedSnapshot(server: SessionSnapshot | null, queue: readonly OutboxOp[]): SessionSnapshot | null {
  const queued = server && queue.findLast((op) => op.kind === 'snapshot' && op.sessionId === server.sessionId);
  return queued && queued.kind === 'snapshot' ? { ...server, ...queued.state, updatedAt: queued.queuedAt } : server;
}

/** The athlete finished this session while its completion still waits in the outbox. */
export const completionQueued = (sessionId: string, queue: readonly OutboxOp[]) => queue.some((op) => op.kind === 'complete' && op.sessionId === sessionId);

/** How many sets wait to reach the server (all sessions). */
export const waitingSets = (queue: readonly OutboxOp[]) => queue.filter((op) => op.kind === 'set').length;
