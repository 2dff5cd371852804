import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { documentClient } from '../../../shared/db/client';
import { claimInsightGeneration, getInsightCache, insightCacheKey, invalidateTrainingInsights, putInsightCache, putInsightCacheIfLeased } from '../../../shared/db/entities/insight-cache';
import { getProgressionCache, putProgressionCache } from '../../../shared/db/entities/progression-cache';
import type { InsightsContent } from '../../../shared/domain/insights/content';
import { commandsOf, repositoryTableContext, uniqueUserId } from '../../support/db';

const ctx = repositoryTableContext;
const DAY = 86_400_000;

const content: InsightsContent = {
  summary: 'Three solid weeks of strength work.',
  progressionTrends: {
    volume: { trend: 'up', percentage: 12, comment: 'Volume rose steadily.' },
    intensity: { trend: 'stable', avgRpe: 7.4, comment: 'Intensity held.' },
    consistency: { percentage: 85, comment: 'Very regular.' },
  },
  imbalances: [{ type: 'push_pull', description: 'More pushing than pulling.', severity: 'medium' }],
  weakPoints: [{ exercise: 'back-squat', issue: 'Depth drifts late in sets.', recommendation: 'Pause squats.' }],
  recommendations: [{ id: 'r1', title: 'Add a pull day', description: 'Balance the week with rows.', category: 'balance', priority: 'high', actionable: true }],
  nextWeekFocus: { suggestedSessions: 4, focusAreas: ['pulling'], intensityDistribution: '80/20', restDaysRecommended: 2 },
};

const entry = (userId: string, generatedAt: Date) => ({
  userId, content, sessionsAnalyzed: 14, provider: 'offline' as const, model: null, tokenUsage: null, generatedAt: generatedAt.toISOString(),
});

describe('insight cache (tier 2)', () => {
  it('stores with expiresAt = generatedAt + 7 days (TTL in epoch seconds) and reads it back while fresh', async () => {
    const userId = uniqueUserId();
    const generatedAt = new Date();
    const stored = await putInsightCache(ctx(), entry(userId, generatedAt));
    expect(stored.expiresAt).toBe(new Date(Math.floor(generatedAt.getTime() / 1000) * 1000 + 7 * DAY).toISOString());
    const raw = await documentClient.send(new GetCommand({ TableName: ctx().tableName, Key: insightCacheKey(userId) }));
    expect(raw.Item!.expiresAt).toBe(Math.floor(generatedAt.getTime() / 1000) + 7 * 86_400);
    expect(await getInsightCache(ctx(), userId, generatedAt)).toEqual(stored);
    expect(await getInsightCache(ctx(), userId, new Date(generatedAt.getTime() + 7 * DAY - 1000))).toEqual(stored);
  });

  it('an item whose expiresAt is past is a miss, even though DynamoDB Local never deletes it', async () => {
    const userId = uniqueUserId();
    const generatedAt = new Date();
    await putInsightCache(ctx(), entry(userId, generatedAt));
    expect(await getInsightCache(ctx(), userId, new Date(generatedAt.getTime() + 7 * DAY))).toBeNull();
    // Stored already expired (as the sweeper would find it): still a miss now.
    const stale = uniqueUserId();
    await putInsightCache(ctx(), { ...entry(stale, new Date(Date.now() - 8 * DAY)) });
    expect(await getInsightCache(ctx(), stale)).toBeNull();
  });

  it('concurrent misses: exactly one claims the generation; the put releases it', async () => {
    const userId = uniqueUserId();
    const now = new Date();
    const claims = await Promise.all(Array.from({ length: 5 }, () => claimInsightGeneration(ctx(), userId, now)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await getInsightCache(ctx(), userId, now)).toBeNull(); // a lease alone is a miss
    expect(await claimInsightGeneration(ctx(), userId, new Date(now.getTime() + 61_000))).toBe(true); // an abandoned lease expires
    await putInsightCache(ctx(), entry(userId, now));
    expect(await getInsightCache(ctx(), userId, now)).not.toBeNull();
    expect(await claimInsightGeneration(ctx(), userId, now)).toBe(true);
    expect(await getInsightCache(ctx(), userId, now)).not.toBeNull(); // claiming keeps the content
  });

  it('a completed session marks insights and every progression period stale (the earliest mark kept); absent items stay absent', async () => {
    const userId = uniqueUserId();
    const now = new Date();
    await putInsightCache(ctx(), entry(userId, now));
    for (const period of ['week', 'month', 'quarter'] as const) {
      await putProgressionCache(ctx(), {
        userId, period, content: { paragraph1: 'a', paragraph2: 'b', recommendations: ['1', '2', '3'] }, sessionsAnalyzed: 3, provider: 'offline', model: null, tokenUsage: null, generatedAt: now.toISOString(),
      });
    }
    const completedAt = new Date(now.getTime() + 60_000);
    expect(await commandsOf(() => invalidateTrainingInsights(ctx(), userId, completedAt))).toEqual(['UpdateItem', 'UpdateItem', 'UpdateItem', 'UpdateItem']);
    await invalidateTrainingInsights(ctx(), userId, new Date(now.getTime() + 120_000));
    expect((await getInsightCache(ctx(), userId, now))?.staleSince).toBe(completedAt.toISOString());
    for (const period of ['week', 'month', 'quarter'] as const) expect((await getProgressionCache(ctx(), userId, period, now))?.staleSince).toBe(completedAt.toISOString());
    const nobody = uniqueUserId();
    await invalidateTrainingInsights(ctx(), nobody);
    expect(await getInsightCache(ctx(), nobody)).toBeNull();
  });

  it('a completion during a generation drops its lease, so that generation is not stored', async () => {
    const userId = uniqueUserId();
    const now = new Date();
    expect(await claimInsightGeneration(ctx(), userId, now, 30)).toBe(true);
    await invalidateTrainingInsights(ctx(), userId, now);
    const leaseUntil = Math.floor(now.getTime() / 1000) + 30;
    expect(await putInsightCacheIfLeased(ctx(), entry(userId, now), leaseUntil)).toBeNull();
    expect(await claimInsightGeneration(ctx(), userId, now, 30)).toBe(true);
  });

  it("two users never see each other's cache", async () => {
    const alice = uniqueUserId();
    await putInsightCache(ctx(), entry(alice, new Date()));
    const bob = uniqueUserId();
    expect(await getInsightCache(ctx(), bob)).toBeNull();
    await invalidateTrainingInsights(ctx(), bob);
    expect(await getInsightCache(ctx(), alice)).not.toBeNull();
  });

  it('serves its read pattern with GetItem only', async () => {
    const userId = uniqueUserId();
    await putInsightCache(ctx(), entry(userId, new Date()));
    expect(await commandsOf(() => getInsightCache(ctx(), userId))).toEqual(['GetItem']);
  });
});
