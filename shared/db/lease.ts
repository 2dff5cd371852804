import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from './client';
import type { TableContext } from './context';
import { isConditionalCheckFailed } from './item';

/**
 * Writes `item` only while the generation lease the caller claimed (`leaseUntil`) is still on the
 * stored item: false when it is gone (invalidated meanwhile) or another request took over an
 * expired lease. Used by the caches whose concurrent misses generate once.
 */
export async function putWhileLeased(ctx: TableContext, item: Record<string, unknown>, leaseUntil: number): Promise<boolean> {
  try {
    await documentClient.send(
      new PutCommand({ TableName: ctx.tableName, Item: item, ConditionExpression: 'leaseUntil = :lease', ExpressionAttributeValues: { ':lease': leaseUntil } }),
    );
    return true;
  } catch (error) {
    if (isConditionalCheckFailed(error)) return false;
    throw error;
  }
}
