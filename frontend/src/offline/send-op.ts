import { ApiError } from '../api/client';
import { unwrap, type Http } from '../api/typed-client';
import type { TrainingSession } from '../api/types';
import { putSnapshot } from '../training/recovery/snapshot-api';
import type { Delivery, OutboxOp } from './outbox-types';

/** Worth sending again later: no answer (offline, sign-in unreachable), a timeout, throttling or a server error. */
const transient = (error: unknown) => !(error instanceof ApiError) || error.status === 0 || error.status === 408 || error.status === 429 || error.status >= 500;

const retry = (error: unknown): Delivery => ({ kind: 'retry', offline: !(error instanceof ApiError) || error.status === 0 });
const held = (error: unknown, reason: 'session_closed' | 'refused'): Delivery => ({
  kind: 'held',
  error,
  held: { reason, status: error instanceof ApiError ? error.status : 0, detail: error instanceof ApiError ? error.detail || error.title : String(error) },
});

const byId = (id: string) => ({ params: { path: { id } } });

/**
 * Sends one outbox write. A 409 means the session changed elsewhere: it is read again, and the
 * write counts as done when the server already has it (the set by its id, the completion), is
 * replayed once while the session is still active, and is held (kept, shown) when it cannot be
 * placed any more (the session was finished or deleted elsewhere).
 */
export async function sendOp(http: Http, op: OutboxOp): Promise<Delivery> {
  try {
    switch (op.kind) {
      case 'set':
        return { kind: 'sent', value: (await unwrap(http.POST('/training/sessions/{id}/sets', { ...byId(op.sessionId), body: op.body }))).session };
      case 'complete':
        return { kind: 'sent', value: await unwrap(http.POST('/training/sessions/{id}/complete', { ...byId(op.sessionId), body: op.body })) };
      case 'snapshot':
        return { kind: 'sent', value: await putSnapshot(http, op.sessionId, op.state, op.version) };
    }
  } catch (error) {
    if (transient(error)) return retry(error);
    if (op.kind === 'snapshot') return { kind: 'dropped' };
    if (error instanceof ApiError && (error.status === 409 || error.status === 404)) return resolveConflict(http, op, error);
    return held(error, 'refused');
  }
}

async function resolveConflict(http: Http, op: Exclude<OutboxOp, { kind: 'snapshot' }>, conflict: ApiError): Promise<Delivery> {
  let current: TrainingSession;
  try {
    current = await unwrap(http.GET('/training/sessions/{id}', byId(op.sessionId)));
  } catch (error) {
    if (transient(error)) return retry(error);
    return held(conflict, 'session_closed');
  }
  if (op.kind === 'complete') return current.status === 'completed' ? { kind: 'sent', value: current } : held(conflict, current.status === 'active' ? 'refused' : 'session_closed');
  if (current.loggedSets.some((set) => set.id === op.body.id)) return { kind: 'sent', value: current };
  if (current.status !== 'active') return held(conflict, 'session_closed');
  try {
    return { kind: 'sent', value: (await unwrap(http.POST('/training/sessions/{id}/sets', { ...byId(op.sessionId), body: op.body }))).session };
  } catch (error) {
    return transient(error) ? retry(error) : held(error, 'refused');
  }
}
