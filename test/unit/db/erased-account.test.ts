import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { documentClient } from '../../../shared/db/client';
import {
  erasedAccountKey,
  isAccountErased,
  isAccountErasedCached,
  markAccountErased,
  NOT_ERASED_TRUST_MS,
} from '../../../shared/db/entities/erased-account';

const table = mockClient(documentClient);
const ctx = { tableName: 'T', cursorSecret: 'x' };
const t0 = new Date('2026-05-01T10:00:00.000Z');
const later = (ms: number) => new Date(t0.getTime() + ms);
const gets = () => table.commandCalls(GetCommand).length;
let n = 0;
const freshSub = () => `sub-${++n}`;

describe('erased-account check: one GetItem per sub and window for reads, none in between', () => {
  beforeEach(() => {
    table.reset();
    table.on(GetCommand).resolves({});
    table.on(PutCommand).resolves({});
  });
  afterAll(() => table.restore());

  it('trusts a "not erased" answer for the window, then asks the table again', async () => {
    const sub = freshSub();
    expect(await isAccountErasedCached(ctx, sub, t0)).toBe(false);
    expect(await isAccountErasedCached(ctx, sub, later(NOT_ERASED_TRUST_MS - 1))).toBe(false);
    expect(gets()).toBe(1);
    expect(table.commandCalls(GetCommand)[0]!.args[0].input).toMatchObject({ Key: erasedAccountKey(sub), ConsistentRead: true });
    expect(await isAccountErasedCached(ctx, sub, later(NOT_ERASED_TRUST_MS))).toBe(false);
    expect(gets()).toBe(2);
  });

  it('an erasure on this instance is seen at once, without a table request', async () => {
    const sub = freshSub();
    expect(await isAccountErasedCached(ctx, sub, t0)).toBe(false);
    await markAccountErased(ctx, sub, later(1));
    expect(await isAccountErasedCached(ctx, sub, later(2))).toBe(true);
    expect(gets()).toBe(1);
  });

  it('an erasure elsewhere is seen once the window has passed, and writes see it at once', async () => {
    const sub = freshSub();
    expect(await isAccountErasedCached(ctx, sub, t0)).toBe(false);
    // Another instance erases the account: the tombstone is now in the table.
    const expiresAt = Math.floor(t0.getTime() / 1000) + 2 * 86_400;
    table.on(GetCommand).resolves({ Item: { ...erasedAccountKey(sub), expiresAt } });
    expect(await isAccountErasedCached(ctx, sub, later(1000))).toBe(false); // still within the window
    expect(await isAccountErased(ctx, sub, later(1000))).toBe(true); // a write asks the table
    expect(await isAccountErasedCached(ctx, sub, later(2000))).toBe(true); // and this instance now knows
    expect(gets()).toBe(2);
  });

  it('an expired tombstone counts as not erased', async () => {
    const sub = freshSub();
    table.on(GetCommand).resolves({ Item: { ...erasedAccountKey(sub), expiresAt: Math.floor(t0.getTime() / 1000) - 1 } });
    expect(await isAccountErased(ctx, sub, t0)).toBe(false);
  });
});
