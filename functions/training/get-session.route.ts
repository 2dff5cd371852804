import { sessionIdParams, sessionResponse } from './schemas';
import type { HttpRoute } from '../../infra/manifest-types';

export const route = {
  name: 'get-session',
  method: 'GET',
  path: '/training/sessions/{id}',
  handler: 'functions/training/get-session.ts',
  access: 'user',
  grants: ['table:read'],
  contract: {
    summary: 'One session',
    tags: ['training'],
    params: sessionIdParams,
    responses: { 200: { description: 'Session', schema: sessionResponse }, 404: { description: 'No such session of yours' } },
  },
} satisfies HttpRoute;
