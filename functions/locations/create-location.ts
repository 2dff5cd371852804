import { tableContextFromEnv } from '../../shared/db/context';
import { createLocation } from '../../shared/db/entities/location';
import { newId } from '../../shared/db/ids';
import { newLocation } from '../../shared/domain/training/location';
import { httpHandler } from '../../shared/http/http-handler';
import { json } from '../../shared/http/response';
import { route } from './create-location.route';

const ctx = tableContextFromEnv();

export const handler = httpHandler(route, async ({ caller, body }) => {
  const now = new Date();
  const location = newLocation({ id: newId(now.getTime()), userId: caller.userId, fields: body, now });
  await createLocation(ctx, location);
  return json(201, location, { headers: { location: `/training/locations/${location.id}` } });
});
