import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from './client';
import type { TableContext } from './context';

/**
 * Whether an item is still in the table (strongly consistent, keys only). Stream consumers ask
 * before deriving something from an image: a record processed after its item was deleted (the
 * session, the activity, or the whole account) must not bring derived data back to life.
 */
export async function itemExists(ctx: TableContext, key: { PK: string; SK: string }): Promise<boolean> {
  const result = await documentClient.send(
    new GetCommand({ TableName: ctx.tableName, Key: key, ConsistentRead: true, ProjectionExpression: 'PK' }),
  );
  return result.Item !== undefined;
}
