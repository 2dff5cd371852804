import { tableContextFromEnv } from '../../shared/db/context';
import { saveSnapshot } from '../../shared/db/entities/session-snapshot';
import { IllegalTransitionError } from '../../shared/domain/training/errors';
import { httpHandler } from '../../shared/http/http-handler';
import { json } from '../../shared/http/response';
import { loadOwnSession } from './own-session';
import { route } from './put-snapshot.route';

const ctx = tableContextFromEnv();

/** Saves the live-session recovery point (set done, exercise done, rest ended, every 30 s); version-guarded. */
export const handler = httpHandler(route, async ({ caller, params, body }) => {
  const session = await loadOwnSession(ctx, caller.userId, params.id);
  if (session.status === 'completed') throw new IllegalTransitionError(session.status, 'be snapshotted (it is finished)');
  const { expectedVersion, ...state } = body;
  const snapshot = await saveSnapshot(ctx, caller.userId, params.id, state, { expectedVersion });
  return json(200, snapshot);
});
