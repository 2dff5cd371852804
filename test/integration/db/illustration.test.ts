import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getIllustration, incrementIllustrationUsage, listMostUsedIllustrations, saveIllustration } from '../../../shared/db/entities/illustration';
import type { Illustration } from '../../../shared/domain/illustrations/illustration';
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
    // Usage far above any other test's, so these three are the top of the shared library.
    const base = 9_000_000_000;
    const a = entry({ usageCount: base + 10 });
    const b = entry({ usageCount: base + 20 });
    const c = entry({ usageCount: base + 30 });
    for (const e of [a, b, c]) await saveIllustration(ctx(), e);
    const counts = await Promise.all(Array.from({ length: 25 }, () => incrementIllustrationUsage(ctx(), a)));
    expect(new Set(counts).size).toBe(25);
    expect((await getIllustration(ctx(), a))!.usageCount).toBe(base + 35);

    const top = await listMostUsedIllustrations(ctx(), 3);
    expect(top.map((e) => [e.exerciseId, e.usageCount])).toEqual([
      [a.exerciseId, base + 35],
      [c.exerciseId, base + 30],
      [b.exerciseId, base + 20],
    ]);
    expect(await incrementIllustrationUsage(ctx(), { exerciseId: `test-${randomUUID()}`, discipline: 'strength' })).toBeNull(); // no entry, nothing created
  });

  it('serves its read patterns with GetItem/Query only', async () => {
    const e = entry();
    await saveIllustration(ctx(), e);
    expect(await commandsOf(() => getIllustration(ctx(), e))).toEqual(['GetItem']);
    expect(await commandsOf(() => listMostUsedIllustrations(ctx(), 10))).toEqual(['Query']);
  });
});
