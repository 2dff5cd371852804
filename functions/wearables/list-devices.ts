import { tableContextFromEnv } from '../../shared/db/context';
import { listDevices } from '../../shared/db/entities/device';
import { httpHandler } from '../../shared/http/http-handler';
import { json } from '../../shared/http/response';
import { route } from './list-devices.route';
import { toDeviceView } from './schemas';

const ctx = tableContextFromEnv();

/** GET /wearables/devices: one Query; the tokens items are filtered out and never parsed. */
export const handler = httpHandler(route, async ({ caller }) => {
  const devices = await listDevices(ctx, caller.userId);
  return json(200, { items: devices.map(toDeviceView) });
});
