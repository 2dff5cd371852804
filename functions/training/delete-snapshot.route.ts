import { sessionIdParams } from './schemas';
import type { HttpRoute } from '../../infra/manifest-types';

export const route = {
  name: 'delete-snapshot',
  method: 'DELETE',
  path: '/training/sessions/{id}/snapshot',
  handler: 'functions/training/delete-snapshot.ts',
  access: 'user',
  grants: ['table:read', 'table:write'],
  contract: { summary: 'Forget the recovery point', tags: ['training'], params: sessionIdParams, responses: { 204: { description: 'Gone' } } },
} satisfies HttpRoute;
