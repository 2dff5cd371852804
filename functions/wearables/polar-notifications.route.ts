import * as z from '../../shared/zod';
import type { HttpRoute } from '../../infra/manifest-types';

export const notificationAnswer = z.object({
  /** `ping`: Polar checking the URL; `due`: that many of our devices will sync at the next poll run; `ignored`: nothing of ours to do. */
  outcome: z.enum(['ping', 'due', 'ignored']),
  devices: z.int(),
});

export const route = {
  name: 'polar-notifications',
  method: 'POST',
  path: '/wearables/polar/notifications',
  handler: 'functions/wearables/polar-notifications.ts',
  access: 'public',
  grants: ['table:read', 'table:write', 'kms:wearables'],
  maxBodyBytes: 16_384,
  contract: {
    summary:
      "Polar's webhook (public): JSON {event, user_id, entity_id?, date?, timestamp, url} signed in Polar-Webhook-Signature (hex HMAC-SHA256 of the raw body with our webhook's key). PING answers 200; EXERCISE and ACTIVITY_SUMMARY make the user's device due for the next poll run (≤ 15 min); unknown users are ignored",
    tags: ['wearables'],
    responses: {
      200: { description: 'Received (PING, due, or nothing of ours)', schema: notificationAnswer },
      400: { description: 'The body is not a Polar notification (field named)' },
      401: { description: 'No Polar-Webhook-Signature header' },
      403: { description: 'The signature does not match the body' },
      503: { description: 'No Polar webhook is registered on this deployment (run the register-polar-webhook job)' },
    },
  },
} satisfies HttpRoute;
