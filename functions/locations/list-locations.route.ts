import { locationListQuery, locationListResponse } from './schemas';
import type { HttpRoute } from '../../infra/manifest-types';

export const route = {
  name: 'list-locations',
  method: 'GET',
  path: '/training/locations',
  handler: 'functions/locations/list-locations.ts',
  access: 'user',
  grants: ['table:read', 'table:write'],
  contract: { summary: 'Your locations', tags: ['training'], query: locationListQuery, responses: { 200: { description: 'Locations', schema: locationListResponse } } },
} satisfies HttpRoute;
