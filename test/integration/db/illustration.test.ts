import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getIllustration, incrementIllustrationUsage, listMostUsedIllustrations, saveIllustration } from '../../../shared/db/entities/illustration';
import type { Illustration } from '../../../shared/domain/illustrations/illustration';
import { writeUnitsOf } from '../../support/consumed-capacity';
import { commandsOf, repositoryTableContext } from '../../support/db';

const ctx = repositoryTableContext;
const hash = (n: number) => n.toString(16).padStart(64, '0');
const variant = (n: number, size: 512 | 1024) => ({ size, s3Key: `illustrations/${hash(n)}.webp`, url: `https://cdn.example/illustrations/${hash(n)}.webp`, contentHash: hash(n), width: size, height: size, bytes: 20_000 });

/** The library is global: every test uses exercise ids nobody else uses. */
function entry(overrides: Partial<Illustration> = {}): Illustration {
  const exerciseId = `test-${randomUUID()}`;
  return {
    exerciseId,
    discipline: 'strength',
    format: 'webp',
    variants: [variant(1, 512), variant(2, 1024)],
    generator: 'offline',
    model: 'pictogram-v1',
    costUsd: 0,
    tags: ['barbell', 'squat'],
    muscleGroups: ['quads', 'glutes'],
    usageCount: 0,
    createdAt: '2026-03-10T12:00:00.000Z',
    updatedAt: '2026-03-10T12:00:00.000Z',
    ...overrides,
  };
}

describe('illustration library repository', () => {
  it('records an entry, and a regeneration replaces the image but keeps usage', async () => {
    const first = entry();
    expect(await saveIllustration(ctx(), first)).toEqual({ created: true });
    expect(await getIllustration(ctx(), first)).toEqual(first);
    await incrementIllustrationUsage(ctx(), first, 3);
    const regenerated = { ...first, variants: [variant(3, 512), variant(4, 1024)], generator: 'openai' as const, model: 'gpt-image-1-mini', costUsd: 0.005, usageCount: 0, updatedAt: '2026-03-11T12:00:00.000Z' };
    expect(await saveIllustration(ctx(), regenerated)).toEqual({ created: false });
    expect(await getIllustration(ctx(), first)).toEqual({ ...regenerated, usageCount: 3, createdAt: first.createdAt });
    expect(await getIllustration(ctx(), { exerciseId: `test-${randomUUID()}`, discipline: 'strength' })).toBeNull();
  });

  it('counts usage atomically under concurrency and ranks the most used first', async () => {
    // Usage far above any other test's, so these three are the top of the shared library; `a` is
    // 10 uses short of the next rank (two significant digits: 9.4 × 10⁹), which its 25 new uses pass.
    const a = entry({ usageCount: 9_399_999_990 });
    const b = entry({ usageCount: 9_200_000_000 });
    const c = entry({ usageCount: 9_300_000_000 });
    for (const e of [a, b, c]) await saveIllustration(ctx(), e);
    const counts = await Promise.all(Array.from({ length: 25 }, () => incrementIllustrationUsage(ctx(), a)));
    expect([...counts].sort()).toEqual(Array.from({ length: 25 }, (_, i) => 9_399_999_991 + i)); // each use counted once, exactly
    expect((await getIllustration(ctx(), a))!.usageCount).toBe(9_400_000_000);

    const top = await listMostUsedIllustrations(ctx(), 3);
    expect(top.map((e) => [e.exerciseId, e.usageCount])).toEqual([
      [a.exerciseId, 9_400_000_000],
      [c.exerciseId, 9_300_000_000],
      [b.exerciseId, 9_200_000_000],
    ]);
    expect(await incrementIllustrationUsage(ctx(), { exerciseId: `test-${randomUUID()}`, discipline: 'strength' })).toBeNull(); // no entry, nothing created
  });

  it('counts a use into a small counter item and rewrites the entry only when its rank changes', async () => {
    const e = entry({ usageCount: 1_090 }); // counted before counters existed: its counter starts from this
    await saveIllustration(ctx(), e);
    expect(await incrementIllustrationUsage(ctx(), e)).toBe(1_091);
    const units: number[] = [];
    for (let use = 1_092; use <= 1_099; use++) units.push(await writeUnitsOf(() => incrementIllustrationUsage(ctx(), e)));
    expect(units).toEqual(Array.from({ length: 8 }, () => 1)); // the ~100-byte counter only: no entry, no index write
    expect((await getIllustration(ctx(), e))!.usageCount).toBe(1_090);
    expect(await commandsOf(() => incrementIllustrationUsage(ctx(), e))).toEqual(['UpdateItem', 'UpdateItem']); // 1,100: the next rank
    expect((await getIllustration(ctx(), e))!.usageCount).toBe(1_100);
    expect(await incrementIllustrationUsage(ctx(), e, 5)).toBe(1_105);
    expect((await getIllustration(ctx(), e))!.usageCount).toBe(1_100);
  });

  it('serves its read patterns with GetItem/Query only', async () => {
    const e = entry();
    await saveIllustration(ctx(), e);
    expect(await commandsOf(() => getIllustration(ctx(), e))).toEqual(['GetItem']);
    expect(await commandsOf(() => listMostUsedIllustrations(ctx(), 10))).toEqual(['Query']);
  });
});
