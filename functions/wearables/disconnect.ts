import { tableContextFromEnv } from '../../shared/db/context';
import { disconnectDevice } from '../../shared/db/entities/device';
import { httpHandler } from '../../shared/http/http-handler';
import { problems } from '../../shared/http/problem';
import { noContent } from '../../shared/http/response';
import { route } from './disconnect.route';

const ctx = tableContextFromEnv();

/** DELETE /wearables/devices/{id}: safe to retry (a device already gone still has its leftovers swept). */
export const handler = httpHandler(route, async ({ caller, params }) => {
  const result = await disconnectDevice(ctx, caller.userId, params.id);
  if (!result.deviceDeleted && result.importedItemsDeleted === 0) throw problems.notFound(`Device ${params.id}`);
  return noContent();
});
