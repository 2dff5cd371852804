import { patchSessionBody, sessionIdParams, sessionResponse } from './schemas';
import type { HttpRoute } from '../../infra/manifest-types';

export const route = {
  name: 'patch-session',
  method: 'PATCH',
  path: '/training/sessions/{id}',
  handler: 'functions/training/patch-session.ts',
  access: 'user',
  grants: ['table:read', 'table:write'],
  contract: {
    summary: "Edit title/notes, or a completed session's reported RPE and duration",
    tags: ['training'],
    params: sessionIdParams,
    body: patchSessionBody,
    responses: { 200: { description: 'Session', schema: sessionResponse }, 404: { description: 'No such session' }, 409: { description: 'Not allowed in this status, or changed meanwhile' } },
  },
} satisfies HttpRoute;
