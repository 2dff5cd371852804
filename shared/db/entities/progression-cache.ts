import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import {
  expiryOf,
  PROGRESSION_TTL_SECONDS,
  progressionCacheEntrySchema,
  type ProgressionCacheEntry,
  type ProgressionPeriod,
} from '../../domain/insights/content';
import { documentClient } from '../client';
import { putWhileLeased } from '../lease';
import type { TableContext } from '../context';
import { isConditionalCheckFailed, withoutStorageAttributes } from '../item';
import { userPartition } from '../keys';
import { epochSeconds, expiresAtIso, isExpired, wholeSeconds } from '../ttl';

export const PROGRESSION_CACHE_ENTITY = 'progressionCache';
export const progressionCacheKey = (userId: string, period: ProgressionPeriod) => ({ PK: userPartition(userId), SK: `CACHE#progression#${period}` });

export const toItem = (entry: ProgressionCacheEntry): Record<string, unknown> => ({
  ...progressionCacheKey(entry.userId, entry.period),
  entity: PROGRESSION_CACHE_ENTITY,
  ...entry,
  expiresAt: epochSeconds(entry.expiresAt),
});

export const fromItem = (item: Record<string, unknown>): ProgressionCacheEntry =>
  progressionCacheEntrySchema.parse({ ...withoutStorageAttributes(item), expiresAt: expiresAtIso(item) });

/**
 * GET /training/progression, tier 2 (pattern #11): GetItem `CACHE#progression#<period>`. A miss
 * (null) when absent, expired (`expiresAt` ≤ now: DynamoDB deletes late, DynamoDB Local never),
 * or holding only a generation lease.
 */
export async function getProgressionCache(ctx: TableContext, userId: string, period: ProgressionPeriod, now = new Date()): Promise<ProgressionCacheEntry | null> {
  const result = await documentClient.send(new GetCommand({ TableName: ctx.tableName, Key: progressionCacheKey(userId, period) }));
  const item = result.Item;
  if (!item || item.content === undefined || isExpired(item, now)) return null;
  return fromItem(item);
}

/** Stores freshly generated content; expiresAt = generatedAt + 24 h unless given. Replaces any lease. The
 * TTL attribute holds whole seconds, so the returned expiresAt is truncated to the second. */
export async function putProgressionCache(
  ctx: TableContext,
  entry: Omit<ProgressionCacheEntry, 'expiresAt'> & { expiresAt?: string },
): Promise<ProgressionCacheEntry> {
  const full = progressionCacheEntrySchema.parse({ ...entry, expiresAt: wholeSeconds(entry.expiresAt ?? expiryOf(entry.generatedAt, PROGRESSION_TTL_SECONDS)) });
  await documentClient.send(new PutCommand({ TableName: ctx.tableName, Item: toItem(full) }));
  return full;
}

/**
 * Stores generated content only while the caller's generation lease (`leaseUntil`, as claimed) is
 * still on the item: null when it is gone (a completed session invalidated the cache meanwhile, so
 * the content may predate it) or another request took over an expired lease.
 */
export async function putProgressionCacheIfLeased(
  ctx: TableContext,
  entry: Omit<ProgressionCacheEntry, 'expiresAt'> & { expiresAt?: string },
  leaseUntil: number,
): Promise<ProgressionCacheEntry | null> {
  const full = progressionCacheEntrySchema.parse({ ...entry, expiresAt: wholeSeconds(entry.expiresAt ?? expiryOf(entry.generatedAt, PROGRESSION_TTL_SECONDS)) });
  return (await putWhileLeased(ctx, toItem(full), leaseUntil)) ? full : null;
}

/**
 * Concurrent misses generate once: claims the right to generate this period's content for
 * `leaseSeconds` (one conditional UpdateItem on the cache item). False while another request
 * holds an unexpired lease; the winner's put replaces the lease. Cached content is untouched.
 */
export async function claimProgressionGeneration(ctx: TableContext, userId: string, period: ProgressionPeriod, now = new Date(), leaseSeconds = 60): Promise<boolean> {
  const until = epochSeconds(now) + leaseSeconds;
  try {
    await documentClient.send(
      new UpdateCommand({
        TableName: ctx.tableName,
        Key: progressionCacheKey(userId, period),
        UpdateExpression: 'SET entity = :entity, userId = :userId, leaseUntil = :until, expiresAt = if_not_exists(expiresAt, :until)',
        ConditionExpression: 'attribute_not_exists(leaseUntil) OR leaseUntil <= :now',
        ExpressionAttributeValues: { ':entity': PROGRESSION_CACHE_ENTITY, ':userId': userId, ':until': until, ':now': epochSeconds(now) },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionalCheckFailed(error)) return false;
    throw error;
  }
}
