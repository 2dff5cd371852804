import type { ScheduleEntry, StreamConsumer } from '../manifest-types';
import { TRAINING_SESSION_ENTITY } from '../../shared/db/entities/training-session';

/** Keeps day totals, records, goals and insight caches in step with completed sessions. */
export const trainingStreamConsumers: StreamConsumer[] = [
  {
    name: 'project-session-changes',
    handler: 'functions/training/project-session-changes.ts',
    filters: [
      { eventName: ['INSERT', 'MODIFY'], dynamodb: { NewImage: { entity: { S: [TRAINING_SESSION_ENTITY] }, status: { S: ['completed'] } } } },
      { eventName: ['REMOVE'], dynamodb: { OldImage: { entity: { S: [TRAINING_SESSION_ENTITY] }, status: { S: ['completed'] } } } },
    ],
    batchSize: 25,
    maxRetries: 5,
    grants: ['table:read', 'table:write'],
  },
];

export const trainingSchedules: ScheduleEntry[] = [
  {
    name: 'daily-cleanup',
    handler: 'functions/training/cleanup-job.ts',
    expression: 'cron(30 3 * * ? *)',
    description: 'Delete recovery snapshots older than 7 days or of finished sessions',
    grants: ['table:read', 'table:write'],
    timeoutSeconds: 300,
  },
];
