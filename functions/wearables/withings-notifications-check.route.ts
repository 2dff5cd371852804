import type { HttpRoute } from '../../infra/manifest-types';
import { withingsSecretParams } from './withings-notifications.route';

export const route = {
  name: 'withings-notifications-check',
  method: 'HEAD',
  path: '/wearables/withings/notifications/{secret}',
  handler: 'functions/wearables/withings-notifications-check.ts',
  access: 'public',
  grants: ['secret:wearables:read'],
  contract: {
    summary: 'The HEAD Withings sends before accepting a subscription: 204 when the URL holds our callback secret',
    tags: ['wearables'],
    params: withingsSecretParams,
    responses: { 204: { description: 'Our callback URL' }, 403: { description: 'Not our callback secret' }, 503: { description: 'Withings is not configured on this deployment' } },
  },
} satisfies HttpRoute;
