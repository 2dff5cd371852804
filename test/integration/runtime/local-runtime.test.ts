import { randomUUID } from 'node:crypto';
import { GetQueueAttributesCommand, ReceiveMessageCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import { GetCommand, PutCommand, QueryCommand, ScanCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { provisionQueues, provisionTable } from '../../../infra/local/provision';
import { startRuntime } from '../../../infra/local/runtime/runtime';
import { fixtureManifest } from '../../fixtures/runtime/manifest';
import { aws } from '../../support/stack';

/**
 * The local runtime proven on a fixture manifest with one of each kind of entry,
 * on its own table and queues so nothing else interferes.
 */
describe('local runtime (fixture manifest)', () => {
  const id = randomUUID().slice(0, 8);
  const tableName = `fixture-${id}`;
  let runtime: Awaited<ReturnType<typeof startRuntime>>;
  let queueUrls: Record<string, string>;
  let dlqUrls: Record<string, string>;
  const db = () => DynamoDBDocumentClient.from(aws().dynamodb);

  beforeAll(async () => {
    await provisionTable(aws().dynamodb, tableName);
    const queues = await provisionQueues(aws().sqs, `fixture-${id}`, fixtureManifest.queues);
    queueUrls = queues.queueUrls;
    dlqUrls = queues.dlqUrls;
    runtime = await startRuntime({
      manifest: fixtureManifest,
      endpoints: { ...inject('cloud'), tableName, ...queues },
      apiPort: 0,
      runSchedules: false,
      sweepTtl: false,
    });
  });

  afterAll(async () => {
    await runtime?.stop();
  });

  const waitFor = async <T>(probe: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await probe();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error('timed out waiting');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  it('routes HTTP to the handler with verified claims and path parameters', async () => {
    const { newUser } = await import('../../support/stack');
    const user = await newUser();
    const response = await fetch(`${runtime.apiUrl}/fixture/whoami/abc%20d`, { headers: { authorization: `Bearer ${user.token}` } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ sub: user.sub, id: 'abc d', routeKey: 'GET /fixture/whoami/{id}' });
    expect((await fetch(`${runtime.apiUrl}/fixture/whoami/x`)).status).toBe(401);
  });

  it('delivers only stream records that match the consumer filter', async () => {
    await db().send(new PutCommand({ TableName: tableName, Item: { PK: `wanted-${id}`, SK: 'a', entity: 'wanted' } }));
    await db().send(new PutCommand({ TableName: tableName, Item: { PK: `unwanted-${id}`, SK: 'a', entity: 'other' } }));
    const received = await waitFor(async () => {
      const result = await db().send(new QueryCommand({ TableName: tableName, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': `RECEIVED#wanted-${id}` } }));
      return result.Items?.length ? result.Items : undefined;
    });
    expect(received[0]).toMatchObject({ eventName: 'INSERT' });
    // The unwanted record was written before the wanted one was processed; give the poller one more pass.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const stray = await db().send(new GetCommand({ TableName: tableName, Key: { PK: `RECEIVED#unwanted-${id}`, SK: 'a' } }));
    expect(stray.Item).toBeUndefined();
    const all = await db().send(new ScanCommand({ TableName: tableName, FilterExpression: 'begins_with(PK, :p)', ExpressionAttributeValues: { ':p': 'RECEIVED#unwanted' } }));
    expect(all.Items).toEqual([]);
  });

  it('retries a partially failed stream batch until the record is processed', async () => {
    await db().send(new PutCommand({ TableName: tableName, Item: { PK: `flaky-${id}`, SK: 'a', entity: 'wanted', failOnce: true } }));
    const received = await waitFor(async () => {
      const result = await db().send(new QueryCommand({ TableName: tableName, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': `RECEIVED#flaky-${id}` } }));
      return result.Items?.length ? result.Items : undefined;
    });
    expect(received).toHaveLength(1);
    const marker = await db().send(new GetCommand({ TableName: tableName, Key: { PK: `FAILED#flaky-${id}`, SK: 'marker' } }));
    expect(marker.Item).toBeDefined();
  });

  it('moves a message that fails three times to the DLQ, with no fourth attempt', async () => {
    const body = `poison-${id}`;
    await aws().sqs.send(new SendMessageCommand({ QueueUrl: queueUrls['fixture-always-fails'], MessageBody: body }));
    const dlqMessage = await waitFor(async () => {
      const result = await aws().sqs.send(new ReceiveMessageCommand({ QueueUrl: dlqUrls['fixture-always-fails'], WaitTimeSeconds: 1, AttributeNames: ['All'] }));
      return result.Messages?.[0];
    }, 20_000);
    expect(dlqMessage.Body).toBe(body);
    // Longer than one more visibility timeout: a fourth attempt would show up here.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const attempts = await db().send(new GetCommand({ TableName: tableName, Key: { PK: `ATTEMPTS#${body}`, SK: 'count' } }));
    expect(attempts.Item?.attempts).toBe(3);
    const left = await aws().sqs.send(new GetQueueAttributesCommand({ QueueUrl: queueUrls['fixture-always-fails'], AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'] }));
    expect(Number(left.Attributes?.ApproximateNumberOfMessages)).toBe(0);
  });

  it('runs a scheduled job on demand with an EventBridge event', async () => {
    await runtime.runJob('fixture-tick');
    const ticks = await db().send(new QueryCommand({ TableName: tableName, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': 'TICK' } }));
    expect(ticks.Items?.[0]).toMatchObject({ entity: 'tick', source: 'aws.events' });
    expect(() => runtime.runJob('nope')).toThrow(/Unknown job/);
  });
});
