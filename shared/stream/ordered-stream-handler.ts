import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { correlationOfStreamRecord } from '../logging/event-correlation';
import { bindCorrelation, bindInvocation, logger } from '../logging/logger';

/** A record not attempted because an earlier record of the same batch failed. */
export class SkippedAfterFailureError extends Error {
  constructor() {
    super('not attempted: an earlier record of this batch failed and will be retried first');
    this.name = 'SkippedAfterFailureError';
  }
}

/**
 * A DynamoDB stream handler that keeps the shard's order: records are processed one after the
 * other (Powertools processes them in parallel by default), and once one fails the rest of the
 * batch is reported as failed without being attempted. The event source then retries from the
 * first failure, so a later record of an item (a REMOVE) is never applied before an earlier one.
 * Every record handler must be idempotent: records after the failure may have run already in an
 * earlier attempt (a crash), and the stream delivers at least once. The logger is bound to the
 * invocation (request id, cold start) and, per record, to the correlation id of the write behind it.
 */
export function orderedStreamHandler(name: string, handle: (record: DynamoDBRecord) => Promise<void>) {
  const processor = new BatchProcessor(EventType.DynamoDBStreams);
  return async (event: DynamoDBStreamEvent, context: Context) => {
    bindInvocation(context);
    let failed = false;
    const one = async (record: DynamoDBRecord) => {
      if (failed) throw new SkippedAfterFailureError();
      bindCorrelation(correlationOfStreamRecord(record));
      try {
        await handle(record);
      } catch (error) {
        failed = true;
        logger.warn(`${name}: record failed; it and the rest of the batch will be retried`, {
          sequenceNumber: record.dynamodb?.SequenceNumber,
          eventName: record.eventName,
          error: error as Error,
        });
        throw error;
      }
    };
    return processPartialResponse(event, one, processor, { context, processInParallel: false });
  };
}
