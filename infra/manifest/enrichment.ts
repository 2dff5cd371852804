import type { QueueEntry, StreamConsumer } from '../manifest-types';
import { TRAINING_SESSION_ENTITY } from '../../shared/db/entities/training-session';

/** Progressive enrichment: stream INSERT of a fast session → SQS (DLQ after 3) → worker. */
export const enrichmentStreamConsumers: StreamConsumer[] = [
  {
    name: 'enqueue-enrichment',
    handler: 'functions/enrichment/enqueue-enrichment.ts',
    filters: [{ eventName: ['INSERT'], dynamodb: { NewImage: { entity: { S: [TRAINING_SESSION_ENTITY] }, enrichmentStatus: { S: ['fast'] } } } }],
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
