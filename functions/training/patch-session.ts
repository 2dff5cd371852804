import { tableContextFromEnv } from '../../shared/db/context';
import { getProfileCached } from '../../shared/db/entities/profile';
import { saveSession } from '../../shared/db/entities/training-session';
import { editSession } from '../../shared/domain/training/lifecycle';
import { httpHandler } from '../../shared/http/http-handler';
import { json } from '../../shared/http/response';
import { athleteFacts } from './athlete';
import { retryOnConflict } from '../../shared/db/optimistic';
import { loadOwnSession } from './own-session';
import { route } from './patch-session.route';

const ctx = tableContextFromEnv();

/** Edits title/notes, or a completed session's reported RPE/duration (its Forge activity follows). */
export const handler = httpHandler(route, async ({ caller, params, body }) => {
  const profile = await getProfileCached(ctx.tableName, caller.userId, caller.email);
  const next = await retryOnConflict(async () => {
    const session = await loadOwnSession(ctx, caller.userId, params.id);
    const now = new Date();
    const edited = editSession(session, body, athleteFacts(profile, now), now);
    await saveSession(ctx, edited, { version: session.version, status: session.status });
    return edited;
  });
  return json(200, next);
});
