import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import {
  COMPLETED_JOB_RETENTION_MS,
  IllustrationJobTransitionError,
  illustrationJobSchema,
  JOB_TRANSITIONS_FROM,
  statusAfterFailure,
  refLabel,
  type IllustrationJob,
  type IllustrationJobStatus,
  type IllustrationRef,
} from '../../domain/illustrations/illustration';
import { documentClient } from '../client';
import type { TableContext } from '../context';
import { isConditionalCheckFailed, withoutStorageAttributes } from '../item';
import { epochSeconds, isExpired, TTL_ATTRIBUTE } from '../ttl';
import { GSI3 } from '../table-definition';

export const ILLUSTRATION_JOB_ENTITY = 'illustrationJob';
/** GSI3 partition of every job, by status then queue time. */
export const JOBS_PARTITION = 'ILLUSTRATION#JOBS';

export const illustrationJobKey = (ref: IllustrationRef) => ({ PK: `ILLUSTRATION#${ref.exerciseId}`, SK: `JOB#${ref.discipline}` });
export const jobSortKey = (job: Pick<IllustrationJob, 'status' | 'queuedAt'>) => `${job.status}#${new Date(job.queuedAt).toISOString()}`;

export function toItem(job: IllustrationJob): Record<string, unknown> {
  const item: Record<string, unknown> = {
    ...illustrationJobKey(job),
    entity: ILLUSTRATION_JOB_ENTITY,
    GSI3PK: JOBS_PARTITION,
    GSI3SK: jobSortKey(job),
    ...job,
  };
  if (job.status === 'completed' && job.finishedAt) item[TTL_ATTRIBUTE] = epochSeconds(new Date(Date.parse(job.finishedAt) + COMPLETED_JOB_RETENTION_MS));
  return item;
}
export const fromItem = (item: Record<string, unknown>): IllustrationJob => illustrationJobSchema.parse(withoutStorageAttributes(item));

/**
 * A library miss queues a generation job, once: create-if-absent, so concurrent misses for the
 * same exercise and discipline produce one job (and the caller sends one SQS message only when `created`).
 * Otherwise returns the job that exists (whatever its status).
 */
export async function enqueueIllustrationJob(
  ctx: TableContext,
  args: { exerciseId: string; discipline: IllustrationJob['discipline']; priority?: number; now?: Date },
): Promise<{ created: boolean; job: IllustrationJob }> {
  const at = (args.now ?? new Date()).toISOString();
  const job = illustrationJobSchema.parse({
    exerciseId: args.exerciseId,
    discipline: args.discipline,
    status: 'pending',
    priority: args.priority ?? 5,
    attempts: 0,
    error: null,
    queuedAt: at,
    startedAt: null,
    finishedAt: null,
    updatedAt: at,
  });
  try {
    // A completed job past its retention counts as absent even before TTL removes it.
    await documentClient.send(
      new PutCommand({
        TableName: ctx.tableName,
        Item: toItem(job),
        ConditionExpression: 'attribute_not_exists(PK) OR #ttl <= :now',
        ExpressionAttributeNames: { '#ttl': TTL_ATTRIBUTE },
        ExpressionAttributeValues: { ':now': epochSeconds(at) },
      }),
    );
    return { created: true, job };
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
  }
  const existing = await documentClient.send(new GetCommand({ TableName: ctx.tableName, Key: illustrationJobKey(args), ConsistentRead: true }));
  return { created: false, job: fromItem(existing.Item!) };
}

/** The job of an exercise in a discipline; a completed job past its retention reads as absent (TTL deletes lazily). */
export async function getIllustrationJob(ctx: TableContext, ref: IllustrationRef, now = new Date()): Promise<IllustrationJob | null> {
  const result = await documentClient.send(new GetCommand({ TableName: ctx.tableName, Key: illustrationJobKey(ref) }));
  return result.Item && !isExpired(result.Item, now) ? fromItem(result.Item) : null;
}

/**
 * One guarded transition: read, compute the next job, Put only if the status is still the one
 * read and allowed (`JOB_TRANSITIONS_FROM`). A concurrent transition makes this one fail with
 * IllustrationJobTransitionError rather than overwrite it.
 */
