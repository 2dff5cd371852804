import { tableContextFromEnv } from '../../shared/db/context';
import { saveSession } from '../../shared/db/entities/training-session';
import { retryOnConflict } from '../../shared/db/optimistic';
import { logSet } from '../../shared/domain/training/lifecycle';
import { httpHandler } from '../../shared/http/http-handler';
import { json } from '../../shared/http/response';
import { loadOwnSession } from './own-session';
import { route } from './log-set.route';

const ctx = tableContextFromEnv();

/**
 * Logs a set. Idempotent by the client's set id: a retry answers 200 with the set already there.
 * Sets logged concurrently from two tabs are merged by re-reading on a version conflict.
 */
export const handler = httpHandler(route, async ({ caller, params, body }) => {
  return retryOnConflict(async () => {
    const session = await loadOwnSession(ctx, caller.userId, params.id);
    const result = logSet(session, body, new Date());
    if (!result.added) return json(200, { set: result.set, session });
    await saveSession(ctx, result.session, { version: session.version, status: session.status });
    return json(201, { set: result.set, session: result.session });
  });
});
