import { tableContextFromEnv } from '../../shared/db/context';
import { getDevice } from '../../shared/db/entities/device';
import { httpHandler } from '../../shared/http/http-handler';
import { problems } from '../../shared/http/problem';
import { json } from '../../shared/http/response';
import { syncDevice } from '../../shared/wearables/sync-device';
import { tokenCipherFromEnv } from '../../shared/wearables/token-cipher';
import { requireProvider } from './providers';
import { toDeviceView } from './schemas';
import { route } from './sync-device.route';

const ctx = tableContextFromEnv();
const cipher = tokenCipherFromEnv();

/** POST /wearables/devices/{id}/sync: the caller's own device only (the key is their sub + provider). */
export const handler = httpHandler(route, async ({ caller, params }) => {
  const device = await getDevice(ctx, caller.userId, params.id);
  if (!device) throw problems.notFound(`Device ${params.id}`);
  if (device.status !== 'connected') throw problems.conflict(`${params.id} needs to be connected again: ${device.lastError ?? 'its access was refused'}`, { code: 'reauth_required' });
  const { provider: _provider, ...report } = await syncDevice(ctx, { cipher, provider: await requireProvider(params.id) }, device);
  const after = (await getDevice(ctx, caller.userId, params.id)) ?? device;
  return json(200, { device: toDeviceView(after), ...report });
});
