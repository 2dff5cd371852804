import { goalCreateSchema, goalSchema } from '../../shared/domain/training/goal';
import type { HttpRoute } from '../../infra/manifest-types';

export const route = {
  name: 'create-goal',
  method: 'POST',
  path: '/training/goals',
  handler: 'functions/goals/create-goal.ts',
  access: 'user',
  grants: ['table:read', 'table:write'],
  contract: { summary: 'Add a goal', tags: ['training'], body: goalCreateSchema, responses: { 201: { description: 'Created', schema: goalSchema } } },
} satisfies HttpRoute;
