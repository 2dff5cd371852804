import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { illustrationSchema, usageSortKey, type Illustration } from '../../domain/illustrations/illustration';
import { documentClient } from '../client';
import type { TableContext } from '../context';
import { isConditionalCheckFailed, withoutStorageAttributes } from '../item';

export const ILLUSTRATION_ENTITY = 'illustration';
/** GSI2 partition of the whole library, sorted by usage. */
export const LIBRARY_PARTITION = 'ILLUSTRATIONS';

export const illustrationKey = (exerciseId: string) => ({ PK: `ILLUSTRATION#${exerciseId}`, SK: 'IMAGE' });

export const toItem = (illustration: Illustration) => ({
  ...illustrationKey(illustration.exerciseId),
  entity: ILLUSTRATION_ENTITY,
  GSI2PK: LIBRARY_PARTITION,
  GSI2SK: usageSortKey(illustration.usageCount, illustration.exerciseId),
  ...illustration,
});
export const fromItem = (item: Record<string, unknown>): Illustration => illustrationSchema.parse(withoutStorageAttributes(item));

/** Fields a regeneration replaces; usage and creation date stay. */
const CONTENT_FIELDS = ['s3Key', 'url', 'contentHash', 'format', 'width', 'height', 'generator', 'discipline', 'tags', 'muscleGroups', 'updatedAt'] as const;

/**
 * The worker records a generated image in the library. A first entry is created as given; when
 * one exists (regeneration), only its content fields change — usage count and rank are kept.
 * Returns whether the entry was new.
 */
export async function saveIllustration(ctx: TableContext, illustration: Illustration): Promise<{ created: boolean }> {
  try {
    await documentClient.send(new PutCommand({ TableName: ctx.tableName, Item: toItem(illustration), ConditionExpression: 'attribute_not_exists(PK)' }));
    return { created: true };
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
  }
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const sets = CONTENT_FIELDS.map((field, i) => {
    names[`#f${i}`] = field;
    values[`:f${i}`] = illustration[field];
    return `#f${i} = :f${i}`;
  });
  await documentClient.send(
    new UpdateCommand({
      TableName: ctx.tableName,
      Key: illustrationKey(illustration.exerciseId),
      UpdateExpression: `SET ${sets.join(', ')}`,
      ConditionExpression: 'attribute_exists(PK)',
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    }),
  );
  return { created: false };
}

/** #19 GET /illustrations?exercise: one GetItem by catalog exercise id. */
export async function getIllustration(ctx: TableContext, exerciseId: string): Promise<Illustration | null> {
  const result = await documentClient.send(new GetCommand({ TableName: ctx.tableName, Key: illustrationKey(exerciseId) }));
  return result.Item ? fromItem(result.Item) : null;
}

/**
 * Counts `by` more uses of an existing entry and re-ranks it. Lock-free: an atomic ADD, then the
 * GSI2 sort key is set only if the count is still the one just produced, so among concurrent
 * increments the last one's rank wins and the rank never goes backwards. (A crash between the
 * two leaves the rank one increment behind until the next use.) Returns the new count, or null
 * when the exercise has no illustration yet.
 */
export async function incrementIllustrationUsage(ctx: TableContext, exerciseId: string, by = 1): Promise<number | null> {
  let usageCount: number;
  try {
    const result = await documentClient.send(
      new UpdateCommand({
        TableName: ctx.tableName,
        Key: illustrationKey(exerciseId),
        UpdateExpression: 'ADD #usage :by',
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeNames: { '#usage': 'usageCount' },
        ExpressionAttributeValues: { ':by': by },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    usageCount = Number(result.Attributes!.usageCount);
  } catch (error) {
    if (isConditionalCheckFailed(error)) return null;
    throw error;
  }
  try {
    await documentClient.send(
      new UpdateCommand({
        TableName: ctx.tableName,
        Key: illustrationKey(exerciseId),
        UpdateExpression: 'SET GSI2SK = :rank',
        ConditionExpression: '#usage = :usage',
        ExpressionAttributeNames: { '#usage': 'usageCount' },
        ExpressionAttributeValues: { ':rank': usageSortKey(usageCount, exerciseId), ':usage': usageCount },
      }),
    );
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
  }
  return usageCount;
}

/** #25 job: the N most used illustrations (pre-generation / refresh). One Query on GSI2, descending. */
export async function listMostUsedIllustrations(ctx: TableContext, limit: number): Promise<Illustration[]> {
  const result = await documentClient.send(
    new QueryCommand({
      TableName: ctx.tableName,
      IndexName: 'GSI2',
      KeyConditionExpression: 'GSI2PK = :pk',
      ExpressionAttributeValues: { ':pk': LIBRARY_PARTITION },
      ScanIndexForward: false,
      Limit: limit,
    }),
  );
  return (result.Items ?? []).map(fromItem);
}
