import type { QueueEntry } from '../manifest-types';

/** Progressive enrichment: SQS (DLQ after 3) → worker, fed by the `enqueue-enrichment` stream consumer (stream-consumers.ts). */
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
