import { route as getIllustration } from '../../functions/illustrations/get-illustration.route';
import type { HttpRoute, QueueEntry, ScheduleEntry, StreamConsumer } from '../manifest-types';
import { TRAINING_SESSION_ENTITY } from '../../shared/db/entities/training-session';

/** Illustrations: a miss (new prescription via the stream, or GET /illustrations) → SQS (DLQ after 3) → worker → S3 + library. */
export const illustrationRoutes: HttpRoute[] = [getIllustration];

export const illustrationStreamConsumers: StreamConsumer[] = [
  {
    name: 'queue-illustrations',
    handler: 'functions/illustrations/queue-illustrations.ts',
    filters: [{ eventName: ['INSERT'], dynamodb: { NewImage: { entity: { S: [TRAINING_SESSION_ENTITY] } } } }],
    batchSize: 50,
    maxRetries: 5,
    grants: ['table:read', 'table:write', 'queue:illustrations:send'],
  },
];

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
