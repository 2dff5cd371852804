import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { documentClient } from '../../../shared/db/client';
import { consume, rateLimitKey } from '../../../shared/db/entities/rate-limit';
import { commandsOf, repositoryTableContext, uniqueUserId } from '../../support/db';

const ctx = repositoryTableContext;
// Future instants: the local TTL sweeper only removes counters whose window has ended.
const at = (iso: string) => new Date(iso);

describe('rate limit (fixed window)', () => {
  it('1 refresh per hour: the second is refused with Retry-After until the window ends', async () => {
    const userId = uniqueUserId();
    expect(await consume(ctx(), userId, 'insightsRefresh', 1, 3600, at('2027-05-01T10:15:00.000Z'))).toEqual({ allowed: true, retryAfterSeconds: 0, remaining: 0 });
    expect(await consume(ctx(), userId, 'insightsRefresh', 1, 3600, at('2027-05-01T10:15:01.000Z'))).toEqual({ allowed: false, retryAfterSeconds: 2699, remaining: 0 });
    expect(await consume(ctx(), userId, 'insightsRefresh', 1, 3600, at('2027-05-01T10:59:59.500Z'))).toMatchObject({ allowed: false, retryAfterSeconds: 1 });
    expect(await consume(ctx(), userId, 'insightsRefresh', 1, 3600, at('2027-05-01T11:00:00.000Z'))).toMatchObject({ allowed: true });
  });

  it('counts up to the limit within a window, refused requests do not count, a new window starts at 0', async () => {
    const userId = uniqueUserId();
    const t = at('2027-05-01T12:00:10.000Z');
    const decisions = [];
    for (let i = 0; i < 4; i++) decisions.push(await consume(ctx(), userId, 'export', 3, 60, t));
    expect(decisions.map((d) => [d.allowed, d.remaining])).toEqual([[true, 2], [true, 1], [true, 0], [false, 0]]);
    expect(decisions[3]!.retryAfterSeconds).toBe(50);
    expect(await consume(ctx(), userId, 'export', 3, 60, at('2027-05-01T12:01:00.000Z'))).toMatchObject({ allowed: true, remaining: 2 });
    // The previous window's counter is removed by the same update; TTL is the window end.
    const item = (await documentClient.send(new GetCommand({ TableName: ctx().tableName, Key: rateLimitKey(userId, 'export') }))).Item!;
    const start = Date.parse('2027-05-01T12:01:00.000Z') / 1000;
    expect(item[`n${start}`]).toBe(1);
    expect(item[`n${start - 60}`]).toBeUndefined();
    expect(item.expiresAt).toBe(start + 60);
  });

  it('concurrent requests never exceed the limit', async () => {
    const userId = uniqueUserId();
    const t = at('2027-05-01T13:30:00.000Z');
    const decisions = await Promise.all(Array.from({ length: 10 }, () => consume(ctx(), userId, 'burst', 3, 3600, t)));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(3);
  });

  it('users and actions have separate counters', async () => {
    const alice = uniqueUserId();
    const bob = uniqueUserId();
    const t = at('2027-05-01T14:00:00.000Z');
    expect((await consume(ctx(), alice, 'insightsRefresh', 1, 3600, t)).allowed).toBe(true);
    expect((await consume(ctx(), bob, 'insightsRefresh', 1, 3600, t)).allowed).toBe(true);
    expect((await consume(ctx(), alice, 'progressionRefresh:week', 1, 3600, t)).allowed).toBe(true);
    expect((await consume(ctx(), alice, 'insightsRefresh', 1, 3600, t)).allowed).toBe(false);
  });

  it('rejects bad arguments before any request', async () => {
    await expect(consume(ctx(), uniqueUserId(), 'bad action#', 1, 60)).rejects.toThrow(RangeError);
    await expect(consume(ctx(), uniqueUserId(), 'ok', 0, 60)).rejects.toThrow(RangeError);
    await expect(consume(ctx(), uniqueUserId(), 'ok', 1, 0)).rejects.toThrow(RangeError);
  });

  it('uses exactly one UpdateItem, allowed or refused', async () => {
    const userId = uniqueUserId();
    const t = at('2027-05-01T15:00:00.000Z');
    expect(await commandsOf(() => consume(ctx(), userId, 'x', 1, 3600, t))).toEqual(['UpdateItem']);
    expect(await commandsOf(() => consume(ctx(), userId, 'x', 1, 3600, t))).toEqual(['UpdateItem']);
  });
});
