import { locationIdParams } from './schemas';
import type { HttpRoute } from '../../infra/manifest-types';

export const route = {
  name: 'delete-location',
  method: 'DELETE',
  path: '/training/locations/{id}',
  handler: 'functions/locations/delete-location.ts',
  access: 'user',
  grants: ['table:read', 'table:write'],
  contract: {
    summary: 'Delete a location',
    tags: ['training'],
    params: locationIdParams,
    responses: { 204: { description: 'Deleted' }, 404: { description: 'Not yours or gone' } },
  },
} satisfies HttpRoute;
