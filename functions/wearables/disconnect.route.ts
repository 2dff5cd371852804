import type { HttpRoute } from '../../infra/manifest-types';
import { deviceParams } from './schemas';

export const route = {
  name: 'disconnect-wearable-device',
  method: 'DELETE',
  path: '/wearables/devices/{id}',
  handler: 'functions/wearables/disconnect.ts',
  access: 'user',
  grants: ['table:read', 'table:write', 'kms:wearables', 'secret:wearables:read'],
  timeoutSeconds: 60,
  contract: {
    summary: "Disconnects a provider: revokes its notifications (Withings, best effort), deletes the device, its tokens and everything imported from it (workouts, daily data, wearable activities, sessions' HR metrics)",
    tags: ['wearables'],
    params: deviceParams,
    responses: { 204: { description: 'Disconnected; nothing of it is left' }, 404: { description: 'No such device of yours (and nothing imported from it)' } },
  },
} satisfies HttpRoute;
