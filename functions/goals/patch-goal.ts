import { tableContextFromEnv } from '../../shared/db/context';
import { updateGoal } from '../../shared/db/entities/goal';
import { goalUpdateSchema } from '../../shared/domain/training/goal';
import { httpHandler } from '../../shared/http/http-handler';
import { problems } from '../../shared/http/problem';
import { json } from '../../shared/http/response';
import { goalIdParams } from './schemas';

const ctx = tableContextFromEnv();

export const handler = httpHandler({ access: 'user', params: goalIdParams, body: goalUpdateSchema }, async ({ caller, params, body }) => {
  const goal = await updateGoal(ctx, caller.userId, params.id, body);
  if (!goal) throw problems.notFound(`Goal ${params.id}`);
  return json(200, goal);
});
