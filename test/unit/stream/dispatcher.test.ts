import type { Context, DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { streamDispatcher, type StreamMember } from '../../../shared/stream/dispatcher';
import { orderedStreamHandler } from '../../../shared/stream/ordered-stream-handler';

const context = { awsRequestId: 'req-1', functionName: 'reader', getRemainingTimeInMillis: () => 10_000 } as unknown as Context;

/** A record of an item of `entity`, with sequence number `seq`. */
const record = (seq: string, entity: string): DynamoDBRecord => ({
  eventName: 'INSERT',
  dynamodb: { SequenceNumber: seq, NewImage: { entity: { S: entity } } },
});
const batch = (...records: DynamoDBRecord[]): DynamoDBStreamEvent => ({ Records: records });
const ofEntity = (entity: string) => [{ dynamodb: { NewImage: { entity: { S: [entity] } } } }];
const seqs = (event: DynamoDBStreamEvent) => event.Records.map((r) => r.dynamodb!.SequenceNumber!);

/** A member handler that records each call's sequence numbers and answers `answer(call)`. */
function recorder(answer: (event: DynamoDBStreamEvent) => DynamoDBBatchResponse | Promise<DynamoDBBatchResponse> = () => ({ batchItemFailures: [] })) {
  const calls: string[][] = [];
  const names: string[] = [];
  return {
    calls,
    names,
    module: async () => ({
      handler: async (event: DynamoDBStreamEvent, ctx: Context) => {
        calls.push(seqs(event));
        names.push(ctx.functionName);
        return answer(event);
      },
    }),
  };
}

describe('stream dispatcher (one reader, several consumers)', () => {
  it('hands each member only the records its filters match, in stream order, in calls of at most its batch size', async () => {
    const sessions = recorder();
    const activities = recorder();
    const members: StreamMember[] = [
      { name: 'sessions', filters: ofEntity('session'), batchSize: 2 },
      { name: 'activities', filters: ofEntity('activity'), batchSize: 10 },
    ];
    const dispatch = streamDispatcher(members, { sessions: sessions.module, activities: activities.module });
    const result = await dispatch(batch(record('1', 'session'), record('2', 'activity'), record('3', 'session'), record('4', 'goal'), record('5', 'session'), record('6', 'activity')), context);
    expect(result).toEqual({ batchItemFailures: [] });
    expect(sessions.calls).toEqual([['1', '3'], ['5']]);
    expect(activities.calls).toEqual([['2', '6']]);
    // Each member runs under its own function name (its log lines), inside the reader's invocation.
    expect([...sessions.names, ...activities.names]).toEqual(['sessions', 'sessions', 'activities']);
  });

  it('imports a member only once it has a record, and only once', async () => {
    let imports = 0;
    const dispatch = streamDispatcher([{ name: 'lazy', filters: ofEntity('session'), batchSize: 5 }], {
      lazy: async () => {
        imports += 1;
        return { handler: async () => ({ batchItemFailures: [] }) };
      },
    });
    await dispatch(batch(record('1', 'goal')), context);
    expect(imports).toBe(0);
    await dispatch(batch(record('2', 'session')), context);
    await dispatch(batch(record('3', 'session')), context);
    expect(imports).toBe(1);
  });

  it('reports the earliest failure of all members, and every member still processes its whole share', async () => {
    const early = recorder((event) => ({ batchItemFailures: seqs(event).includes('5') ? [{ itemIdentifier: '5' }] : [] }));
    const late = recorder((event) => ({ batchItemFailures: seqs(event).includes('2') ? [{ itemIdentifier: '2' }, { itemIdentifier: '4' }] : [] }));
    const dispatch = streamDispatcher(
      [
        { name: 'early', filters: ofEntity('a'), batchSize: 10 },
        { name: 'late', filters: ofEntity('b'), batchSize: 10 },
      ],
      { early: early.module, late: late.module },
    );
    const result = await dispatch(batch(record('1', 'a'), record('2', 'b'), record('3', 'a'), record('4', 'b'), record('5', 'a')), context);
    expect(result).toEqual({ batchItemFailures: [{ itemIdentifier: '2' }] });
    expect(early.calls).toEqual([['1', '3', '5']]);
    expect(late.calls).toEqual([['2', '4']]);
  });

  it('stops a member at its first failing call: its later records are not attempted (the retry resumes in order)', async () => {
    const member = recorder((event) => ({ batchItemFailures: seqs(event).includes('3') ? [{ itemIdentifier: '3' }] : [] }));
    const dispatch = streamDispatcher([{ name: 'm', filters: ofEntity('a'), batchSize: 2 }], { m: member.module });
    const result = await dispatch(batch(record('1', 'a'), record('2', 'a'), record('3', 'a'), record('4', 'a'), record('5', 'a'), record('6', 'a')), context);
    expect(member.calls).toEqual([['1', '2'], ['3', '4']]);
    expect(result).toEqual({ batchItemFailures: [{ itemIdentifier: '3' }] });
  });

  it('a member that throws fails from the first record of that call; the others are unaffected', async () => {
    const ok = recorder();
    const dispatch = streamDispatcher(
      [
        { name: 'throws', filters: ofEntity('a'), batchSize: 1 },
        { name: 'ok', filters: ofEntity('b'), batchSize: 10 },
      ],
      {
        throws: async () => ({
          handler: async (event: DynamoDBStreamEvent) => {
            if (seqs(event).includes('3')) throw new Error('DynamoDB is down');
            return { batchItemFailures: [] };
          },
        }),
        ok: ok.module,
      },
    );
    const result = await dispatch(batch(record('1', 'a'), record('2', 'b'), record('3', 'a'), record('4', 'b')), context);
    expect(result).toEqual({ batchItemFailures: [{ itemIdentifier: '3' }] });
    expect(ok.calls).toEqual([['2', '4']]);
  });

  it('a failure naming no record of the call fails the whole call, as Lambda does', async () => {
    const member = recorder(() => ({ batchItemFailures: [{ itemIdentifier: '' }] }));
    const dispatch = streamDispatcher([{ name: 'm', filters: ofEntity('a'), batchSize: 10 }], { m: member.module });
    expect(await dispatch(batch(record('7', 'b'), record('8', 'a'), record('9', 'a')), context)).toEqual({ batchItemFailures: [{ itemIdentifier: '8' }] });
  });

  it('keeps an ordered member’s semantics: a whole failed call (Powertools throws) resumes at its first record', async () => {
    const seen: string[] = [];
    const ordered = orderedStreamHandler('ordered', async (r) => {
      if (r.dynamodb!.SequenceNumber === '2') throw new Error('crash');
      seen.push(r.dynamodb!.SequenceNumber!);
    });
    const dispatch = streamDispatcher([{ name: 'ordered', filters: ofEntity('a'), batchSize: 1 }], { ordered: async () => ({ handler: ordered }) });
    expect(await dispatch(batch(record('1', 'a'), record('2', 'a'), record('3', 'a')), context)).toEqual({ batchItemFailures: [{ itemIdentifier: '2' }] });
    expect(seen).toEqual(['1']);
  });

  it('a module that fails to load fails its records and is imported again at the next batch', async () => {
    let attempts = 0;
    const dispatch = streamDispatcher([{ name: 'm', filters: ofEntity('a'), batchSize: 10 }], {
      m: async () => {
        attempts += 1;
        if (attempts === 1) throw new Error('chunk missing');
        return { handler: async () => ({ batchItemFailures: [] }) };
      },
    });
    expect(await dispatch(batch(record('1', 'a')), context)).toEqual({ batchItemFailures: [{ itemIdentifier: '1' }] });
    expect(await dispatch(batch(record('1', 'a')), context)).toEqual({ batchItemFailures: [] });
    expect(attempts).toBe(2);
  });

  it('refuses loaders that do not match its members', () => {
    const noop = async () => ({ handler: async () => undefined });
    expect(() => streamDispatcher([{ name: 'a', filters: [], batchSize: 1 }], { b: noop })).toThrow(/no loader for "a".*"b" is not a member/);
  });
});
