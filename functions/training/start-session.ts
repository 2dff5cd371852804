import { tableContextFromEnv } from '../../shared/db/context';
import { saveSession } from '../../shared/db/entities/training-session';
import { startSession } from '../../shared/domain/training/lifecycle';
import { httpHandler } from '../../shared/http/http-handler';
import { json } from '../../shared/http/response';
import { retryOnConflict } from '../../shared/db/optimistic';
import { loadOwnSession } from './own-session';
import { route } from './start-session.route';

const ctx = tableContextFromEnv();

export const handler = httpHandler(route, async ({ caller, params }) =>
  json(
    200,
    await retryOnConflict(async () => {
      const session = await loadOwnSession(ctx, caller.userId, params.id);
      const next = startSession(session, new Date());
      await saveSession(ctx, next, { version: session.version, status: session.status });
      return next;
    }),
  ),
);
