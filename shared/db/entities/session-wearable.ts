import { DeleteCommand, GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { sessionWearableSchema, type SessionWearable } from '../../domain/wearables/session-wearable';
import { documentClient } from '../client';
import type { TableContext } from '../context';
import { isConditionalCheckFailed, withoutStorageAttributes } from '../item';
import { sessionItemKeys } from '../keys';
import { sessionKey } from './training-session';

import { SESSION_WEARABLE_ENTITY } from '../entity-names';

export { SESSION_WEARABLE_ENTITY };
export const sessionWearableKey = (userId: string, sessionId: string) => sessionItemKeys(userId, sessionId).wearable;

export const toItem = (metrics: SessionWearable): Record<string, unknown> => ({
  ...sessionWearableKey(metrics.userId, metrics.sessionId),
  entity: SESSION_WEARABLE_ENTITY,
  ...metrics,
});

export const fromItem = (item: Record<string, unknown>): SessionWearable => sessionWearableSchema.parse(withoutStorageAttributes(item));

export type LinkResult = 'linked' | 'session_missing' | 'linked_to_other_workout';

/**
 * Wearable import: links a workout's metrics to a session (1:1). One transaction: the session
 * must exist, and the slot must be free or already hold this same workout (a re-import updates
 * it; another workout never replaces it).
 */
export async function putSessionWearable(ctx: TableContext, metrics: SessionWearable): Promise<LinkResult> {
  const valid = sessionWearableSchema.parse(metrics);
  try {
    await documentClient.send(
      new TransactWriteCommand({
        TransactItems: [
          { ConditionCheck: { TableName: ctx.tableName, Key: sessionKey(valid.userId, valid.sessionId), ConditionExpression: 'attribute_exists(PK)' } },
          {
            Put: {
              TableName: ctx.tableName,
              Item: toItem(valid),
              ConditionExpression: 'attribute_not_exists(PK) OR (provider = :provider AND externalId = :externalId)',
              ExpressionAttributeValues: { ':provider': valid.provider, ':externalId': valid.externalId },
            },
          },
        ],
      }),
    );
    return 'linked';
  } catch (error) {
    if ((error as Error).name !== 'TransactionCanceledException') throw error;
    const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? [];
    return reasons[0]?.Code === 'ConditionalCheckFailed' ? 'session_missing' : 'linked_to_other_workout';
  }
}

/** GET /training/sessions/{id}/wearable (pattern #10): GetItem `SESSION#<id>#WEARABLE`. */
export async function getSessionWearable(ctx: TableContext, userId: string, sessionId: string): Promise<SessionWearable | null> {
  const result = await documentClient.send(new GetCommand({ TableName: ctx.tableName, Key: sessionWearableKey(userId, sessionId) }));
  return result.Item ? fromItem(result.Item) : null;
}

/** Unlinks (e.g. the provider is disconnected): deletes the item only if it came from that provider. */
export async function deleteSessionWearable(ctx: TableContext, userId: string, sessionId: string, provider?: string): Promise<boolean> {
  try {
    await documentClient.send(
      new DeleteCommand({
        TableName: ctx.tableName,
        Key: sessionWearableKey(userId, sessionId),
        ConditionExpression: provider ? 'provider = :provider' : 'attribute_exists(PK)',
        ExpressionAttributeValues: provider ? { ':provider': provider } : undefined,
      }),
    );
    return true;
  } catch (error) {
    if (isConditionalCheckFailed(error)) return false;
    throw error;
  }
}
