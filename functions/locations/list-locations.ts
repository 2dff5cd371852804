import { tableContextFromEnv } from '../../shared/db/context';
import { listLocations } from '../../shared/db/entities/location';
import { httpHandler } from '../../shared/http/http-handler';
import { json } from '../../shared/http/response';
import { route } from './list-locations.route';

const ctx = tableContextFromEnv();

export const handler = httpHandler(route, async ({ caller, query }) =>
  json(200, await listLocations(ctx, caller.userId, query), { maxAgeSeconds: 60 }),
);
