import { BatchWriteItemCommand, ScanCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { tableDefinition } from '../../../shared/db/table-definition';

/**
 * Dev only: DynamoDB Local never applies TTL, so this deletes expired items the way AWS would.
 * (A Scan is fine here: it is not a request path and never runs on AWS.)
 */
export async function sweepExpiredItems(dynamodb: DynamoDBClient, tableName: string, now = new Date()): Promise<number> {
  let deleted = 0;
  let startKey: Record<string, never> | undefined;
  do {
    const page = await dynamodb.send(
      new ScanCommand({
        TableName: tableName,
        FilterExpression: '#ttl < :now',
        ExpressionAttributeNames: { '#ttl': tableDefinition.ttlAttribute, '#pk': tableDefinition.partitionKey, '#sk': tableDefinition.sortKey },
        ExpressionAttributeValues: { ':now': { N: String(Math.floor(now.getTime() / 1000)) } },
        ProjectionExpression: '#pk, #sk',
        ExclusiveStartKey: startKey,
      }),
    );
    const keys = page.Items ?? [];
    for (let i = 0; i < keys.length; i += 25) {
      await dynamodb.send(
        new BatchWriteItemCommand({ RequestItems: { [tableName]: keys.slice(i, i + 25).map((Key) => ({ DeleteRequest: { Key } })) } }),
      );
    }
    deleted += keys.length;
    startKey = page.LastEvaluatedKey as Record<string, never> | undefined;
  } while (startKey);
  return deleted;
}

export function startTtlSweeper(dynamodb: DynamoDBClient, tableName: string, everyMs = 60_000, log: (line: string) => void = () => undefined) {
  const timer = setInterval(() => {
    sweepExpiredItems(dynamodb, tableName).then(
      (count) => count && log(`🧹 swept ${count} expired item(s)`),
      (error: Error) => log(`✗ TTL sweeper: ${error.message}`),
    );
  }, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
