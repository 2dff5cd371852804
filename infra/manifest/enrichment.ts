import { sessionIdParams } from '../../functions/training/schemas';
import { enrichmentProgressSchema } from '../../shared/domain/training/enrichment-status';
import type { HttpRoute, QueueEntry, StreamConsumer } from '../manifest-types';

/** Progressive enrichment: stream INSERT of a fast session → SQS (DLQ after 3) → worker. */
export const enrichmentRoutes: HttpRoute[] = [
  {
    name: 'get-enrichment',
    method: 'GET',
    path: '/training/sessions/{id}/enrichment',
    handler: 'functions/enrichment/get-enrichment.ts',
    access: 'user',
    grants: ['table:read'],
    contract: {
      summary: 'Enrichment status, queue position and estimated wait; the content once enriched',
      tags: ['training'],
      params: sessionIdParams,
      responses: { 200: { description: 'Progress or content', schema: enrichmentProgressSchema }, 404: { description: 'No such session' } },
    },
  },
  {
    name: 'get-admin-queues',
    method: 'GET',
    path: '/admin/queues',
    handler: 'functions/admin/get-queues.ts',
    access: 'admin',
    grants: ['table:read', 'queue:enrichment:stats'],
    contract: { summary: 'Queue and DLQ depths, sessions awaiting enrichment (admin group only)', tags: ['admin'], responses: { 200: { description: 'Queue stats' } } },
  },
];

export const enrichmentStreamConsumers: StreamConsumer[] = [
  {
    name: 'enqueue-enrichment',
    handler: 'functions/enrichment/enqueue-enrichment.ts',
    filters: [{ eventName: ['INSERT'], dynamodb: { NewImage: { entity: { S: ['trainingSession'] }, enrichmentStatus: { S: ['fast'] } } } }],
    batchSize: 50,
    maxRetries: 5,
    grants: ['queue:enrichment:send'],
  },
];

export const enrichmentQueues: QueueEntry[] = [
  {
    name: 'enrichment',
    handler: 'functions/enrichment/enrich-session.ts',
    batchSize: 5,
    visibilityTimeoutSeconds: 60,
    maxReceiveCount: 3,
    grants: ['table:read', 'table:write'],
  },
];