async function transition(
  ctx: TableContext,
  ref: IllustrationRef,
  intended: IllustrationJobStatus,
  next: (job: IllustrationJob) => IllustrationJob,
): Promise<IllustrationJob> {
  const found = await documentClient.send(new GetCommand({ TableName: ctx.tableName, Key: illustrationJobKey(ref), ConsistentRead: true }));
  const current = found.Item ? fromItem(found.Item) : null;
  if (!current) throw new IllustrationJobTransitionError(refLabel(ref), intended, null);
  const updated = illustrationJobSchema.parse(next(current));
  if (!JOB_TRANSITIONS_FROM[updated.status].includes(current.status)) throw new IllustrationJobTransitionError(refLabel(ref), updated.status, current.status);
  try {
    await documentClient.send(
      new PutCommand({
        TableName: ctx.tableName,
        Item: toItem(updated),
        ConditionExpression: '#status = :status AND #attempts = :attempts AND #updatedAt = :updatedAt',
        ExpressionAttributeNames: { '#status': 'status', '#attempts': 'attempts', '#updatedAt': 'updatedAt' },
        ExpressionAttributeValues: { ':status': current.status, ':attempts': current.attempts, ':updatedAt': current.updatedAt },
      }),
    );
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
    throw new IllustrationJobTransitionError(refLabel(ref), updated.status, current.status, true);
  }
  return updated;
}

/** The worker takes the job (pending, or processing again after a crashed attempt): attempts + 1. */
export const startIllustrationJob = (ctx: TableContext, ref: IllustrationRef, now = new Date()): Promise<IllustrationJob> =>
  transition(ctx, ref, 'processing', (job) => ({ ...job, status: 'processing', attempts: job.attempts + 1, startedAt: now.toISOString(), updatedAt: now.toISOString() }));

/** Generated and recorded in the library: completed (kept 7 days by TTL). */
export const completeIllustrationJob = (ctx: TableContext, ref: IllustrationRef, now = new Date()): Promise<IllustrationJob> =>
  transition(ctx, ref, 'completed', (job) => ({ ...job, status: 'completed', error: null, finishedAt: now.toISOString(), updatedAt: now.toISOString() }));

/** An attempt failed: pending again while attempts remain (the SQS redelivery retries), else failed with the error. */
export const failIllustrationJob = (ctx: TableContext, ref: IllustrationRef, error: string, now = new Date()): Promise<IllustrationJob> =>
  transition(ctx, ref, 'failed', (job) => {
    const status = statusAfterFailure(job.attempts);
    return { ...job, status, error: error.slice(0, 1000), finishedAt: status === 'failed' ? now.toISOString() : null, updatedAt: now.toISOString() };
  });

/** A failed job queued again (by hand or by pre-generation), attempts reset. */
export const requeueIllustrationJob = (ctx: TableContext, ref: IllustrationRef, priority?: number, now = new Date()): Promise<IllustrationJob> =>
  transition(ctx, ref, 'pending', (job) => {
    if (job.status !== 'failed') throw new IllustrationJobTransitionError(refLabel(ref), 'pending', job.status);
    return { ...job, status: 'pending', priority: priority ?? job.priority, attempts: 0, error: null, queuedAt: now.toISOString(), startedAt: null, finishedAt: null, updatedAt: now.toISOString() };
  });

/** Jobs in one status, oldest queued first (admin stats, stuck-job checks). One Query on GSI3. */
export async function listIllustrationJobs(ctx: TableContext, status: IllustrationJobStatus, limit = 100): Promise<IllustrationJob[]> {
  const result = await documentClient.send(
    new QueryCommand({
      TableName: ctx.tableName,
      IndexName: GSI3,
      KeyConditionExpression: 'GSI3PK = :pk AND begins_with(GSI3SK, :status)',
      ExpressionAttributeValues: { ':pk': JOBS_PARTITION, ':status': `${status}#` },
      Limit: limit,
    }),
  );
  return (result.Items ?? []).map(fromItem);
}

/** How many jobs are in a status (admin queue stats). Query Select COUNT on GSI3. */
export async function countIllustrationJobs(ctx: TableContext, status: IllustrationJobStatus): Promise<number> {
  let count = 0;
  let startKey: Record<string, unknown> | undefined;
  do {
    const result = await documentClient.send(
      new QueryCommand({
        TableName: ctx.tableName,
        IndexName: GSI3,
        KeyConditionExpression: 'GSI3PK = :pk AND begins_with(GSI3SK, :status)',
        ExpressionAttributeValues: { ':pk': JOBS_PARTITION, ':status': `${status}#` },
        Select: 'COUNT',
        ExclusiveStartKey: startKey,
      }),
    );
    count += result.Count ?? 0;
    startKey = result.LastEvaluatedKey;
  } while (startKey);
  return count;
}
