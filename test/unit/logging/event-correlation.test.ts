import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Context, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { draftSession } from '../../support/sessions';

const context = (requestId: string) =>
  ({ awsRequestId: requestId, functionName: 'consumer', invokedFunctionArn: 'arn:aws:lambda:eu-west-1:1:function:consumer', memoryLimitInMB: '512', getRemainingTimeInMillis: () => 1000 }) as unknown as Context;

const streamRecord = (sequence: string, image: Record<string, { S: string } | { N: string }>): DynamoDBRecord => ({
  eventName: 'INSERT',
  dynamodb: { SequenceNumber: sequence, NewImage: image },
});

const lines: Record<string, unknown>[] = [];
const capture = () =>
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
    return true;
  });

let modules: {
  logging: typeof import('../../../shared/logging/logger');
  stream: typeof import('../../../shared/stream/ordered-stream-handler');
  sessions: typeof import('../../../shared/db/entities/training-session');
  enqueue: typeof import('../../../functions/enrichment/enqueue-enrichment');
};
const sqs = mockClient(SQSClient);

beforeAll(async () => {
  // As on Lambda: an on-demand sandbox (Powertools reports cold_start only then), INFO logs.
  vi.stubEnv('AWS_LAMBDA_INITIALIZATION_TYPE', 'on-demand');
  vi.stubEnv('POWERTOOLS_LOG_LEVEL', 'INFO');
  vi.stubEnv('QUEUE_URL_ENRICHMENT', 'http://localhost:9324/000000000000/enrichment');
  vi.resetModules();
  modules = {
    logging: await import('../../../shared/logging/logger'),
    stream: await import('../../../shared/stream/ordered-stream-handler'),
    sessions: await import('../../../shared/db/entities/training-session'),
    enqueue: await import('../../../functions/enrichment/enqueue-enrichment'),
  };
});

afterEach(() => {
  vi.restoreAllMocks();
  sqs.reset();
  lines.length = 0;
});

describe('correlation id from the API request to the workers', () => {
  it('is stored on the session item the request writes', () => {
    modules.logging.bindInvocation(context('api-req'), { correlationId: 'client-abc-1' });
    expect(modules.sessions.toItem(draftSession('user-1'))).toMatchObject({ correlationId: 'client-abc-1' });
    modules.logging.bindInvocation(context('api-req-2'));
    expect(modules.sessions.toItem(draftSession('user-1'))).not.toHaveProperty('correlationId');
  });

  it("binds a stream consumer's log lines to the invocation and to each record's correlation id", async () => {
    const handler = modules.stream.orderedStreamHandler('test-consumer', async (record) => {
      modules.logging.logger.info('handled', { sequence: record.dynamodb?.SequenceNumber });
    });
    const event: DynamoDBStreamEvent = {
      Records: [streamRecord('1', { entity: { S: 'trainingSession' }, correlationId: { S: 'req-from-api' } }), streamRecord('2', { entity: { S: 'trainingSession' } })],
    };
    capture();
    await handler(event, context('stream-invocation-1'));
    vi.restoreAllMocks();
    const handled = lines.filter((line) => line.message === 'handled');
    expect(handled[0]).toMatchObject({ sequence: '1', correlation_id: 'req-from-api', function_request_id: 'stream-invocation-1', cold_start: expect.any(Boolean) });
    // The next record has no correlation id: its line must not claim the previous record's.
    expect(handled[1]).toMatchObject({ sequence: '2', function_request_id: 'stream-invocation-1' });
    expect(handled[1]).not.toHaveProperty('correlation_id');
  });

  it('passes the correlation id from the stream record to the enrichment message, and logs with it', async () => {
    sqs.on(SendMessageBatchCommand).resolves({ Successful: [], Failed: [] });
    const event: DynamoDBStreamEvent = {
      Records: [
        streamRecord('7', { entity: { S: 'trainingSession' }, userId: { S: 'user-1' }, id: { S: 'session-1' }, enrichmentPriority: { N: '8' }, correlationId: { S: 'req-from-api' } }),
      ],
    };
    capture();
    await modules.enqueue.handler(event, context('enqueue-invocation'));
    vi.restoreAllMocks();
    const [call] = sqs.commandCalls(SendMessageBatchCommand);
    expect(call!.args[0].input.Entries![0]!.MessageAttributes).toEqual({
      priority: { DataType: 'Number', StringValue: '8' },
      correlationId: { DataType: 'String', StringValue: 'req-from-api' },
    });
    expect(lines.find((line) => line.message === 'queueing enrichment')).toMatchObject({ sessionId: 'session-1', correlation_id: 'req-from-api', function_request_id: 'enqueue-invocation' });
  });
});
