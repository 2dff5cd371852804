import { locationCreateSchema, locationSchema } from '../../shared/domain/training/location';
import type { HttpRoute } from '../../infra/manifest-types';

export const route = {
  name: 'create-location',
  method: 'POST',
  path: '/training/locations',
  handler: 'functions/locations/create-location.ts',
  access: 'user',
  grants: ['table:read', 'table:write'],
  contract: { summary: 'Add a location', tags: ['training'], body: locationCreateSchema, responses: { 201: { description: 'Created', schema: locationSchema } } },
} satisfies HttpRoute;
