import type { HttpRoute } from '../../infra/manifest-types';
import { notificationAnswer } from './polar-notifications.route';

export const route = {
  name: 'oura-notifications',
  method: 'POST',
  path: '/wearables/oura/notifications',
  handler: 'functions/wearables/oura-notifications.ts',
  access: 'public',
  grants: ['table:read', 'table:write', 'secret:wearables:read'],
  maxBodyBytes: 4_096,
  contract: {
    summary:
      "Oura's webhook delivery (public): JSON {event_type, data_type, object_id, event_time, user_id} signed in x-oura-signature (hex HMAC-SHA256 under our client secret of x-oura-timestamp + the raw body). A workout, daily_activity or sleep created or updated makes the user's device due for the next poll run (≤ 15 min); other types and unknown users are ignored",
    tags: ['wearables'],
    responses: {
      200: { description: 'Received (due, or nothing of ours)', schema: notificationAnswer },
      400: { description: 'The body is not an Oura notification (field named)' },
      401: { description: 'No x-oura-signature or x-oura-timestamp header' },
      403: { description: 'The signature does not match the timestamp and body' },
      503: { description: 'Oura is not configured on this deployment' },
    },
  },
} satisfies HttpRoute;
