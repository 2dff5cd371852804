import { tableContextFromEnv } from '../../shared/db/context';
import { updateLocation } from '../../shared/db/entities/location';
import { httpHandler } from '../../shared/http/http-handler';
import { problems } from '../../shared/http/problem';
import { json } from '../../shared/http/response';
import { route } from './patch-location.route';

const ctx = tableContextFromEnv();

export const handler = httpHandler(route, async ({ caller, params, body }) => {
  const location = await updateLocation(ctx, caller.userId, params.id, body);
  if (!location) throw problems.notFound(`Location ${params.id}`);
  return json(200, location);
});
