import { route as getIllustration } from '../../functions/illustrations/get-illustration.route';
import type { HttpRoute, QueueEntry, ScheduleEntry } from '../manifest-types';

/** Illustrations: a miss (new prescription via the stream, or GET /illustrations) → SQS (DLQ after 3) → worker → S3 + library. */
export const illustrationRoutes: HttpRoute[] = [getIllustration];

export const illustrationQueues: QueueEntry[] = [
  {
    name: 'illustrations',
    handler: 'functions/illustrations/generate-illustration.ts',
    // One image at a time per invocation: a model call takes up to a minute.
    batchSize: 1,
    visibilityTimeoutSeconds: 180,
    timeoutSeconds: 150,
    memoryMb: 1024,
    maxReceiveCount: 3,
    grants: ['table:read', 'table:write', 'bucket:illustrations:write', 'secret:openai:read'],
    nativeLayers: ['sharp'],
  },
];

export const illustrationSchedules: ScheduleEntry[] = [
  {
    name: 'pregenerate-illustrations',
    handler: 'functions/illustrations/pregenerate-illustrations.ts',
    expression: 'cron(0 4 ? * SUN *)',
    description: 'Queues the generation of the most used exercises that have no illustration yet',
    timeoutSeconds: 120,
    grants: ['table:read', 'table:write', 'queue:illustrations:send'],
  },
];
