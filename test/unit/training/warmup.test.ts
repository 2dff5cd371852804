import { describe, expect, it } from 'vitest';
import { warmupRamp } from '../../../shared/domain/training/warmup';

describe('warmupRamp', () => {
  it('ramps a 100 kg barbell lift: bar × 10, 40 % × 5, 60 % × 3, 80 % × 1', () => {
    expect(warmupRamp({ implement: 'barbell', workingLoadKg: 100 })).toEqual([
      { reps: 10, loadKg: 20, share: null },
      { reps: 5, loadKg: 40, share: 0.4 },
      { reps: 3, loadKg: 60, share: 0.6 },
      { reps: 1, loadKg: 80, share: 0.8 },
    ]);
  });

  it('rounds each step to 2.5 kg (loadable with 1.25 kg plates)', () => {
    const loads = warmupRamp({ implement: 'barbell', workingLoadKg: 87.5 }).map((step) => step.loadKg);
    expect(loads).toEqual([20, 35, 52.5, 70]);
    for (const load of loads) expect((load * 10) % 25).toBe(0);
  });

  it('takes fewer steps for light loads: 50 kg → bar, 50 %, 75 %; 30 kg → bar, 75 %', () => {
    expect(warmupRamp({ implement: 'barbell', workingLoadKg: 50 }).map((s) => [s.reps, s.loadKg])).toEqual([
      [10, 20],
      [5, 25],
      [3, 37.5],
    ]);
    expect(warmupRamp({ implement: 'barbell', workingLoadKg: 30 }).map((s) => [s.reps, s.loadKg])).toEqual([
      [10, 20],
      [5, 22.5],
    ]);
  });

  it('drops steps that round onto the previous one or the working load', () => {
    // 22.5 kg: 75 % rounds to 17.5 → below the bar, floored to the bar = the previous step.
    expect(warmupRamp({ implement: 'barbell', workingLoadKg: 22.5 })).toEqual([{ reps: 10, loadKg: 20, share: null }]);
  });

  it('no ramp when the working load is the empty bar or less', () => {
    expect(warmupRamp({ implement: 'barbell', workingLoadKg: 20 })).toEqual([]);
    expect(warmupRamp({ implement: 'barbell', workingLoadKg: 15, barKg: 15 })).toEqual([]);
  });

  it('uses the given bar: 15 kg bar for 60 kg → 15, 30, 45', () => {
    expect(warmupRamp({ implement: 'barbell', workingLoadKg: 60, barKg: 15 }).map((s) => s.loadKg)).toEqual([15, 30, 45]);
  });

  it('dumbbells by 50 / 75 % per hand, rounded to 2 kg', () => {
    expect(warmupRamp({ implement: 'dumbbell', workingLoadKg: 30 })).toEqual([
      { reps: 10, loadKg: 16, share: 0.5 },
      { reps: 5, loadKg: 22, share: 0.75 },
    ]);
    expect(warmupRamp({ implement: 'dumbbell', workingLoadKg: 8 })).toEqual([{ reps: 10, loadKg: 4, share: 0.5 }]);
    expect(warmupRamp({ implement: 'dumbbell', workingLoadKg: 3 })).toEqual([]);
  });
});
