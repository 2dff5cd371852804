import type { HttpRoute } from '../../infra/manifest-types';
import { connectAnswer, connectBody, providerParams } from './schemas';

export const route = {
  name: 'connect-wearable',
  method: 'POST',
  path: '/wearables/{provider}/connect',
  handler: 'functions/wearables/connect.ts',
  access: 'user',
  grants: ['table:write', 'secret:wearables:read'],
  contract: {
    summary: "Starts connecting a provider: the URL of the provider's consent page, with a single-use state bound to the caller (10 minutes)",
    tags: ['wearables'],
    params: providerParams,
    body: connectBody,
    bodyOptional: true,
    responses: {
      200: { description: 'Send the browser to authorizeUrl', schema: connectAnswer },
      400: { description: 'Unknown provider or invalid returnTo' },
      503: { description: 'This deployment has no client credentials for the provider' },
    },
  },
} satisfies HttpRoute;
