import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { illustrationSchema, refLabel, usageRank, usageSortKey, type Illustration, type IllustrationRef } from '../../domain/illustrations/illustration';
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

/** The exact uses of one library entry: a small item of its own (`uses` only), so counting a use writes ~100 bytes, not the entry. */
export const ILLUSTRATION_USES_ENTITY = 'illustrationUses';
export const illustrationUsesKey = (ref: IllustrationRef) => ({ PK: `ILLUSTRATION#${ref.exerciseId}`, SK: `USES#${ref.discipline}` });

/** ADD to the counter if it exists; null if it does not (no entry yet, or an entry counted before counters existed). */
async function addUses(ctx: TableContext, ref: IllustrationRef, by: number): Promise<number | null> {
  try {
    const result = await documentClient.send(
      new UpdateCommand({
        TableName: ctx.tableName,
        Key: illustrationUsesKey(ref),
        UpdateExpression: 'ADD #uses :by',
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeNames: { '#uses': 'uses' },
        ExpressionAttributeValues: { ':by': by },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    return Number(result.Attributes!.uses);
  } catch (error) {
    if (isConditionalCheckFailed(error)) return null;
    throw error;
  }
}

/**
 * An entry's first counted use: its counter starts from the entry's own count (exact on entries
 * counted before counters existed, 0 on new ones). Null if there is no entry. Two first uses at
 * once: the second Put finds the counter and adds to it.
 */
async function startUses(ctx: TableContext, ref: IllustrationRef, by: number): Promise<number | null> {
  const entry = await getIllustration(ctx, ref);
  if (!entry) return null;
  const uses = entry.usageCount + by;
  try {
    await documentClient.send(
      new PutCommand({
        TableName: ctx.tableName,
        Item: { ...illustrationUsesKey(ref), entity: ILLUSTRATION_USES_ENTITY, exerciseId: ref.exerciseId, discipline: ref.discipline, uses },
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    );
    return uses;
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
    return addUses(ctx, ref, by);
  }
}

/**
 * Counts `by` more uses of an existing entry: one ADD on its counter item. The entry itself (its
 * `usageCount` and GSI5 sort key) is re-ranked only when the use moves it to another `usageRank`,
 * and never backwards: among concurrent increments the one that crosses a rank writes it,
 * conditional on the stored rank being lower. (A crash between the two leaves the rank behind
 * until the next crossing.) Returns the exact new count, or null when the exercise has no
 * illustration yet.
 */
export async function incrementIllustrationUsage(ctx: TableContext, ref: IllustrationRef, by = 1): Promise<number | null> {
  const uses = (await addUses(ctx, ref, by)) ?? (await startUses(ctx, ref, by));
  if (uses === null) return null;
  const rank = usageRank(uses);
  if (rank === usageRank(uses - by)) return uses;
  try {
    await documentClient.send(
      new UpdateCommand({
        TableName: ctx.tableName,
        Key: illustrationKey(ref),
        UpdateExpression: 'SET #usage = :rank, GSI2SK = :sortKey',
        ConditionExpression: 'attribute_exists(PK) AND #usage < :rank',
        ExpressionAttributeNames: { '#usage': 'usageCount' },
        ExpressionAttributeValues: { ':rank': rank, ':sortKey': usageSortKey(rank, refLabel(ref)) },
      }),
    );
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
  }
  return uses;
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
