import { completeSessionBody, sessionIdParams, sessionResponse } from './schemas';
import type { HttpRoute } from '../../infra/manifest-types';

export const route = {
  name: 'complete-session',
  method: 'POST',
  path: '/training/sessions/{id}/complete',
  handler: 'functions/training/complete-session.ts',
  access: 'user',
  grants: ['table:read', 'table:write'],
  contract: {
    summary: 'Complete an active session: metrics, calories, load and records',
    tags: ['training'],
    params: sessionIdParams,
    body: completeSessionBody,
    bodyOptional: true,
    responses: { 200: { description: 'Completed session', schema: sessionResponse }, 409: { description: 'Not active, or changed meanwhile' } },
  },
} satisfies HttpRoute;
