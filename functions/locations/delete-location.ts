import { tableContextFromEnv } from '../../shared/db/context';
import { deleteLocation } from '../../shared/db/entities/location';
import { httpHandler } from '../../shared/http/http-handler';
import { problems } from '../../shared/http/problem';
import { noContent } from '../../shared/http/response';
import { route } from './delete-location.route';

const ctx = tableContextFromEnv();

export const handler = httpHandler(route, async ({ caller, params }) => {
  if (!(await deleteLocation(ctx, caller.userId, params.id))) throw problems.notFound(`Location ${params.id}`);
  return noContent();
});
