import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { documentClient } from './client';
import type { TableContext } from './context';
import { decodeCursor, encodeCursor, type CursorScope } from './cursor';

export interface Page<T> {
  items: T[];
  nextCursor?: string;
}

type QueryParams = Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey' | 'Limit'>;

/** One Query → one page; the cursor is signed and bound to the caller and the query. */
export async function queryPage<T>(
  ctx: TableContext,
  params: QueryParams,
  options: { limit: number; cursor?: string; scope: CursorScope; parse: (item: Record<string, unknown>) => T },
): Promise<Page<T>> {
  const result = await documentClient.send(
    new QueryCommand({
      ...params,
      TableName: ctx.tableName,
      Limit: options.limit,
      ExclusiveStartKey: options.cursor ? decodeCursor(options.cursor, options.scope, ctx.cursorSecret) : undefined,
    }),
  );
  return {
    items: (result.Items ?? []).map(options.parse),
    nextCursor: result.LastEvaluatedKey ? encodeCursor(result.LastEvaluatedKey, options.scope, ctx.cursorSecret) : undefined,
  };
}

/** Every item of a Query, page after page (jobs, export, account deletion). */
export async function queryAll(ctx: TableContext, params: QueryParams): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const result = await documentClient.send(new QueryCommand({ ...params, TableName: ctx.tableName, ExclusiveStartKey: startKey }));
    items.push(...(result.Items ?? []));
    startKey = result.LastEvaluatedKey;
  } while (startKey);
  return items;
}
