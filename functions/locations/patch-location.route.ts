import { locationSchema, locationUpdateSchema } from '../../shared/domain/training/location';
import { locationIdParams } from './schemas';
import type { HttpRoute } from '../../infra/manifest-types';

export const route = {
  name: 'patch-location',
  method: 'PATCH',
  path: '/training/locations/{id}',
  handler: 'functions/locations/patch-location.ts',
  access: 'user',
  grants: ['table:read', 'table:write'],
  contract: {
    summary: 'Change a location',
    tags: ['training'],
    params: locationIdParams,
    body: locationUpdateSchema,
    responses: { 200: { description: 'Updated', schema: locationSchema }, 404: { description: 'Not yours or gone' } },
  },
} satisfies HttpRoute;
