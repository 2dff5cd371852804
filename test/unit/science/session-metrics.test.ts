import { describe, expect, it } from 'vitest';
import { computeSessionMetrics, effectiveRpe, type LoggedSet } from '../../../shared/domain/science';

const set = (fields: Partial<LoggedSet>): LoggedSet => ({
  reps: null, loadKg: null, durationSec: null, distanceM: null, rpe: null, rir: null, completedAt: null, ...fields,
});

describe('effectiveRpe', () => {
  it('prefers the logged RPE, else converts RIR as 10 − RIR, clamped to 0–10', () => {
    expect(effectiveRpe({ rpe: 7, rir: 0 })).toBe(7);
    expect(effectiveRpe({ rpe: null, rir: 2 })).toBe(8);
    expect(effectiveRpe({ rpe: null, rir: 12 })).toBe(0);
    expect(effectiveRpe({ rpe: null, rir: null })).toBeNull();
  });
});

describe('computeSessionMetrics', () => {
  it('sums volume, reps, distance and sets across exercises (worked example)', () => {
    const metrics = computeSessionMetrics({
      exercises: [
        { exerciseId: 'back-squat', sets: [set({ reps: 5, loadKg: 100, rpe: 7 }), set({ reps: 5, loadKg: 100, rpe: 8 }), set({ reps: 5, loadKg: 102.5, rpe: 9 })] },
        { exerciseId: 'run', sets: [set({ distanceM: 5000, durationSec: 1500 })] },
      ],
      durationActualMin: 55,
    });
    // 500 + 500 + 512.5 = 1512.5 kg; RPE (7 + 8 + 9) / 3 = 8.
    expect(metrics).toEqual({
      volumeKg: 1512.5, distanceKm: 5, totalReps: 15, setCount: 4,
      durationMin: 55, durationSource: 'explicit', rpeAverage: 8, rpeSource: 'sets',
    });
  });

  it('returns zeros and nulls for a session without sets', () => {
    expect(computeSessionMetrics({ exercises: [] })).toEqual({
      volumeKg: 0, distanceKm: 0, totalReps: 0, setCount: 0,
      durationMin: null, durationSource: null, rpeAverage: null, rpeSource: null,
    });
    expect(computeSessionMetrics({ exercises: [{ exerciseId: 'plank', sets: [] }] }).setCount).toBe(0);
  });

  it('counts bodyweight reps but no volume when no load is logged', () => {
    const metrics = computeSessionMetrics({ exercises: [{ exerciseId: 'pull-up', sets: [set({ reps: 8 }), set({ reps: 6, loadKg: 0 })] }] });
    expect(metrics.totalReps).toBe(14);
    expect(metrics.volumeKg).toBe(0);
  });

  it('averages RIR-only sets as RPE 10 − RIR, mixed with logged RPE', () => {
    const metrics = computeSessionMetrics({
      exercises: [{ exerciseId: 'bench', sets: [set({ reps: 5, loadKg: 80, rir: 2 }), set({ reps: 5, loadKg: 80, rir: 1 }), set({ reps: 4, loadKg: 80, rpe: 9.5 })] }],
    });
    // (8 + 9 + 9.5) / 3 = 8.833… → 8.8
    expect(metrics.rpeAverage).toBe(8.8);
    expect(metrics.rpeSource).toBe('sets');
  });

  it('lets the athlete-reported session RPE win over the set average', () => {
    const metrics = computeSessionMetrics({ exercises: [{ exerciseId: 'bench', sets: [set({ rpe: 6 })] }], reportedRpe: 8 });
    expect(metrics.rpeAverage).toBe(8);
    expect(metrics.rpeSource).toBe('reported');
  });

  it('takes duration from session timestamps, then set timestamps, then timed sets', () => {
    const sets = [
      set({ durationSec: 60, completedAt: '2025-03-01T10:05:00Z' }),
      set({ durationSec: 90, completedAt: '2025-03-01T10:35:00Z' }),
    ];
    const exercises = [{ exerciseId: 'plank', sets }];
    expect(computeSessionMetrics({ exercises, startedAt: '2025-03-01T10:00:00Z', completedAt: '2025-03-01T10:45:30Z' }))
      .toMatchObject({ durationMin: 45.5, durationSource: 'session_timestamps' });
    expect(computeSessionMetrics({ exercises })).toMatchObject({ durationMin: 30, durationSource: 'set_timestamps' });
    const untimed = [{ exerciseId: 'plank', sets: sets.map((s) => ({ ...s, completedAt: null })) }];
    expect(computeSessionMetrics({ exercises: untimed })).toMatchObject({ durationMin: 2.5, durationSource: 'set_durations' });
    // An end before the start is ignored rather than producing a negative duration.
    expect(computeSessionMetrics({ exercises: untimed, startedAt: '2025-03-01T11:00:00Z', completedAt: '2025-03-01T10:00:00Z' }).durationSource)
      .toBe('set_durations');
  });
});
