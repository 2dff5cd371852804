import { sessionIdParams, sessionResponse } from './schemas';
import type { HttpRoute } from '../../infra/manifest-types';

export const route = {
  name: 'start-session',
  method: 'POST',
  path: '/training/sessions/{id}/start',
  handler: 'functions/training/start-session.ts',
  access: 'user',
  grants: ['table:read', 'table:write'],
  contract: {
    summary: 'Start a draft session',
    tags: ['training'],
    params: sessionIdParams,
    responses: { 200: { description: 'Active session', schema: sessionResponse }, 409: { description: 'Not a draft' } },
  },
} satisfies HttpRoute;
