import { SendMessageBatchCommand } from '@aws-sdk/client-sqs';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { sqsClient } from '../../shared/aws/sqs';
import { envVar, readEnv } from '../../shared/config/env';

const env = readEnv({ QUEUE_URL_ENRICHMENT: envVar.queueUrl });

/**
 * Stream INSERT of a fast session → one enrichment message. A duplicate message is harmless:
 * the worker skips sessions that are no longer waiting.
 */
export const handler = async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
  const entries = event.Records.map((record) => {
    const session = unmarshall(record.dynamodb!.NewImage as Record<string, AttributeValue>);
    return {
      Id: record.dynamodb!.SequenceNumber!,
      MessageBody: JSON.stringify({ userId: session.userId, sessionId: session.id }),
      MessageAttributes: { priority: { DataType: 'Number', StringValue: String(session.enrichmentPriority ?? 5) } },
    };
  });
  const failures: { itemIdentifier: string }[] = [];
  for (let i = 0; i < entries.length; i += 10) {
    const result = await sqsClient.send(new SendMessageBatchCommand({ QueueUrl: env.QUEUE_URL_ENRICHMENT, Entries: entries.slice(i, i + 10) }));
    for (const failed of result.Failed ?? []) failures.push({ itemIdentifier: failed.Id! });
  }
  return { batchItemFailures: failures };
};
