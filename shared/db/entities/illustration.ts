import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { illustrationSchema, refLabel, usageSortKey, type Illustration, type IllustrationRef } from '../../domain/illustrations/illustration';
import { documentClient } from '../client';
import type { TableContext } from '../context';
import { isConditionalCheckFailed, withoutStorageAttributes } from '../item';
import { GSI5 } from '../table-definition';

export const ILLUSTRATION_ENTITY = 'illustration';
/** GSI5 partition (on the GSI2 keys) of the whole library, sorted by usage. */
export const LIBRARY_PARTITION = 'ILLUSTRATIONS';

export const illustrationKey = (ref: IllustrationRef) => ({ PK: `ILLUSTRATION#${ref.exerciseId}`, SK: `IMAGE#${ref.discipline}` });

export const toItem = (illustration: Illustration) => ({
  ...illustrationKey(illustration),
  entity: ILLUSTRATION_ENTITY,
  GSI2PK: LIBRARY_PARTITION,
  GSI2SK: usageSortKey(illustration.usageCount, refLabel(illustration)),
  ...illustration,
});
export const fromItem = (item: Record<string, unknown>): Illustration => illustrationSchema.parse(withoutStorageAttributes(item));

/** Fields a regeneration replaces; usage and creation date stay. */
const CONTENT_FIELDS = ['format', 'variants', 'generator', 'model', 'costUsd', 'tags', 'muscleGroups', 'updatedAt'] as const;

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
      Key: illustrationKey(illustration),
      UpdateExpression: `SET ${sets.join(', ')}`,
      ConditionExpression: 'attribute_exists(PK)',
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    }),
  );
  return { created: false };
}

/** #19 GET /illustrations?exercise=&discipline=: one GetItem by catalog exercise id and discipline. */
export async function getIllustration(ctx: TableContext, ref: IllustrationRef): Promise<Illustration | null> {
  const result = await documentClient.send(new GetCommand({ TableName: ctx.tableName, Key: illustrationKey(ref) }));
  return result.Item ? fromItem(result.Item) : null;
}

/**
 * Counts `by` more uses of an existing entry and re-ranks it. Lock-free: an atomic ADD, then the
 * GSI2SK sort key is set only if the count is still the one just produced, so among concurrent
 * increments the last one's rank wins and the rank never goes backwards. (A crash between the
 * two leaves the rank one increment behind until the next use.) Returns the new count, or null
 * when the exercise has no illustration yet.
 */
export async function incrementIllustrationUsage(ctx: TableContext, ref: IllustrationRef, by = 1): Promise<number | null> {
  let usageCount: number;
  try {
    const result = await documentClient.send(
      new UpdateCommand({
        TableName: ctx.tableName,
        Key: illustrationKey(ref),
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
        Key: illustrationKey(ref),
        UpdateExpression: 'SET GSI2SK = :rank',
        ConditionExpression: '#usage = :usage',
        ExpressionAttributeNames: { '#usage': 'usageCount' },
        ExpressionAttributeValues: { ':rank': usageSortKey(usageCount, refLabel(ref)), ':usage': usageCount },
      }),
    );
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
  }
  return usageCount;
}

/** #25 job: the N most used illustrations (pre-generation / refresh). One Query on GSI5, descending. */
export async function listMostUsedIllustrations(ctx: TableContext, limit: number): Promise<Illustration[]> {
  const result = await documentClient.send(
    new QueryCommand({
      TableName: ctx.tableName,
      IndexName: GSI5,
      KeyConditionExpression: 'GSI2PK = :pk',
      ExpressionAttributeValues: { ':pk': LIBRARY_PARTITION },
      ScanIndexForward: false,
      Limit: limit,
    }),
  );
  return (result.Items ?? []).map(fromItem);
}

/**
 * The whole library (every entry, most used first): GSI5 pages until the end. Only for the
 * in-memory snapshot that session reads consult and for pre-generation, never per request.
 */
export async function listLibrary(ctx: TableContext): Promise<Illustration[]> {
  const entries: Illustration[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const result = await documentClient.send(
      new QueryCommand({
        TableName: ctx.tableName,
        IndexName: GSI5,
        KeyConditionExpression: 'GSI2PK = :pk',
        ExpressionAttributeValues: { ':pk': LIBRARY_PARTITION },
        ScanIndexForward: false,
        ExclusiveStartKey: startKey,
      }),
    );
    entries.push(...(result.Items ?? []).map(fromItem));
    startKey = result.LastEvaluatedKey;
  } while (startKey);
  return entries;
}
