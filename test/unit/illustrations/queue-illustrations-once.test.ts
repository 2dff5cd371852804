import { DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { draftSession } from '../../support/sessions';

const dynamo = mockClient(DynamoDBDocumentClient);
let queueIllustrations: typeof import('../../../functions/illustrations/queue-illustrations');
let toItem: typeof import('../../../shared/db/entities/training-session').toItem;

beforeAll(async () => {
  vi.stubEnv('TABLE_NAME', 'usage-test');
  vi.stubEnv('CURSOR_SECRET', 'usage-test-cursor-secret-0123456789abcdef');
  vi.stubEnv('QUEUE_URL_ILLUSTRATIONS', 'http://127.0.0.1:9/queue/illustrations');
  vi.resetModules();
  queueIllustrations = await import('../../../functions/illustrations/queue-illustrations');
  ({ toItem } = await import('../../../shared/db/entities/training-session'));
});

afterEach(() => dynamo.reset());

const insertOf = (session: ReturnType<typeof draftSession>): DynamoDBStreamEvent => ({
  Records: [{ eventName: 'INSERT', dynamodb: { SequenceNumber: '100', NewImage: marshall(toItem(session), { removeUndefinedValues: true }) as never } }],
});

describe('queue-illustrations counts a session once', () => {
  it('a redelivered INSERT (the stream reader retrying a batch) adds no second use', async () => {
    const session = draftSession('user-1');
    const marks = new Map<string, Record<string, unknown>>();
    dynamo.on(GetCommand).callsFake((input) => (String(input.Key.SK).startsWith('ILLUSAGE#') ? { Item: marks.get(String(input.Key.SK)) } : {}));
    dynamo.on(PutCommand).callsFake((input) => {
      marks.set(String(input.Item.SK), input.Item);
      return {};
    });
    dynamo.on(UpdateCommand).resolves({ Attributes: { uses: 4 } });

    const event = insertOf(session);
    expect(await queueIllustrations.handler(event)).toEqual({ batchItemFailures: [] });
    expect(await queueIllustrations.handler(event)).toEqual({ batchItemFailures: [] });

    const additions = dynamo.commandCalls(UpdateCommand).filter((call) => call.args[0].input.UpdateExpression?.startsWith('ADD'));
    expect(additions).toHaveLength(1); // back-squat, the prescription's one exercise, counted by the first delivery only
    expect(additions[0]!.args[0].input.Key).toMatchObject({ PK: 'ILLUSTRATION#back-squat' });
    expect([...marks.values()]).toEqual([expect.objectContaining({ PK: 'USER#user-1', SK: `ILLUSAGE#${session.id}`, entity: 'illustrationUsage', expiresAt: expect.any(Number) })]);
  });

  it('a failure before the mark leaves the session uncounted-as-done, so the retry counts it', async () => {
    const session = draftSession('user-2');
    dynamo.on(GetCommand).resolves({});
    dynamo.on(UpdateCommand).rejectsOnce(new Error('throttled')).resolves({ Attributes: { uses: 1 } });
    dynamo.on(PutCommand).resolves({});

    expect(await queueIllustrations.handler(insertOf(session))).toEqual({ batchItemFailures: [{ itemIdentifier: '100' }] });
    expect(dynamo.commandCalls(PutCommand)).toHaveLength(0);
    expect(await queueIllustrations.handler(insertOf(session))).toEqual({ batchItemFailures: [] });
    expect(dynamo.commandCalls(PutCommand)).toHaveLength(1);
  });
});
