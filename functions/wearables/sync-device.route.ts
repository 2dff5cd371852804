import type { HttpRoute } from '../../infra/manifest-types';
import { deviceParams, syncAnswer } from './schemas';

export const route = {
  name: 'sync-wearable-device',
  method: 'POST',
  path: '/wearables/devices/{id}/sync',
  handler: 'functions/wearables/sync-device.ts',
  access: 'user',
  grants: ['table:read', 'table:write', 'kms:wearables', 'secret:wearables:read'],
  timeoutSeconds: 60,
  contract: {
    summary: 'Syncs one connected device now (what the 15-minute poll does): new workouts with HR, daily data; matching to sessions',
    tags: ['wearables'],
    params: deviceParams,
    bodyOptional: true,
    responses: {
      200: { description: 'What the sync imported (outcome rate_limited/reauth_required/failed say why it stopped)', schema: syncAnswer },
      404: { description: 'No such device of yours' },
      409: { description: 'The device needs to be connected again (code reauth_required)' },
    },
  },
} satisfies HttpRoute;
