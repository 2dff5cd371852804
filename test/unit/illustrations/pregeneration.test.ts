import { describe, expect, it } from 'vitest';
import { catalog } from '../../../shared/domain/catalog';
import { pregenerationOrder } from '../../../shared/domain/illustrations/pregeneration';

describe('pre-generation order', () => {
  it('takes the most used first, then the exercises most coaches prescribe', () => {
    const order = pregenerationOrder(catalog, new Map([['row-erg#rowing', 40], ['burpee#metcon', 90]]), 5);
    expect(order).toHaveLength(5);
    expect(order.slice(0, 2).map((ref) => ref.exerciseId)).toEqual(['burpee', 'row-erg']);
    const coachesOf = (id: string) => catalog.find((e) => e.id === id)!.coaches.length;
    expect(coachesOf(order[2]!.exerciseId)).toBeGreaterThanOrEqual(coachesOf(order[4]!.exerciseId));
  });

  it('covers the whole catalog with all, once each, in each exercise’s own discipline', () => {
    const all = pregenerationOrder(catalog, new Map(), 'all');
    expect(all).toHaveLength(catalog.length);
    expect(new Set(all.map((ref) => ref.exerciseId)).size).toBe(catalog.length);
    for (const ref of all) expect(ref.discipline).toBe(catalog.find((e) => e.id === ref.exerciseId)!.discipline);
  });
});
