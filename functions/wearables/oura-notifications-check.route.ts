import * as z from '../../shared/zod';
import type { HttpRoute } from '../../infra/manifest-types';

export const ouraVerificationQuery = z.object({
  verification_token: z.string().check(z.minLength(1), z.maxLength(256)),
  challenge: z.string().check(z.minLength(1), z.maxLength(512)),
});

export const route = {
  name: 'oura-notifications-check',
  method: 'GET',
  path: '/wearables/oura/notifications',
  handler: 'functions/wearables/oura-notifications-check.ts',
  access: 'public',
  grants: ['secret:wearables:read'],
  contract: {
    summary: "The GET Oura sends while creating a subscription (public): echoes the challenge when the verification token is ours (derived from our Oura client secret)",
    tags: ['wearables'],
    query: ouraVerificationQuery,
    responses: {
      200: { description: 'Our subscription: the challenge echoed', schema: z.object({ challenge: z.string() }) },
      400: { description: 'verification_token or challenge missing (field named)' },
      403: { description: 'Not our verification token' },
      503: { description: 'Oura is not configured on this deployment' },
    },
  },
} satisfies HttpRoute;
