import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../client';
import type { TableContext } from '../context';
import { userPartition } from '../keys';
import { epochSeconds, isExpired, TTL_ATTRIBUTE } from '../ttl';

export const ILLUSTRATION_USAGE_ENTITY = 'illustrationUsage';

/**
 * "This session's illustrations were counted as used": written after the stream consumer counted
 * them, read before it counts, so a redelivered INSERT (a sibling consumer of the same stream
 * reader failed, the batch is retried) does not count them twice. Under the user's partition:
 * an erased account takes its marks along; TTL removes them once no redelivery can come (stream
 * records live 24 h).
 */
const MARK_TTL_SECONDS = 48 * 3600;

export const illustrationUsageKey = (userId: string, sessionId: string) => ({ PK: userPartition(userId), SK: `ILLUSAGE#${sessionId}` });

export async function illustrationUsageCounted(ctx: TableContext, userId: string, sessionId: string, now = new Date()): Promise<boolean> {
  const result = await documentClient.send(new GetCommand({ TableName: ctx.tableName, Key: illustrationUsageKey(userId, sessionId), ConsistentRead: true }));
  return Boolean(result.Item && !isExpired(result.Item, now));
}

export async function markIllustrationUsageCounted(ctx: TableContext, userId: string, sessionId: string, now = new Date()): Promise<void> {
  await documentClient.send(
    new PutCommand({
      TableName: ctx.tableName,
      Item: {
        ...illustrationUsageKey(userId, sessionId),
        entity: ILLUSTRATION_USAGE_ENTITY,
        userId,
        sessionId,
        countedAt: now.toISOString(),
        [TTL_ATTRIBUTE]: epochSeconds(now) + MARK_TTL_SECONDS,
      },
    }),
  );
}
