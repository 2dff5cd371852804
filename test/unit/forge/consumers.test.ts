import type { Context, DynamoDBRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { activityFilters, completedSessionFilters, forgeConsumers } from '../../../infra/manifest/forge-consumers';
import { matchesAny } from '../../../shared/stream/filter-pattern';
import { orderedStreamHandler } from '../../../shared/stream/ordered-stream-handler';

const record = (eventName: string, newImage?: Record<string, unknown>, oldImage?: Record<string, unknown>) => ({
  eventName,
  dynamodb: { NewImage: newImage, OldImage: oldImage },
});
const session = (status: string) => ({ entity: { S: 'trainingSession' }, status: { S: status } });
const item = (entity: string) => ({ entity: { S: entity } });

describe('Forge stream filters (what each consumer receives)', () => {
  it('sync: completed sessions (new or edited) and the removal of completed ones, nothing else', () => {
    expect(matchesAny(completedSessionFilters, record('MODIFY', session('completed'), session('active')))).toBe(true);
    expect(matchesAny(completedSessionFilters, record('MODIFY', session('completed'), session('completed')))).toBe(true);
    expect(matchesAny(completedSessionFilters, record('INSERT', session('completed')))).toBe(true);
    expect(matchesAny(completedSessionFilters, record('REMOVE', undefined, session('completed')))).toBe(true);
    expect(matchesAny(completedSessionFilters, record('INSERT', session('draft')))).toBe(false);
    expect(matchesAny(completedSessionFilters, record('MODIFY', session('active'), session('draft')))).toBe(false);
    expect(matchesAny(completedSessionFilters, record('REMOVE', undefined, session('active')))).toBe(false);
    expect(matchesAny(completedSessionFilters, record('MODIFY', { ...item('activity'), status: { S: 'completed' } }))).toBe(false);
  });

  it('day totals: activity items of every source, never the forgeDay aggregates it writes (no loop)', () => {
    expect(matchesAny(activityFilters, record('INSERT', item('activity')))).toBe(true);
    expect(matchesAny(activityFilters, record('MODIFY', item('activity'), item('activity')))).toBe(true);
    expect(matchesAny(activityFilters, record('REMOVE', undefined, item('activity')))).toBe(true);
    expect(matchesAny(activityFilters, record('INSERT', item('forgeDay')))).toBe(false);
    expect(matchesAny(activityFilters, record('MODIFY', item('forgeDay'), item('forgeDay')))).toBe(false);
    expect(matchesAny(activityFilters, record('MODIFY', session('completed')))).toBe(false);
  });

  it('both consumers point at Forge handlers with bounded retries', () => {
    expect(forgeConsumers.map((c) => c.handler)).toEqual(['functions/forge/sync-training-sessions.ts', 'functions/forge/apply-activity-changes.ts']);
    for (const consumer of forgeConsumers) expect(consumer.maxRetries).toBeGreaterThan(0);
  });
});

describe('ordered stream handler', () => {
  const context = { awsRequestId: 't', getRemainingTimeInMillis: () => 10_000 } as unknown as Context;
  const event = (...ids: string[]) => ({ Records: ids.map((id) => ({ eventName: 'MODIFY', dynamodb: { SequenceNumber: id } }) as DynamoDBRecord) });

  it('processes records one at a time in stream order', async () => {
    const seen: string[] = [];
    let running = 0;
    const handler = orderedStreamHandler('test', async (r) => {
      running += 1;
      expect(running).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 5));
      seen.push(r.dynamodb!.SequenceNumber!);
      running -= 1;
    });
    expect(await handler(event('1', '2', '3'), context)).toEqual({ batchItemFailures: [] });
    expect(seen).toEqual(['1', '2', '3']);
  });

  it('after a failure, reports it and every later record without attempting them (retry resumes in order)', async () => {
    const seen: string[] = [];
    const handler = orderedStreamHandler('test', async (r) => {
      const id = r.dynamodb!.SequenceNumber!;
      if (id === '2') throw new Error('crash');
      seen.push(id);
    });
    expect(await handler(event('1', '2', '3', '4'), context)).toEqual({ batchItemFailures: [{ itemIdentifier: '2' }, { itemIdentifier: '3' }, { itemIdentifier: '4' }] });
    expect(seen).toEqual(['1']);
    // A whole-batch failure throws, so the event source retries (and bisects) the batch.
    await expect(handler(event('2', '3'), context)).rejects.toThrow();
    // The next invocation starts clean.
    expect(await handler(event('5'), context)).toEqual({ batchItemFailures: [] });
  });
});
