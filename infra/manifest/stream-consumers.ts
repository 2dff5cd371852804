import { TRAINING_SESSION_ENTITY } from '../../shared/db/entity-names';
import type { StreamConsumer, StreamReader } from '../manifest-types';
import { FORGE_STREAM_READER, forgeConsumers } from './forge-consumers';

/**
 * Every consumer of the table stream and the two readers that run them. This module imports only
 * entity names: the reader functions (functions/streams/) read their members from it at init.
 */
export const TRAINING_STREAM_READER = 'training-stream';

const completedSession = { eventName: ['INSERT', 'MODIFY'], dynamodb: { NewImage: { entity: { S: [TRAINING_SESSION_ENTITY] }, status: { S: ['completed'] } } } };

/**
 * Training-side consumers, in the order the reader runs them on a batch: the two a new session
 * waits for (enrichment queued ≤ 1 s, its illustrations) before the completion-driven ones.
 */
const trainingConsumers: StreamConsumer[] = [
  {
    // Progressive enrichment: stream INSERT of a fast session → SQS (DLQ after 3) → worker.
    name: 'enqueue-enrichment',
    handler: 'functions/enrichment/enqueue-enrichment.ts',
    filters: [{ eventName: ['INSERT'], dynamodb: { NewImage: { entity: { S: [TRAINING_SESSION_ENTITY] }, enrichmentStatus: { S: ['fast'] } } } }],
    batchSize: 50,
    maxRetries: 5,
    grants: ['queue:enrichment:send'],
    reader: TRAINING_STREAM_READER,
  },
  {
    // A new prescription's missing illustrations → SQS (DLQ after 3) → worker → S3 + library.
    name: 'queue-illustrations',
    handler: 'functions/illustrations/queue-illustrations.ts',
    filters: [{ eventName: ['INSERT'], dynamodb: { NewImage: { entity: { S: [TRAINING_SESSION_ENTITY] } } } }],
    batchSize: 50,
    maxRetries: 5,
    grants: ['table:read', 'table:write', 'queue:illustrations:send'],
    reader: TRAINING_STREAM_READER,
  },
  {
    // Keeps day totals, records, goals and insight caches in step with completed sessions.
    name: 'project-session-changes',
    handler: 'functions/training/project-session-changes.ts',
    filters: [completedSession, { eventName: ['REMOVE'], dynamodb: { OldImage: { entity: { S: [TRAINING_SESSION_ENTITY] }, status: { S: ['completed'] } } } }],
    batchSize: 25,
    maxRetries: 5,
    grants: ['table:read', 'table:write'],
    reader: TRAINING_STREAM_READER,
  },
  {
    // A session just completed → links the wearable workout it overlaps.
    name: 'match-completed-sessions',
    handler: 'functions/wearables/match-completed-sessions.ts',
    filters: [completedSession],
    batchSize: 25,
    maxRetries: 5,
    timeoutSeconds: 60,
    grants: ['table:read', 'table:write'],
    reader: TRAINING_STREAM_READER,
  },
];

export const streamConsumers: StreamConsumer[] = [...trainingConsumers, ...forgeConsumers];

/** At most two readers per stream shard (DynamoDB Streams throttles more): Training's side and Forge's. */
export const streamReaders: StreamReader[] = [
  {
    name: TRAINING_STREAM_READER,
    handler: 'functions/streams/training-stream.ts',
    description: 'Table stream reader: Training read models, enrichment and illustration queueing, wearable matching',
  },
  {
    name: FORGE_STREAM_READER,
    handler: 'functions/streams/forge-stream.ts',
    description: 'Table stream reader: the Training → Forge sync and the Forge day totals',
  },
];

/** The consumers a reader runs, in manifest order. */
export const membersOf = (reader: string): StreamConsumer[] => streamConsumers.filter((consumer) => consumer.reader === reader);
