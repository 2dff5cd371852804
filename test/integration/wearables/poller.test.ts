import { randomUUID } from 'node:crypto';
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, inject, it } from 'vitest';
import { pollWearables } from '../../../functions/wearables/poll-wearables';
import { documentClient } from '../../../shared/db/client';
import { deviceTokensKey } from '../../../shared/db/entities/device-tokens';
import { blockProvider, budgetKey, budgetPartition, HEADROOM, providerBudgetCharger } from '../../../shared/db/entities/provider-budget';
import { fixedWindow } from '../../../shared/domain/limits/rate-limit';
import { ProviderRateLimitedError, type ProviderBudget } from '../../../shared/domain/wearables/provider';
import { localTokenCipher } from '../../../shared/wearables/token-cipher';
import { repositoryTableContext, tableContext, uniqueUserId } from '../../support/db';
import { newUser, type TestUser } from '../../support/stack';
import { connectThroughSimulator, simControl, simulatorUrl } from './simulator';

const tokenBudget: ProviderBudget = { windows: [{ requests: 10, windowSeconds: 300 }], scope: 'token' };
const appBudget: ProviderBudget = { windows: [{ requests: 10, windowSeconds: 300 }], scope: 'app' };
const outcomes = (charges: Array<Promise<void>>) => Promise.allSettled(charges).then((all) => all.map((r) => r.status));

describe('wearables: provider budgets', () => {
  it('racing charges never spend more than the budget (90 % of the limit), for an app budget as for a token budget', async () => {
    const ctx = repositoryTableContext();
    const provider = `test-${randomUUID().slice(0, 8)}`;
    const limit = Math.floor(10 * HEADROOM);
    for (const budget of [appBudget, tokenBudget]) {
      const charge = providerBudgetCharger(ctx, provider, budget, { userId: uniqueUserId() });
      const results = await outcomes(Array.from({ length: 25 }, () => charge()));
      expect(results.filter((s) => s === 'fulfilled')).toHaveLength(limit);
      await expect(charge()).rejects.toBeInstanceOf(ProviderRateLimitedError);
    }
  });

  it('a budget of two windows charges both by conditional writes: the longer refuses once spent; limits the provider tells replace the floors', async () => {
    const ctx = repositoryTableContext();
    const provider = `test-${randomUUID().slice(0, 8)}`;
    const budget: ProviderBudget = { windows: [{ requests: 40, windowSeconds: 300 }, { requests: 10, windowSeconds: 86_400 }], scope: 'app' };
    const charge = providerBudgetCharger(ctx, provider, budget, { userId: uniqueUserId() });
    expect((await outcomes(Array.from({ length: 15 }, () => charge()))).filter((s) => s === 'fulfilled')).toHaveLength(9);
    await expect(charge()).rejects.toMatchObject({ name: 'ProviderRateLimitedError', retryAfterSeconds: expect.any(Number) });
    await charge.observeLimits!([40, 20]);
    expect((await outcomes(Array.from({ length: 12 }, () => charge()))).filter((s) => s === 'fulfilled')).toHaveLength(9);
    const day = (await documentClient.send(new GetCommand({ TableName: ctx.tableName, Key: budgetKey(budgetPartition(provider, budget, { userId: '' }), 86_400, fixedWindow(new Date(), 86_400).start) }))).Item;
    expect(day).toMatchObject({ used: 18 });
  });

  it("a token budget is each user's own: one user's spent or 429-blocked windows leave another's untouched, and its key holds no user id", async () => {
    const ctx = repositoryTableContext();
    const provider = `test-${randomUUID().slice(0, 8)}`;
    const [alice, bob] = [{ userId: uniqueUserId() }, { userId: uniqueUserId() }];
    const aliceCharge = providerBudgetCharger(ctx, provider, tokenBudget, alice);
    await outcomes(Array.from({ length: 9 }, () => aliceCharge()));
    await expect(aliceCharge()).rejects.toBeInstanceOf(ProviderRateLimitedError);
    await expect(providerBudgetCharger(ctx, provider, tokenBudget, bob)()).resolves.toBeUndefined();

    const other = `test-${randomUUID().slice(0, 8)}`;
    await blockProvider(ctx, other, tokenBudget, alice, 600);
    await expect(providerBudgetCharger(ctx, other, tokenBudget, alice)()).rejects.toBeInstanceOf(ProviderRateLimitedError);
    await expect(providerBudgetCharger(ctx, other, tokenBudget, bob)()).resolves.toBeUndefined();

    const partition = budgetPartition(provider, tokenBudget, alice);
    expect(partition).not.toBe(budgetPartition(provider, tokenBudget, bob));
    expect(budgetPartition(provider, appBudget, alice)).toBe(budgetPartition(provider, appBudget, bob));
    const item = (await documentClient.send(new GetCommand({ TableName: ctx.tableName, Key: budgetKey(partition, 300, fixedWindow(new Date(), 300).start) }))).Item;
    expect(item).toMatchObject({ entity: 'providerBudget', used: 9 });
    expect(JSON.stringify(item)).not.toContain(alice.userId);
  });
});

