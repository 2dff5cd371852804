import { sessionIdParams } from './schemas';
import type { HttpRoute } from '../../infra/manifest-types';

export const route = {
  name: 'delete-session',
  method: 'DELETE',
  path: '/training/sessions/{id}',
  handler: 'functions/training/delete-session.ts',
  access: 'user',
  grants: ['table:read', 'table:write'],
  contract: {
    summary: 'Delete a session (its Forge activity goes too)',
    tags: ['training'],
    params: sessionIdParams,
    responses: { 204: { description: 'Deleted' }, 404: { description: 'No such session' } },
  },
} satisfies HttpRoute;
