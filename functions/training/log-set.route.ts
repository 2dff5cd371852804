import { logSetBody, logSetResponse, sessionIdParams } from './schemas';
import type { HttpRoute } from '../../infra/manifest-types';

export const route = {
  name: 'log-set',
  method: 'POST',
  path: '/training/sessions/{id}/sets',
  handler: 'functions/training/log-set.ts',
  access: 'user',
  grants: ['table:read', 'table:write'],
  contract: {
    summary: 'Log a set (idempotent by set id)',
    tags: ['training'],
    params: sessionIdParams,
    body: logSetBody,
    responses: {
      201: { description: 'Logged', schema: logSetResponse },
      200: { description: 'Already logged (retry)', schema: logSetResponse },
      409: { description: 'Session not active' },
    },
  },
} satisfies HttpRoute;
