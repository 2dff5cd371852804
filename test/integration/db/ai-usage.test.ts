import { describe, expect, it } from 'vitest';
import { addAiUsage, checkAiBudget, getAiUsage } from '../../../shared/db/entities/ai-usage';
import { commandsOf, repositoryTableContext, uniqueUserId } from '../../support/db';

const ctx = repositoryTableContext;

describe('AI usage (monthly counter)', () => {
  it('adds tokens, cost and requests to the month of the call', async () => {
    const userId = uniqueUserId();
    const may = new Date('2026-05-10T12:00:00.000Z');
    expect(await getAiUsage(ctx(), userId, '2026-05')).toBeNull();
    await addAiUsage(ctx(), userId, { inputTokens: 1000, outputTokens: 200, costUsd: 0.0015 }, may);
    const after = await addAiUsage(ctx(), userId, { inputTokens: 500, outputTokens: 100, costUsd: 0.00075 }, may);
    expect(after).toMatchObject({ month: '2026-05', inputTokens: 1500, outputTokens: 300, costUsd: 0.00225, requests: 2 });
    expect(await getAiUsage(ctx(), userId, '2026-05')).toEqual(after);
    await addAiUsage(ctx(), userId, { inputTokens: 1, outputTokens: 1, costUsd: 0.1 }, new Date('2026-06-01T00:00:00.000Z'));
    expect(await getAiUsage(ctx(), userId, '2026-06')).toMatchObject({ requests: 1, costUsd: 0.1 });
    expect((await getAiUsage(ctx(), userId, '2026-05'))!.requests).toBe(2);
  });

  it('concurrent calls never lose an increment, and decimal costs add exactly', async () => {
    const userId = uniqueUserId();
    const now = new Date('2026-07-01T08:00:00.000Z');
    await Promise.all(Array.from({ length: 10 }, () => addAiUsage(ctx(), userId, { inputTokens: 100, outputTokens: 10, costUsd: 0.1 }, now)));
    expect(await getAiUsage(ctx(), userId, '2026-07')).toMatchObject({ inputTokens: 1000, outputTokens: 100, costUsd: 1, requests: 10 });
  });

  it('the month follows the given time zone (Paris at 00:30 on the 1st is the new month)', async () => {
    const userId = uniqueUserId();
    const parisNewMonth = new Date('2026-07-31T22:30:00.000Z'); // 2026-08-01 00:30 in Paris
    expect((await addAiUsage(ctx(), userId, { inputTokens: 1, outputTokens: 1, costUsd: 0 }, parisNewMonth, 'Europe/Paris')).month).toBe('2026-08');
    expect((await addAiUsage(ctx(), userId, { inputTokens: 1, outputTokens: 1, costUsd: 0 }, parisNewMonth)).month).toBe('2026-07');
  });

  it('budget check: allowed while the month spend plus the expected call fits', async () => {
    const userId = uniqueUserId();
    const now = new Date('2026-09-15T10:00:00.000Z');
    expect(await checkAiBudget(ctx(), userId, 1, { now })).toMatchObject({ allowed: true, usedUsd: 0, remainingUsd: 1 });
    await addAiUsage(ctx(), userId, { inputTokens: 0, outputTokens: 0, costUsd: 0.95 }, now);
    expect(await checkAiBudget(ctx(), userId, 1, { now, expectedCostUsd: 0.04 })).toMatchObject({ allowed: true, remainingUsd: 0.05 });
    expect(await checkAiBudget(ctx(), userId, 1, { now, expectedCostUsd: 0.06 })).toMatchObject({ allowed: false });
    await addAiUsage(ctx(), userId, { inputTokens: 0, outputTokens: 0, costUsd: 0.05 }, now);
    expect(await checkAiBudget(ctx(), userId, 1, { now })).toMatchObject({ allowed: false, remainingUsd: 0 });
    expect(await checkAiBudget(ctx(), userId, 1, { now: new Date('2026-10-01T00:00:00.000Z') })).toMatchObject({ allowed: true });
  });

  it('refuses negative or non-finite amounts', async () => {
    await expect(addAiUsage(ctx(), uniqueUserId(), { inputTokens: -1, outputTokens: 0, costUsd: 0 })).rejects.toThrow(RangeError);
    await expect(addAiUsage(ctx(), uniqueUserId(), { inputTokens: 0, outputTokens: 0, costUsd: Number.NaN })).rejects.toThrow(RangeError);
  });

  it("two users never see each other's usage", async () => {
    const alice = uniqueUserId();
    const now = new Date('2026-11-02T10:00:00.000Z');
    await addAiUsage(ctx(), alice, { inputTokens: 10, outputTokens: 10, costUsd: 0.5 }, now);
    expect(await getAiUsage(ctx(), uniqueUserId(), '2026-11')).toBeNull();
    expect((await checkAiBudget(ctx(), uniqueUserId(), 0.5, { now })).allowed).toBe(true);
  });

  it('reads with GetItem only; records with one UpdateItem', async () => {
    const userId = uniqueUserId();
    expect(await commandsOf(() => addAiUsage(ctx(), userId, { inputTokens: 1, outputTokens: 1, costUsd: 0.001 }))).toEqual(['UpdateItem']);
    expect(await commandsOf(() => getAiUsage(ctx(), userId))).toEqual(['GetItem']);
    expect(await commandsOf(() => checkAiBudget(ctx(), userId, 2))).toEqual(['GetItem']);
  });
});
