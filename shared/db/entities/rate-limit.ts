import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { fixedWindow, retryAfterSeconds, windowCounterName, type RateDecision } from '../../domain/limits/rate-limit';
import { documentClient } from '../client';
import type { TableContext } from '../context';
import { isConditionalCheckFailed } from '../item';
import { userPartition } from '../keys';

export const RATE_LIMIT_ENTITY = 'rateLimit';

/**
 * Counters of earlier windows removed by each update. A window's counter is dead once it ends; an
 * item idle for a whole window is left to TTL, so only counters of windows further back than
 * this could linger on an item that is never idle long enough to be deleted (harmless, tiny).
 */
const LOOKBACK_WINDOWS = 24;

/** Actions are short slugs (`insightsRefresh`, `progressionRefresh:week`). */
const ACTION_PATTERN = /^[A-Za-z0-9:_-]{1,64}$/;

export const rateLimitKey = (userId: string, action: string) => ({ PK: userPartition(userId), SK: `RATE#${action}` });

/**
 * Fixed-window counter (pattern #22), one conditional UpdateItem on `RATE#<action>`: the window's
 * own counter attribute (`n<windowStart>`) is incremented only while it is below `limit`, and the
 * previous windows' counters are removed in the same update, so a new window starts from 0 without
 * a read. The TTL (`expiresAt`) is the window end. A refused request does not count.
 */
export async function consume(ctx: TableContext, userId: string, action: string, limit: number, windowSeconds: number, now = new Date()): Promise<RateDecision> {
  if (!ACTION_PATTERN.test(action)) throw new RangeError(`invalid rate-limit action "${action}"`);
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError('limit must be a positive integer');
  const window = fixedWindow(now, windowSeconds);
  const previous = Array.from({ length: LOOKBACK_WINDOWS }, (_, i) => windowCounterName(window.start - (i + 1) * windowSeconds));
  const previousNames = Object.fromEntries(previous.map((name, i) => [`#p${i}`, name]));
  try {
    const result = await documentClient.send(
      new UpdateCommand({
        TableName: ctx.tableName,
        Key: rateLimitKey(userId, action),
        UpdateExpression:
          'SET #count = if_not_exists(#count, :zero) + :one, entity = :entity, userId = :userId, #action = :action, windowStart = :start, windowSeconds = :seconds, #limit = :limit, expiresAt = :end ' +
          `REMOVE ${Object.keys(previousNames).join(', ')}`,
        ConditionExpression: 'attribute_not_exists(#count) OR #count < :limit',
        ExpressionAttributeNames: { '#count': windowCounterName(window.start), '#action': 'action', '#limit': 'limit', ...previousNames },
        ExpressionAttributeValues: {
          ':zero': 0,
          ':one': 1,
          ':limit': limit,
          ':entity': RATE_LIMIT_ENTITY,
          ':userId': userId,
          ':action': action,
          ':start': window.start,
          ':seconds': windowSeconds,
          ':end': window.end,
        },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    const count = Number(result.Attributes?.[windowCounterName(window.start)] ?? limit);
    return { allowed: true, retryAfterSeconds: 0, remaining: Math.max(0, limit - count) };
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
    return { allowed: false, retryAfterSeconds: retryAfterSeconds(now, window), remaining: 0 };
  }
}
