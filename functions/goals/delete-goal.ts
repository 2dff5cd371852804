import { tableContextFromEnv } from '../../shared/db/context';
import { deleteGoal } from '../../shared/db/entities/goal';
import { httpHandler } from '../../shared/http/http-handler';
import { problems } from '../../shared/http/problem';
import { noContent } from '../../shared/http/response';
import { route } from './delete-goal.route';

const ctx = tableContextFromEnv();

export const handler = httpHandler(route, async ({ caller, params }) => {
  if (!(await deleteGoal(ctx, caller.userId, params.id))) throw problems.notFound(`Goal ${params.id}`);
  return noContent();
});
