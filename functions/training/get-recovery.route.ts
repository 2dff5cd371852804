import { snapshotResponse } from './schemas';
import type { HttpRoute } from '../../infra/manifest-types';

export const route = {
  name: 'get-recovery',
  method: 'GET',
  path: '/training/recovery',
  handler: 'functions/training/get-recovery.ts',
  access: 'user',
  grants: ['table:read'],
  contract: {
    summary: 'Latest snapshot under 24 h, or 204',
    tags: ['training'],
    responses: { 200: { description: 'Snapshot', schema: snapshotResponse }, 204: { description: 'Nothing to resume' } },
  },
} satisfies HttpRoute;
