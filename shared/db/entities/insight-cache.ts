import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { expiryOf, INSIGHTS_TTL_SECONDS, insightsCacheEntrySchema, progressionPeriods, type InsightsCacheEntry } from '../../domain/insights/content';
import { documentClient } from '../client';
import { putWhileLeased } from '../lease';
import type { TableContext } from '../context';
import { isConditionalCheckFailed, withoutStorageAttributes } from '../item';
import { userPartition } from '../keys';
import { epochSeconds, expiresAtIso, isExpired, wholeSeconds } from '../ttl';
import { progressionCacheKey } from './progression-cache';

export const INSIGHT_CACHE_ENTITY = 'insightCache';
export const insightCacheKey = (userId: string) => ({ PK: userPartition(userId), SK: 'CACHE#insights' });

export const toItem = (entry: InsightsCacheEntry): Record<string, unknown> => ({
  ...insightCacheKey(entry.userId),
  entity: INSIGHT_CACHE_ENTITY,
  ...entry,
  expiresAt: epochSeconds(entry.expiresAt),
});

export const fromItem = (item: Record<string, unknown>): InsightsCacheEntry =>
  insightsCacheEntrySchema.parse({ ...withoutStorageAttributes(item), expiresAt: expiresAtIso(item) });

/**
 * GET /training/insights, tier 2 (pattern #11): GetItem `CACHE#insights`. A miss (null) when
 * absent, expired (`expiresAt` ≤ now: DynamoDB deletes late, DynamoDB Local never), or holding
 * only a generation lease.
 */
export async function getInsightCache(ctx: TableContext, userId: string, now = new Date()): Promise<InsightsCacheEntry | null> {
  const result = await documentClient.send(new GetCommand({ TableName: ctx.tableName, Key: insightCacheKey(userId) }));
  const item = result.Item;
  if (!item || item.content === undefined || isExpired(item, now)) return null;
  return fromItem(item);
}

/** Stores freshly generated content; expiresAt = generatedAt + 7 days unless given. Replaces any lease. The
 * TTL attribute holds whole seconds, so the returned expiresAt is truncated to the second. */
export async function putInsightCache(ctx: TableContext, entry: Omit<InsightsCacheEntry, 'expiresAt'> & { expiresAt?: string }): Promise<InsightsCacheEntry> {
  const full = insightsCacheEntrySchema.parse({ ...entry, expiresAt: wholeSeconds(entry.expiresAt ?? expiryOf(entry.generatedAt, INSIGHTS_TTL_SECONDS)) });
  await documentClient.send(new PutCommand({ TableName: ctx.tableName, Item: toItem(full) }));
  return full;
}

/**
 * Stores generated content only while the caller's generation lease (`leaseUntil`, as claimed) is
 * still on the item: null when it is gone (a completed session invalidated the cache meanwhile, so
 * the content may predate it) or another request took over an expired lease.
 */
export async function putInsightCacheIfLeased(
  ctx: TableContext,
  entry: Omit<InsightsCacheEntry, 'expiresAt'> & { expiresAt?: string },
  leaseUntil: number,
): Promise<InsightsCacheEntry | null> {
  const full = insightsCacheEntrySchema.parse({ ...entry, expiresAt: wholeSeconds(entry.expiresAt ?? expiryOf(entry.generatedAt, INSIGHTS_TTL_SECONDS)) });
  return (await putWhileLeased(ctx, toItem(full), leaseUntil)) ? full : null;
}

/**
 * Concurrent misses generate once: claims the right to generate the insights for `leaseSeconds`
 * (one conditional UpdateItem on the cache item). False while another request holds an
 * unexpired lease; the winner's put replaces the lease. Cached content is untouched.
 */
export async function claimInsightGeneration(ctx: TableContext, userId: string, now = new Date(), leaseSeconds = 60): Promise<boolean> {
  const until = epochSeconds(now) + leaseSeconds;
  try {
    await documentClient.send(
      new UpdateCommand({
        TableName: ctx.tableName,
        Key: insightCacheKey(userId),
        UpdateExpression: 'SET entity = :entity, userId = :userId, leaseUntil = :until, expiresAt = if_not_exists(expiresAt, :until)',
        ConditionExpression: 'attribute_not_exists(leaseUntil) OR leaseUntil <= :now',
        ExpressionAttributeValues: { ':entity': INSIGHT_CACHE_ENTITY, ':userId': userId, ':until': until, ':now': epochSeconds(now) },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionalCheckFailed(error)) return false;
    throw error;
  }
}

/**
 * A session completed: marks the insights and the three progression caches of the user stale (one
 * conditional UpdateItem each, in parallel; absent items stay absent), keeping the earliest mark.
 * The next read answers them as stale or regenerates them (shared/domain/insights/staleness.ts). Any
 * generation lease is dropped, so content generated from the sessions before this one is not stored.
 */
export async function invalidateTrainingInsights(ctx: TableContext, userId: string, now = new Date()): Promise<void> {
  const keys = [insightCacheKey(userId), ...progressionPeriods.map((period) => progressionCacheKey(userId, period))];
  await Promise.all(
    keys.map(async (Key) => {
      try {
        await documentClient.send(
          new UpdateCommand({
            TableName: ctx.tableName,
            Key,
            UpdateExpression: 'SET staleSince = if_not_exists(staleSince, :now) REMOVE leaseUntil',
            ConditionExpression: 'attribute_exists(PK)',
            ExpressionAttributeValues: { ':now': now.toISOString() },
          }),
        );
      } catch (error) {
        if (!isConditionalCheckFailed(error)) throw error;
      }
    }),
  );
}
