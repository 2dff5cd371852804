import { tableContextFromEnv } from '../../shared/db/context';
import { updateGoal } from '../../shared/db/entities/goal';
import { httpHandler } from '../../shared/http/http-handler';
import { problems } from '../../shared/http/problem';
import { json } from '../../shared/http/response';
import { route } from './patch-goal.route';

const ctx = tableContextFromEnv();

export const handler = httpHandler(route, async ({ caller, params, body }) => {
  const goal = await updateGoal(ctx, caller.userId, params.id, body);
  if (!goal) throw problems.notFound(`Goal ${params.id}`);
  return json(200, goal);
});
