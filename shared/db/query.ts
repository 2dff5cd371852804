import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { documentClient } from './client';
import type { TableContext } from './context';
import { decodeCursor, encodeCursor, type CursorScope } from './cursor';
import { tableDefinition } from './table-definition';

export interface Page<T> {
  items: T[];
  nextCursor?: string;
}

type QueryParams = Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey' | 'Limit'>;

/** The key attributes DynamoDB needs to resume a Query right after `item` (table keys, plus the index's). */
function resumeKey(item: Record<string, unknown>, indexName: string | undefined): Record<string, unknown> {
  const index = tableDefinition.indexes.find((candidate) => candidate.name === indexName);
  const names: string[] = [tableDefinition.partitionKey, tableDefinition.sortKey, ...(index ? [index.partitionKey, index.sortKey] : [])];
  return Object.fromEntries(names.filter((name) => item[name] !== undefined).map((name) => [name, item[name]]));
}

/** Reads per page at most: a very selective filter may end a page short, with a cursor that still leads on. */
const MAX_READS_PER_PAGE = 8;

/**
 * One page of `limit` items; the cursor is signed and bound to the caller and the query.
 * A cursor is only returned when at least one more item matches (one item beyond the page is
 * read), so "load more" never leads to an empty page; with a FilterExpression, reads continue
 * until the page is full or the range ends (DynamoDB applies Limit before the filter).
 */
export async function queryPage<T>(
  ctx: TableContext,
  params: QueryParams,
  options: { limit: number; cursor?: string; scope: CursorScope; parse: (item: Record<string, unknown>) => T },
): Promise<Page<T>> {
  const filtered = params.FilterExpression !== undefined;
  const found: Record<string, unknown>[] = [];
  let startKey = options.cursor ? decodeCursor(options.cursor, options.scope, ctx.cursorSecret) : undefined;
  let reads = 0;
  do {
    const wanted = options.limit + 1 - found.length;
    const result = await documentClient.send(
      new QueryCommand({
        ...params,
        TableName: ctx.tableName,
        Limit: filtered ? Math.max(50, 4 * wanted) : wanted,
        ExclusiveStartKey: startKey,
      }),
    );
    found.push(...(result.Items ?? []));
    startKey = result.LastEvaluatedKey;
    reads++;
  } while (found.length <= options.limit && startKey && reads < MAX_READS_PER_PAGE);
  const items = found.slice(0, options.limit);
  const last = items.at(-1);
  const resumeAt = found.length > options.limit && last ? resumeKey(last, params.IndexName) : startKey;
  return {
    items: items.map(options.parse),
    nextCursor: resumeAt ? encodeCursor(resumeAt, options.scope, ctx.cursorSecret) : undefined,
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
