import { queueStatsResponse } from './schemas';
import type { HttpRoute } from '../../infra/manifest-types';

export const route = {
  name: 'get-admin-queues',
  method: 'GET',
  path: '/admin/queues',
  handler: 'functions/admin/get-queues.ts',
  access: 'admin',
  grants: ['table:read', 'queue:enrichment:stats'],
  contract: {
    summary: 'Queue and DLQ depths, sessions awaiting enrichment (admin group only)',
    tags: ['admin'],
    responses: { 200: { description: 'Queue stats', schema: queueStatsResponse } },
  },
} satisfies HttpRoute;
