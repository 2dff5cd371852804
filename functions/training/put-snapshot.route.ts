import { sessionIdParams, snapshotBody, snapshotResponse } from './schemas';
import type { HttpRoute } from '../../infra/manifest-types';

export const route = {
  name: 'put-snapshot',
  method: 'PUT',
  path: '/training/sessions/{id}/snapshot',
  handler: 'functions/training/put-snapshot.ts',
  access: 'user',
  grants: ['table:read', 'table:write'],
  contract: {
    summary: 'Save the live-session recovery point (version-guarded)',
    tags: ['training'],
    params: sessionIdParams,
    body: snapshotBody,
    responses: { 200: { description: 'Snapshot', schema: snapshotResponse }, 409: { description: 'Stale version or finished session' } },
  },
} satisfies HttpRoute;
