import { tableContextFromEnv } from '../../shared/db/context';
import { deleteManualActivity } from '../../shared/db/entities/activity';
import { httpHandler } from '../../shared/http/http-handler';
import { problems } from '../../shared/http/problem';
import { noContent } from '../../shared/http/response';
import { route } from './delete-manual-activity.route';

const ctx = tableContextFromEnv();

/** Deletes one of the caller's manual activities (one conditional DeleteItem); synced ones → 409, unknown → 404. */
export const handler = httpHandler(route, async ({ caller, params }) => {
  if (!(await deleteManualActivity(ctx, caller.userId, params.id))) throw problems.notFound(`Activity ${params.id}`);
  return noContent();
});
