import { tableContextFromEnv } from '../../shared/db/context';
import { createGoal } from '../../shared/db/entities/goal';
import { newId } from '../../shared/db/ids';
import { goalCreateSchema, newGoal } from '../../shared/domain/training/goal';
import { httpHandler } from '../../shared/http/http-handler';
import { json } from '../../shared/http/response';

const ctx = tableContextFromEnv();

export const handler = httpHandler({ access: 'user', body: goalCreateSchema }, async ({ caller, body }) => {
  const now = new Date();
  const goal = newGoal({ id: newId(now.getTime()), userId: caller.userId, fields: body, now });
  await createGoal(ctx, goal);
  return json(201, goal, { headers: { location: `/training/goals/${goal.id}` } });
});
