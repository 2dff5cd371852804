import { describe, expect, it } from 'vitest';
import { claimProgressionGeneration, getProgressionCache, putProgressionCache } from '../../../shared/db/entities/progression-cache';
import { progressionContentSchema, type ProgressionPeriod } from '../../../shared/domain/insights/content';
import { commandsOf, repositoryTableContext, uniqueUserId } from '../../support/db';

const ctx = repositoryTableContext;
const HOUR = 3_600_000;

const entry = (userId: string, period: ProgressionPeriod, generatedAt: Date, paragraph1 = 'Volume up 8 % over four weeks.') => ({
  userId,
  period,
  content: { paragraph1, paragraph2: 'Keep two heavy days and add one easy session.', recommendations: ['Deload next week', 'Add rows', 'Sleep 8 h'] },
  sessionsAnalyzed: 11,
  provider: 'openai' as const,
  model: 'gpt-5-mini',
  tokenUsage: { inputTokens: 2100, outputTokens: 350, costUsd: 0.0012 },
  generatedAt: generatedAt.toISOString(),
});

describe('progression cache (tier 2)', () => {
  it('stores one entry per period with expiresAt = generatedAt + 24 h', async () => {
    const userId = uniqueUserId();
    const now = new Date();
    const week = await putProgressionCache(ctx(), entry(userId, 'week', now, 'week text'));
    const quarter = await putProgressionCache(ctx(), entry(userId, 'quarter', now, 'quarter text'));
    expect(week.expiresAt).toBe(new Date(Math.floor(now.getTime() / 1000) * 1000 + 24 * HOUR).toISOString());
    expect(await getProgressionCache(ctx(), userId, 'week', now)).toEqual(week);
    expect(await getProgressionCache(ctx(), userId, 'quarter', now)).toEqual(quarter);
    expect(await getProgressionCache(ctx(), userId, 'month', now)).toBeNull();
  });

  it('an item whose expiresAt is past is a miss (DynamoDB Local never deletes)', async () => {
    const userId = uniqueUserId();
    const now = new Date();
    await putProgressionCache(ctx(), entry(userId, 'month', now));
    expect(await getProgressionCache(ctx(), userId, 'month', new Date(now.getTime() + 24 * HOUR - 1000))).not.toBeNull();
    expect(await getProgressionCache(ctx(), userId, 'month', new Date(now.getTime() + 24 * HOUR))).toBeNull();
    const stale = uniqueUserId();
    await putProgressionCache(ctx(), entry(stale, 'week', new Date(now.getTime() - 25 * HOUR)));
    expect(await getProgressionCache(ctx(), stale, 'week')).toBeNull();
  });

  it('content is exactly two paragraphs and three recommendations', () => {
    expect(progressionContentSchema.safeParse({ paragraph1: 'a', paragraph2: 'b', recommendations: ['1', '2'] }).success).toBe(false);
    expect(progressionContentSchema.safeParse({ paragraph1: 'a', paragraph2: '', recommendations: ['1', '2', '3'] }).success).toBe(false);
    expect(progressionContentSchema.safeParse({ paragraph1: 'a', paragraph2: 'b', recommendations: ['1', '2', '3'] }).success).toBe(true);
  });

  it('concurrent misses of one period: exactly one generates; periods are independent', async () => {
    const userId = uniqueUserId();
    const now = new Date();
    const claims = await Promise.all(Array.from({ length: 4 }, () => claimProgressionGeneration(ctx(), userId, 'week', now)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await claimProgressionGeneration(ctx(), userId, 'month', now)).toBe(true);
    await putProgressionCache(ctx(), entry(userId, 'week', now));
    expect(await getProgressionCache(ctx(), userId, 'week', now)).not.toBeNull();
    expect(await getProgressionCache(ctx(), userId, 'month', now)).toBeNull();
  });

  it("two users never see each other's cache", async () => {
    const alice = uniqueUserId();
    await putProgressionCache(ctx(), entry(alice, 'week', new Date()));
    expect(await getProgressionCache(ctx(), uniqueUserId(), 'week')).toBeNull();
  });

  it('serves its read pattern with GetItem only', async () => {
    const userId = uniqueUserId();
    await putProgressionCache(ctx(), entry(userId, 'week', new Date()));
    expect(await commandsOf(() => getProgressionCache(ctx(), userId, 'week'))).toEqual(['GetItem']);
  });
});
