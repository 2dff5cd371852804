import { tableContextFromEnv } from '../../shared/db/context';
import { createGoal } from '../../shared/db/entities/goal';
import { newId } from '../../shared/db/ids';
import { newGoal } from '../../shared/domain/training/goal';
import { httpHandler } from '../../shared/http/http-handler';
import { json } from '../../shared/http/response';
import { route } from './create-goal.route';

const ctx = tableContextFromEnv();

export const handler = httpHandler(route, async ({ caller, body }) => {
  const now = new Date();
  const goal = newGoal({ id: newId(now.getTime()), userId: caller.userId, fields: body, now });
  await createGoal(ctx, goal);
  return json(201, goal, { headers: { location: `/training/goals/${goal.id}` } });
});
