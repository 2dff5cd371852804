import { goalSchema, goalUpdateSchema } from '../../shared/domain/training/goal';
import { goalIdParams } from './schemas';
import type { HttpRoute } from '../../infra/manifest-types';

export const route = {
  name: 'patch-goal',
  method: 'PATCH',
  path: '/training/goals/{id}',
  handler: 'functions/goals/patch-goal.ts',
  access: 'user',
  grants: ['table:read', 'table:write'],
  contract: {
    summary: 'Change a goal',
    tags: ['training'],
    params: goalIdParams,
    body: goalUpdateSchema,
    responses: { 200: { description: 'Updated', schema: goalSchema }, 404: { description: 'Not yours or gone' } },
  },
} satisfies HttpRoute;
