import { SendMessageBatchCommand } from '@aws-sdk/client-sqs';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { Context, DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { sqsClient } from '../../shared/aws/sqs';
import { envVar, readEnv } from '../../shared/config/env';
import { correlationMessageAttribute, correlationOfStreamRecord } from '../../shared/logging/event-correlation';
import { bindCorrelation, bindInvocation, logger } from '../../shared/logging/logger';

const env = readEnv({ QUEUE_URL_ENRICHMENT: envVar.queueUrl });

/**
 * Stream INSERT of a fast session → one enrichment message. A duplicate message is harmless:
 * the worker skips sessions that are no longer waiting. Each message carries the correlation id
 * of the request that created the session.
 */
export const handler = async (event: DynamoDBStreamEvent, context?: Context): Promise<DynamoDBBatchResponse> => {
  bindInvocation(context);
  const entries = event.Records.map((record) => {
    const session = unmarshall(record.dynamodb!.NewImage as Record<string, AttributeValue>);
    const correlationId = correlationOfStreamRecord(record);
    bindCorrelation(correlationId);
    logger.info('queueing enrichment', { sessionId: session.id, priority: session.enrichmentPriority });
    return {
      Id: record.dynamodb!.SequenceNumber!,
      MessageBody: JSON.stringify({ userId: session.userId, sessionId: session.id }),
      MessageAttributes: { priority: { DataType: 'Number', StringValue: String(session.enrichmentPriority ?? 5) }, ...correlationMessageAttribute(correlationId) },
    };
  });
  bindCorrelation(undefined);
  const failures: { itemIdentifier: string }[] = [];
  for (let i = 0; i < entries.length; i += 10) {
    const result = await sqsClient.send(new SendMessageBatchCommand({ QueueUrl: env.QUEUE_URL_ENRICHMENT, Entries: entries.slice(i, i + 10) }));
    for (const failed of result.Failed ?? []) failures.push({ itemIdentifier: failed.Id! });
  }
  return { batchItemFailures: failures };
};
