import { describe, expect, it } from 'vitest';
import { GSI4, tableDefinition } from '../../../shared/db/table-definition';
import type { LoggedSet } from '../../../shared/domain/training/session';
import { bestSetsOf, SESSION_LIST_ATTRIBUTES } from '../../../shared/domain/training/session-summary';

const set = (exerciseId: string, reps: number | null, loadKg: number | null): LoggedSet => ({
  id: `${exerciseId}-${reps}-${loadKg}`,
  exerciseIndex: 0,
  exerciseId,
  setIndex: 0,
  reps,
  loadKg,
  durationSec: null,
  distanceM: null,
  rpe: null,
  rir: null,
  completedAt: '2026-03-01T10:00:00.000Z',
});

describe('session list item', () => {
  it('keeps per exercise its set count, volume and the set with the best estimated 1RM', () => {
    const best = bestSetsOf([set('back-squat', 5, 100), set('back-squat', 3, 110), set('plank', null, null), set('bench-press', 20, 40), set('back-squat', 5.7, 92.5)]);
    expect(best).toEqual([
      // 3 × 110 → Brzycki 116.5 beats 5 × 100 → 112.5 and 5.7 (counted as 5) × 92.5 → 104.1.
      { exerciseId: 'back-squat', sets: 3, volumeKg: 1357.3, e1rmKg: 116.5, reps: 3, loadKg: 110 },
      { exerciseId: 'plank', sets: 1, volumeKg: 0, e1rmKg: null, reps: null, loadKg: null },
      // 20 reps say nothing of a 1RM.
      { exerciseId: 'bench-press', sets: 1, volumeKg: 800, e1rmKg: null, reps: null, loadKg: null },
    ]);
  });

  it('is exactly what the history index projects', () => {
    const index = tableDefinition.indexes.find((candidate) => candidate.name === GSI4)!;
    expect(index.projection).not.toBe('ALL');
    expect([...index.projection].sort()).toEqual([...SESSION_LIST_ATTRIBUTES].sort());
  });
});
