import type { HttpRoute } from '../../infra/manifest-types';
import { providersAnswer } from './schemas';

export const route = {
  name: 'list-wearable-providers',
  method: 'GET',
  path: '/wearables/providers',
  handler: 'functions/wearables/list-providers.ts',
  access: 'user',
  grants: ['secret:wearables:read'],
  contract: {
    summary: 'Wearable providers one can connect (Polar, Withings, Oura), with whether this deployment offers them',
    tags: ['wearables'],
    responses: { 200: { description: 'Providers', schema: providersAnswer } },
  },
} satisfies HttpRoute;
