import type { HttpRoute } from '../../infra/manifest-types';
import { devicesAnswer } from './schemas';

export const route = {
  name: 'list-wearable-devices',
  method: 'GET',
  path: '/wearables/devices',
  handler: 'functions/wearables/list-devices.ts',
  access: 'user',
  grants: ['table:read'],
  contract: {
    summary: "The caller's connected providers: status (connected, or reauth_required after a refused refresh), last sync, last error",
    tags: ['wearables'],
    responses: { 200: { description: 'Devices', schema: devicesAnswer } },
  },
} satisfies HttpRoute;
