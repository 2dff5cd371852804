import { route as createWearableImport } from '../../functions/wearables/import-create.route';
import { route as getWearableImport } from '../../functions/wearables/import-get.route';
import type { HttpRoute, QueueEntry } from '../manifest-types';

/**
 * Workout files: POST answers a presigned upload URL; the object landing under `imports/`
 * notifies the queue (S3 event → SQS, DLQ after 3), whose worker parses it and ingests the workout.
 */
export const wearableImportRoutes: HttpRoute[] = [createWearableImport, getWearableImport];

export const wearableImportQueues: QueueEntry[] = [
  {
    name: 'wearable-imports',
    handler: 'functions/wearables/import-worker.ts',
    objectCreatedEvents: { bucket: 'imports', prefix: 'imports/' },
    batchSize: 5,
    // A 20 MB TCX parses in a few seconds; the rest is a handful of DynamoDB writes.
    visibilityTimeoutSeconds: 120,
    timeoutSeconds: 60,
    memoryMb: 1024,
    maxReceiveCount: 3,
    grants: ['table:read', 'table:write', 'bucket:imports:consume'],
  },
];
