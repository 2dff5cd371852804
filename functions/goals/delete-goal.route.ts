import { goalIdParams } from './schemas';
import type { HttpRoute } from '../../infra/manifest-types';

export const route = {
  name: 'delete-goal',
  method: 'DELETE',
  path: '/training/goals/{id}',
  handler: 'functions/goals/delete-goal.ts',
  access: 'user',
  grants: ['table:read', 'table:write'],
  contract: {
    summary: 'Delete a goal',
    tags: ['training'],
    params: goalIdParams,
    responses: { 204: { description: 'Deleted' }, 404: { description: 'Not yours or gone' } },
  },
} satisfies HttpRoute;
