import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { wearableDaySchema, type WearableDay } from '../../domain/wearables/imports';
import { documentClient } from '../client';
import type { TableContext } from '../context';
import { isConditionalCheckFailed, withoutStorageAttributes } from '../item';
import { forgePartition, userPartition } from '../keys';
import { queryAll } from '../query';
import type { ItemKey } from '../batch';

export const WEARABLE_DAY_ENTITY = 'wearableDay';

export const wearableDayKey = (userId: string, localDay: string, provider: string) => ({ PK: userPartition(userId), SK: `WDAY#${localDay}#${provider}` });

export const toItem = (day: WearableDay) => ({
  ...wearableDayKey(day.userId, day.localDay, day.provider),
  entity: WEARABLE_DAY_ENTITY,
  // In the Forge day's GSI1 range (after the `<day>#!` summary), so GET /forge/day reads it in its one Query.
  GSI1PK: forgePartition(day.userId),
  GSI1SK: `${day.localDay}#!wearable#${day.provider}`,
  ...day,
  // Compared as strings by the conditional write: always the canonical form.
  importedAt: new Date(day.importedAt).toISOString(),
});
export const fromItem = (item: Record<string, unknown>): WearableDay => wearableDaySchema.parse(withoutStorageAttributes(item));

/**
 * The poller stores a provider's day (one Put keyed by day + provider, so re-importing is
 * idempotent). A write never replaces data fetched later (`importedAt`), so a slow, older poll
 * cannot win over a newer one. Returns 'ignored' in that case.
 */
export async function putWearableDay(ctx: TableContext, day: WearableDay): Promise<'written' | 'ignored'> {
  const item = toItem(day);
  try {
    await documentClient.send(
      new PutCommand({
        TableName: ctx.tableName,
        Item: item,
        ConditionExpression: 'attribute_not_exists(PK) OR #importedAt <= :importedAt',
        ExpressionAttributeNames: { '#importedAt': 'importedAt' },
        ExpressionAttributeValues: { ':importedAt': item.importedAt },
      }),
    );
    return 'written';
  } catch (error) {
    if (isConditionalCheckFailed(error)) return 'ignored';
    throw error;
  }
}

export async function getWearableDay(ctx: TableContext, userId: string, localDay: string, provider: string): Promise<WearableDay | null> {
  const result = await documentClient.send(new GetCommand({ TableName: ctx.tableName, Key: wearableDayKey(userId, localDay, provider) }));
  return result.Item ? fromItem(result.Item) : null;
}

/** Every provider's days within [fromDay, toDay] (readiness energy, wearable dashboards). One Query. */
export async function listWearableDays(ctx: TableContext, userId: string, fromDay: string, toDay: string): Promise<WearableDay[]> {
  const items = await queryAll(ctx, {
    KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to',
    ExpressionAttributeValues: { ':pk': userPartition(userId), ':from': `WDAY#${fromDay}#`, ':to': `WDAY#${toDay}#~` },
  });
  return items.map(fromItem);
}

/** Keys of one provider's days (disconnect). Day-first sort keys: a Query on `WDAY#` filtered by provider. */
export async function wearableDayKeysOf(ctx: TableContext, userId: string, provider: string): Promise<ItemKey[]> {
  const items = await queryAll(ctx, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
    FilterExpression: '#provider = :provider',
    ProjectionExpression: 'PK, SK',
    ExpressionAttributeNames: { '#provider': 'provider' },
    ExpressionAttributeValues: { ':pk': userPartition(userId), ':prefix': 'WDAY#', ':provider': provider },
  });
  return items as unknown as ItemKey[];
}
