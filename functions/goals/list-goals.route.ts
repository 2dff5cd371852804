import { goalListQuery, goalListResponse } from './schemas';
import type { HttpRoute } from '../../infra/manifest-types';

export const route = {
  name: 'list-goals',
  method: 'GET',
  path: '/training/goals',
  handler: 'functions/goals/list-goals.ts',
  access: 'user',
  grants: ['table:read', 'table:write'],
  contract: { summary: 'Your goals', tags: ['training'], query: goalListQuery, responses: { 200: { description: 'Goals', schema: goalListResponse } } },
} satisfies HttpRoute;
