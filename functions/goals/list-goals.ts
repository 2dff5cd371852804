import { tableContextFromEnv } from '../../shared/db/context';
import { listGoals } from '../../shared/db/entities/goal';
import { httpHandler } from '../../shared/http/http-handler';
import { json } from '../../shared/http/response';
import { route } from './list-goals.route';

const ctx = tableContextFromEnv();

export const handler = httpHandler(route, async ({ caller, query }) =>
  json(200, await listGoals(ctx, caller.userId, query), { maxAgeSeconds: 60 }),
);
