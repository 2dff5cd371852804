import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { IMPORT_RETENTION_DAYS, importJobSchema, type ImportJob, type ImportResult } from '../../domain/wearables/import-job';
import { documentClient } from '../client';
import type { TableContext } from '../context';
import { isConditionalCheckFailed, withoutStorageAttributes } from '../item';
import { userPartition } from '../keys';
import { epochSeconds, isExpired, TTL_ATTRIBUTE } from '../ttl';

export const WEARABLE_IMPORT_ENTITY = 'wearableImport';
export const wearableImportKey = (userId: string, id: string) => ({ PK: userPartition(userId), SK: `IMPORT#${id}` });

const retentionEnd = (createdAt: string) => epochSeconds(new Date(Date.parse(createdAt) + IMPORT_RETENTION_DAYS * 86_400_000));

export const toItem = (job: ImportJob): Record<string, unknown> => ({
  ...wearableImportKey(job.userId, job.id),
  entity: WEARABLE_IMPORT_ENTITY,
  ...job,
  [TTL_ATTRIBUTE]: retentionEnd(job.createdAt),
});
export const fromItem = (item: Record<string, unknown>): ImportJob => importJobSchema.parse(withoutStorageAttributes(item));

export async function createImportJob(ctx: TableContext, job: ImportJob): Promise<void> {
  await documentClient.send(
    new PutCommand({ TableName: ctx.tableName, Item: toItem(importJobSchema.parse(job)), ConditionExpression: 'attribute_not_exists(PK)' }),
  );
}

/** GET /wearables/imports/{id}: one GetItem in the caller's partition. */
export async function getImportJob(ctx: TableContext, userId: string, id: string, now = new Date()): Promise<ImportJob | null> {
  const result = await documentClient.send(new GetCommand({ TableName: ctx.tableName, Key: wearableImportKey(userId, id), ConsistentRead: true }));
  return result.Item && !isExpired(result.Item, now) ? fromItem(result.Item) : null;
}

/**
 * The worker takes a job: awaiting_upload (or processing again, on a retry) → processing, one
 * more attempt. Null when the job does not exist or is already finished (a duplicate message).
 */
export async function startImportJob(ctx: TableContext, userId: string, id: string, now = new Date()): Promise<ImportJob | null> {
  try {
    const result = await documentClient.send(
      new UpdateCommand({
        TableName: ctx.tableName,
        Key: wearableImportKey(userId, id),
        UpdateExpression: 'SET #status = :processing, attempts = attempts + :one, updatedAt = :now',
        ConditionExpression: 'attribute_exists(PK) AND #status IN (:awaiting, :processing)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':processing': 'processing', ':awaiting': 'awaiting_upload', ':one': 1, ':now': now.toISOString() },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return fromItem(result.Attributes!);
  } catch (error) {
    if (isConditionalCheckFailed(error)) return null;
    throw error;
  }
}

/** processing → completed with its result, or → failed with its reason. False when it was not processing. */
export async function finishImportJob(
  ctx: TableContext,
  userId: string,
  id: string,
  outcome: { status: 'completed'; result: ImportResult } | { status: 'failed'; error: NonNullable<ImportJob['error']> },
  now = new Date(),
): Promise<boolean> {
  try {
    await documentClient.send(
      new UpdateCommand({
        TableName: ctx.tableName,
        Key: wearableImportKey(userId, id),
        UpdateExpression: 'SET #status = :status, #result = :result, #error = :error, updatedAt = :now',
        ConditionExpression: 'attribute_exists(PK) AND #status = :processing',
        ExpressionAttributeNames: { '#status': 'status', '#result': 'result', '#error': 'error' },
        ExpressionAttributeValues: {
          ':status': outcome.status,
          ':result': outcome.status === 'completed' ? outcome.result : null,
          ':error': outcome.status === 'failed' ? { code: outcome.error.code, message: outcome.error.message.slice(0, 500) } : null,
          ':processing': 'processing',
          ':now': now.toISOString(),
        },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionalCheckFailed(error)) return false;
    throw error;
  }
}
