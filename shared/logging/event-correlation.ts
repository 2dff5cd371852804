import type { DynamoDBRecord, SQSRecord } from 'aws-lambda';
import { currentCorrelationId } from './logger';

/**
 * How a request's correlation id travels on: as this attribute of the items it writes (so the
 * stream record has it) and as this SQS message attribute of the messages those records cause.
 */
export const CORRELATION_ATTRIBUTE = 'correlationId';

/** The correlation id of the write behind a stream record (the new image, else the old one). */
export function correlationOfStreamRecord(record: DynamoDBRecord): string | undefined {
  return record.dynamodb?.NewImage?.[CORRELATION_ATTRIBUTE]?.S ?? record.dynamodb?.OldImage?.[CORRELATION_ATTRIBUTE]?.S;
}

/** The correlation id an SQS message carries. */
export const correlationOfMessage = (record: SQSRecord): string | undefined => record.messageAttributes?.[CORRELATION_ATTRIBUTE]?.stringValue;

/** The message attribute that passes the bound correlation id on (none when nothing is bound). */
export function correlationMessageAttribute(correlationId = currentCorrelationId()): Record<string, { DataType: 'String'; StringValue: string }> {
  return correlationId ? { [CORRELATION_ATTRIBUTE]: { DataType: 'String', StringValue: correlationId } } : {};
}
