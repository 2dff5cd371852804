import { marshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { Context, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { expect } from 'vitest';
import type { TestUser } from '../../support/stack';
import { eventually } from '../../support/wait';

export const legDay = {
  coach: 'force',
  discipline: 'strength',
  title: 'Legs',
  exercises: [{ exerciseId: 'back-squat', sets: [{ reps: 5, loadKg: 100 }, { reps: 5, loadKg: 100 }] }],
};

/** A session run through the Training routes: create (custom) → start → log a set → complete. */
export async function completeSessionOverHttp(user: TestUser, complete: Record<string, unknown> = { rpeAvg: 8, durationActualMin: 50 }, beforeComplete?: (sessionId: string) => Promise<void>) {
  const created = await user.call('POST', '/training/sessions', { body: legDay });
  expect(created.status).toBe(201);
  const id = created.body.id as string;
  expect((await user.call('POST', `/training/sessions/${id}/start`)).status).toBe(200);
  expect((await user.call('POST', `/training/sessions/${id}/sets`, { body: { id: 'set-1', exerciseIndex: 0, setIndex: 0, reps: 5, loadKg: 100, rpe: 8 } })).status).toBe(201);
  if (beforeComplete) await beforeComplete(id);
  // A 409 says the session changed meanwhile (enrichment runs concurrently): reload and retry, as a client does.
  for (let attempt = 1; ; attempt++) {
    const completed = await user.call('POST', `/training/sessions/${id}/complete`, { body: complete });
    if (completed.status === 409 && completed.body.currentStatus === undefined && attempt < 5) continue;
    expect(completed.status).toBe(200);
    return completed.body;
  }
}

/** GET /forge/day once the day's totals satisfy `ready` (the aggregate follows the activities through the stream). */
export async function forgeDayWhen(user: TestUser, date: string | undefined, ready: (body: any) => boolean, what = 'forge day') {
  return eventually(async () => {
    const response = await user.call('GET', `/forge/day${date ? `?date=${date}` : ''}`);
    expect(response.status).toBe(200);
    return ready(response.body) ? response.body : undefined;
    // The stream consumers may lag behind under a full parallel run on 2 cores.
  }, 20_000, what);
}

/** True when the day summary counts exactly the activities it lists (the stream has caught up). */
export const settled = (body: any) =>
  body.summary.count === body.activities.length &&
  Math.abs(body.summary.calories - body.activities.reduce((sum: number, a: any) => sum + (a.calories ?? 0), 0)) < 0.05 &&
  Math.abs(body.summary.minutes - body.activities.reduce((sum: number, a: any) => sum + a.durationMin, 0)) < 0.05;

let sequence = 10_000_000;

/** A stream record as Lambda receives it, from the stored item shape (a recorded image). */
export function streamRecord(eventName: 'INSERT' | 'MODIFY' | 'REMOVE', images: { newItem?: Record<string, unknown>; oldItem?: Record<string, unknown> }): DynamoDBRecord {
  const image = (item: Record<string, unknown> | undefined) => (item ? (marshall(item, { removeUndefinedValues: true }) as Record<string, AttributeValue>) : undefined);
  const any = (images.newItem ?? images.oldItem)!;
  return {
    eventID: `test-${sequence}`,
    eventName,
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: 'eu-west-3',
    dynamodb: {
      Keys: image({ PK: any.PK, SK: any.SK }) as never,
      NewImage: image(images.newItem) as never,
      OldImage: image(images.oldItem) as never,
      SequenceNumber: String(sequence++).padStart(21, '0'),
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    },
  };
}

export const streamEvent = (...records: DynamoDBRecord[]): DynamoDBStreamEvent => ({ Records: records });

export const lambdaContext = { functionName: 'test', awsRequestId: 'test', getRemainingTimeInMillis: () => 60_000 } as unknown as Context;

/** The records the event source mapping retries after a partial failure: from the first reported one on. */
export function retryFrom(event: DynamoDBStreamEvent, result: { batchItemFailures: { itemIdentifier: string }[] }): DynamoDBStreamEvent {
  const failed = new Set(result.batchItemFailures.map((f) => f.itemIdentifier));
  const first = event.Records.findIndex((r) => failed.has(r.dynamodb!.SequenceNumber!));
  return { Records: first < 0 ? [] : event.Records.slice(first) };
}
