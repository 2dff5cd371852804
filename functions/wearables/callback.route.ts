import * as z from '../../shared/zod';
import type { HttpRoute } from '../../infra/manifest-types';
import { callbackQuery, providerParams } from './schemas';

export const route = {
  name: 'wearable-oauth-callback',
  method: 'GET',
  path: '/wearables/{provider}/callback',
  handler: 'functions/wearables/callback.ts',
  access: 'public',
  grants: ['table:read', 'table:write', 'kms:wearables', 'secret:wearables:read'],
  contract: {
    summary: "The provider's OAuth redirect: consumes the single-use state (bound to the user who started), exchanges the code, stores the sealed tokens, sends the browser back to the app",
    tags: ['wearables'],
    params: providerParams,
    query: callbackQuery,
    responses: {
      200: { description: 'Connected (no app URL configured to return to)', contentType: 'text/html', schema: z.string() },
      302: { description: 'Back to the app: ?connected=<provider>, or ?error=<reason>&provider=<provider>' },
      400: { description: 'Unknown, already used, expired or mismatched state (restart connecting)' },
    },
  },
} satisfies HttpRoute;
