import { describe, expect, it } from 'vitest';
import { detectRecords, sessionBests, type LoggedSet, type PreviousRecord } from '../../../shared/domain/science';

const set = (fields: Partial<LoggedSet>): LoggedSet => ({
  reps: null, loadKg: null, durationSec: null, distanceM: null, rpe: null, rir: null, completedAt: null, ...fields,
});

const bench = { exerciseId: 'bench-press', sets: [set({ reps: 5, loadKg: 100 }), set({ reps: 5, loadKg: 100 }), set({ reps: 3, loadKg: 102.5 })] };

describe('detectRecords', () => {
  it('reports beaten records with the previous value and the 1RM formula', () => {
    const previous: PreviousRecord[] = [
      { exerciseId: 'bench-press', kind: 'estimated_1rm', value: 110 },
      { exerciseId: 'bench-press', kind: 'heaviest_load', value: 105 },
      { exerciseId: 'bench-press', kind: 'best_volume', value: 1200 },
    ];
    const records = detectRecords({ previous, exercises: [bench] });
    // Sets: 100×5 → Brzycki 112.5; 102.5×3 → 102.5 × 36 / 34 = 108.5. Volume 500 + 500 + 307.5 = 1307.5.
    expect(records).toEqual([
      { exerciseId: 'bench-press', kind: 'estimated_1rm', value: 112.5, unit: 'kg', formula: 'brzycki', reps: 5, loadKg: 100, previousValue: 110 },
      { exerciseId: 'bench-press', kind: 'best_volume', value: 1307.5, unit: 'kg', previousValue: 1200 },
    ]);
  });

  it('reports first values with previousValue null', () => {
    const records = detectRecords({ previous: [], exercises: [bench] });
    expect(records.map((r) => [r.kind, r.value, r.previousValue])).toEqual([
      ['estimated_1rm', 112.5, null], ['heaviest_load', 102.5, null], ['best_volume', 1307.5, null],
    ]);
  });

  it('does not report an equal value, and keeps the best of duplicate previous records', () => {
    const previous: PreviousRecord[] = [
      { exerciseId: 'bench-press', kind: 'estimated_1rm', value: 100 },
      { exerciseId: 'bench-press', kind: 'estimated_1rm', value: 112.5 },
      { exerciseId: 'bench-press', kind: 'heaviest_load', value: 102.5 },
      { exerciseId: 'bench-press', kind: 'best_volume', value: 2000 },
    ];
    expect(detectRecords({ previous, exercises: [bench] })).toEqual([]);
  });

  it('treats pace as lower-is-better and only from the minimum distance', () => {
    const run = { exerciseId: 'run', sets: [set({ distanceM: 5000, durationSec: 1500 }), set({ distanceM: 400, durationSec: 80 })] };
    const faster = detectRecords({ previous: [{ exerciseId: 'run', kind: 'best_pace', value: 310 }], exercises: [run] });
    // 1500 s / 5 km = 300 s/km beats 310; the 400 m rep (200 s/km) is below 1000 m and ignored.
    expect(faster.find((r) => r.kind === 'best_pace')).toEqual({
      exerciseId: 'run', kind: 'best_pace', value: 300, unit: 'sec_per_km', distanceM: 5000, durationSec: 1500, previousValue: 310,
    });
    const slower = detectRecords({ previous: [{ exerciseId: 'run', kind: 'best_pace', value: 290 }], exercises: [run] });
    expect(slower.find((r) => r.kind === 'best_pace')).toBeUndefined();
    const shortMin = detectRecords({ previous: [], exercises: [run], minPaceDistanceM: 400 });
    expect(shortMin.find((r) => r.kind === 'best_pace')?.value).toBe(200);
  });

  it('uses extra efforts for distance, duration and pace', () => {
    const records = detectRecords({
      previous: [{ exerciseId: 'row', kind: 'longest_distance', value: 5000 }, { exerciseId: 'row', kind: 'longest_duration', value: 1200 }],
      exercises: [],
      efforts: [{ exerciseId: 'row', distanceM: 6000, durationSec: 1500 }],
    });
    expect(records.map((r) => [r.kind, r.value, r.previousValue])).toEqual([
      ['longest_distance', 6000, 5000], ['best_pace', 250, null], ['longest_duration', 1500, 1200],
    ]);
  });

  it('ignores failed (0-rep) sets for heaviest load, and >15-rep sets for 1RM', () => {
    const exercises = [{ exerciseId: 'squat', sets: [set({ reps: 0, loadKg: 200 }), set({ reps: 20, loadKg: 80 })] }];
    const kinds = detectRecords({ previous: [], exercises }).map((r) => [r.kind, r.value]);
    expect(kinds).toEqual([['heaviest_load', 80], ['best_volume', 1600]]);
  });

  it('merges the sets of an exercise listed twice', () => {
    const bests = sessionBests([
      { exerciseId: 'squat', sets: [set({ reps: 5, loadKg: 100 })] },
      { exerciseId: 'squat', sets: [set({ reps: 5, loadKg: 100 })] },
    ]);
    expect(bests.find((b) => b.kind === 'best_volume')?.value).toBe(1000);
  });

  it('finds nothing in a session without sets or loads', () => {
    expect(detectRecords({ previous: [], exercises: [] })).toEqual([]);
    expect(detectRecords({ previous: [], exercises: [{ exerciseId: 'push-up', sets: [set({ reps: 20 })] }] })).toEqual([]);
  });
});