const accessToken = async (user: TestUser, provider: string) => {
  const item = (await documentClient.send(new GetCommand({ TableName: tableContext().tableName, Key: deviceTokensKey(user.sub, provider) }))).Item!;
  return localTokenCipher(inject('cloud').wearablesLocalKey).decrypt(item.accessToken, { userId: user.sub, provider, kind: 'access' });
};
const device = async (user: TestUser) => (await user.call('GET', '/wearables/devices')).body.items[0];

describe('wearables: the poller', () => {
  it('syncs many devices of one provider at once in one run, each from its cursor, rescheduled a day later (Oura pushes)', async () => {
    const users = await Promise.all(Array.from({ length: 6 }, () => newUser()));
    await Promise.all(users.map((user) => connectThroughSimulator(user, 'oura', `pool-${randomUUID()}`)));
    // When each device's provider requests were charged: a device's sync spans its first to its last charge.
    const partitions = new Map(users.map((user) => [budgetPartition('oura', { scope: 'token' }, { userId: user.sub }), user.sub]));
    const charges = new Map<string, number[]>();
    documentClient.middlewareStack.add(
      (next) => async (args) => {
        const pk = (args.input as { Key?: { PK?: string } }).Key?.PK;
        if (pk && partitions.has(pk)) charges.set(pk, [...(charges.get(pk) ?? []), performance.now()]);
        return next(args);
      },
      { step: 'initialize', name: 'pollerChargeTimes' },
    );
    // Two overlapping runs: the claims hand each device to one of them.
    const summaries = await Promise.all([pollWearables(), pollWearables()]).finally(() => documentClient.middlewareStack.remove('pollerChargeTimes'));
    const spans = [...charges.values()].map((times) => ({ start: Math.min(...times), end: Math.max(...times) }));
    expect(spans).toHaveLength(users.length);
    const mostAtOnce = Math.max(...spans.map((s) => spans.filter((o) => o.start <= s.start && s.start < o.end).length));
    expect(mostAtOnce).toBeGreaterThan(2);
    expect(summaries.reduce((n, s) => n + s.synced, 0)).toBeGreaterThanOrEqual(users.length);
    for (const user of users) {
      const synced = await device(user);
      expect(synced).toMatchObject({ status: 'connected', lastError: null });
      // Oura pushes (our app's subscriptions, made by the first connect): reconciled a day later.
      expect(Date.parse(synced.nextPollAt) - Date.parse(synced.lastSyncAt)).toBe(86_400_000);
    }
    // Oura's budget is per token: each device's requests were charged to its own (hashed) budget item.
    const perDevice = await Promise.all(
      users.map(async (user) => {
        const partition = budgetPartition('oura', { scope: 'token' }, { userId: user.sub });
        const items = (await documentClient.send(new QueryCommand({ TableName: tableContext().tableName, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': partition } }))).Items ?? [];
        return items.reduce((n, i) => n + (i.used as number), 0);
      }),
    );
    for (const used of perDevice) expect(used).toBeGreaterThan(0);
  });

  it("Oura's 429 for one user's token rate-limits that user only: another Oura user syncs", async () => {
    const [limited, free] = await Promise.all([newUser(), newUser()]);
    await connectThroughSimulator(limited, 'oura', `limited-${randomUUID()}`);
    await connectThroughSimulator(free, 'oura', `free-${randomUUID()}`);
    await simControl('POST', '/oura/limits', { requests: 100, windowSeconds: 300 });
    try {
      // Spend the limited user's token at the provider (outside our budget), as another app of theirs would.
      const token = await accessToken(limited, 'oura');
      for (let i = 0; i < 100; i++) await fetch(`${simulatorUrl()}/oura/v2/usercollection/personal_info`, { headers: { authorization: `Bearer ${token}` } });
      const blocked = await limited.call('POST', '/wearables/devices/oura/sync');
      expect(blocked.body).toMatchObject({ outcome: 'rate_limited', device: { status: 'connected' } });
      expect(blocked.body.retryAfterSeconds).toBeGreaterThan(0);
      expect((await free.call('POST', '/wearables/devices/oura/sync')).body).toMatchObject({ outcome: 'synced' });
      // The 429 blocked the limited user's budget windows, so our side does not call again either.
      expect((await limited.call('POST', '/wearables/devices/oura/sync')).body).toMatchObject({ outcome: 'rate_limited' });
    } finally {
      await simControl('POST', '/oura/limits', { requests: 5000, windowSeconds: 300 });
    }
  });
});
