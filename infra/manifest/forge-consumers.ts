import type { FilterPattern, StreamConsumer } from '../manifest-types';
import { ACTIVITY_ENTITY, SESSION_WEARABLE_ENTITY, TRAINING_SESSION_ENTITY } from '../../shared/db/entity-names';

const readWrite = ['table:read', 'table:write'] as StreamConsumer['grants'];

/** Stream records of training sessions that are completed (INSERT/MODIFY) or were completed (REMOVE, or any change away from completed). */
export const completedSessionFilters: FilterPattern[] = [
  { eventName: ['INSERT', 'MODIFY'], dynamodb: { NewImage: { entity: { S: [TRAINING_SESSION_ENTITY] }, status: { S: ['completed'] } } } },
  { dynamodb: { OldImage: { entity: { S: [TRAINING_SESSION_ENTITY] }, status: { S: ['completed'] } } } },
];

/** Stream records of activity items only: never the forgeDay aggregates the consumer writes (no loop). */
export const activityFilters: FilterPattern[] = [
  { dynamodb: { NewImage: { entity: { S: [ACTIVITY_ENTITY] } } } },
  { dynamodb: { OldImage: { entity: { S: [ACTIVITY_ENTITY] } } } },
];

/** The stream reader of Forge's consumers (functions/streams/forge-stream.ts). */
export const FORGE_STREAM_READER = 'forge-stream';

/** The one-way Training → Forge sync and the Forge day totals, both driven by the table's stream. */
export const forgeConsumers: StreamConsumer[] = [
  {
    name: 'sync-training-sessions',
    handler: 'functions/forge/sync-training-sessions.ts',
    grants: readWrite,
    // A session's wearable HR linked (or removed) after completion re-syncs its activity.
    filters: [...completedSessionFilters, { dynamodb: { NewImage: { entity: { S: [SESSION_WEARABLE_ENTITY] } } } }, { dynamodb: { OldImage: { entity: { S: [SESSION_WEARABLE_ENTITY] } } } }],
    batchSize: 25,
    maxRetries: 5,
    timeoutSeconds: 60,
    reader: FORGE_STREAM_READER,
  },
  {
    name: 'apply-activity-changes',
    handler: 'functions/forge/apply-activity-changes.ts',
    grants: readWrite,
    filters: activityFilters,
    batchSize: 50,
    maxRetries: 5,
    timeoutSeconds: 60,
    reader: FORGE_STREAM_READER,
  },
];
