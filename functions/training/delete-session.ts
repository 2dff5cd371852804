import { tableContextFromEnv } from '../../shared/db/context';
import { deleteSession } from '../../shared/db/entities/training-session';
import { httpHandler } from '../../shared/http/http-handler';
import { problems } from '../../shared/http/problem';
import { noContent } from '../../shared/http/response';
import { route } from './delete-session.route';

const ctx = tableContextFromEnv();

/** Deletes the session and its companions; its Forge activity follows through the stream. */
export const handler = httpHandler(route, async ({ caller, params }) => {
  if (!(await deleteSession(ctx, caller.userId, params.id))) throw problems.notFound(`Session ${params.id}`);
  return noContent();
});
