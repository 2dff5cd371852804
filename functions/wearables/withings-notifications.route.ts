import * as z from '../../shared/zod';
import type { HttpRoute } from '../../infra/manifest-types';
import { notificationAnswer } from './polar-notifications.route';

/** The per-deployment secret Withings' callback URL carries (it signs nothing). */
export const withingsSecretParams = z.object({ secret: z.string().check(z.minLength(1), z.maxLength(128)) });

export const route = {
  name: 'withings-notifications',
  method: 'POST',
  path: '/wearables/withings/notifications/{secret}',
  handler: 'functions/wearables/withings-notifications.ts',
  access: 'public',
  grants: ['table:read', 'table:write', 'secret:wearables:read'],
  maxBodyBytes: 4_096,
  contract: {
    summary:
      "Withings' data notification (public): form-encoded userid, appli, startdate, enddate to the callback URL holding our per-deployment secret. appli 16 (activity) makes the user's device due for the next poll run (≤ 15 min); other categories and unknown users are ignored",
    tags: ['wearables'],
    params: withingsSecretParams,
    responses: {
      200: { description: 'Received (due, or nothing of ours)', schema: notificationAnswer },
      400: { description: 'The form is not a Withings notification (field named)' },
      403: { description: 'Not our callback secret' },
      503: { description: 'Withings is not configured on this deployment' },
    },
  },
} satisfies HttpRoute;
