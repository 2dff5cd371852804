import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/domain/science/days';
import { fitnessFatigue } from '../../../shared/domain/science/fitness-fatigue';
import { monotonyAndStrain } from '../../../shared/domain/science/monotony';

describe('fitnessFatigue (CTL 42 d, ATL 7 d, TSB)', () => {
  it('one day of 100 AU: CTL and ATL each take their share (1 − e^(−1/τ)); TSB is yesterday’s balance (0)', () => {
    const result = fitnessFatigue([{ day: '2026-03-01', load: 100 }], '2026-03-01', '2026-03-01');
    expect(result.ctl).toBeCloseTo(100 * (1 - Math.exp(-1 / 42)), 1); // 2.35
    expect(result.atl).toBeCloseTo(100 * (1 - Math.exp(-1 / 7)), 1); // 13.31
    expect(result.tsb).toBe(0);
  });

  it('a steady 60 AU a day for 120 days: CTL approaches 60 more slowly than ATL; form is negative but small', () => {
    const from = '2026-01-01';
    const loads = Array.from({ length: 120 }, (_, i) => ({ day: addDays(from, i), load: 60 }));
    const result = fitnessFatigue(loads, from, addDays(from, 119));
    expect(result.atl).toBeCloseTo(60, 0);
    expect(result.ctl).toBeCloseTo(60 * (1 - Math.exp(-120 / 42)), 0); // 56.6
    expect(result.tsb).toBeLessThan(0);
    expect(result.tsb).toBeGreaterThan(-5);
  });

  it('after a hard week, fatigue exceeds fitness (TSB < 0); after 3 rest weeks form is positive', () => {
    const from = '2026-01-01';
    const base = Array.from({ length: 60 }, (_, i) => ({ day: addDays(from, i), load: 40 }));
    const block = Array.from({ length: 7 }, (_, i) => ({ day: addDays(from, 60 + i), load: 150 }));
    expect(fitnessFatigue([...base, ...block], from, addDays(from, 67)).tsb).toBeLessThan(-30);
    expect(fitnessFatigue([...base, ...block], from, addDays(from, 67 + 21)).tsb).toBeGreaterThan(0);
  });

  it('ignores days outside the range and non-positive loads', () => {
    const result = fitnessFatigue([{ day: '2025-12-31', load: 500 }, { day: '2026-01-02', load: -5 }, { day: '2026-02-01', load: 900 }], '2026-01-01', '2026-01-10');
    expect(result).toEqual({ ctl: 0, atl: 0, tsb: 0, days: 10 });
  });
});

describe('monotonyAndStrain (Foster 1998)', () => {
  it('three sessions of 300 AU in 7 days: mean 128.6, SD 148.5 → monotony 0.87, strain 779', () => {
    const today = '2026-03-07';
    const loads = [addDays(today, -6), addDays(today, -4), addDays(today, -2)].map((day) => ({ day, load: 300 }));
    const result = monotonyAndStrain(loads, today);
    // mean = 900/7 = 128.57; SD = sqrt((3·171.43² + 4·128.57²)/7) = 148.46 → 0.87; strain = 900 × 0.87 = 783
    expect(result.weeklyLoad).toBe(900);
    expect(result.monotony).toBe(0.87);
    expect(result.strain).toBe(783);
  });

  it('the same load every day has no variation: monotony undefined (null), not infinite', () => {
    const today = '2026-03-07';
    const loads = Array.from({ length: 7 }, (_, i) => ({ day: addDays(today, -i), load: 200 }));
    expect(monotonyAndStrain(loads, today)).toEqual({ weeklyLoad: 1400, monotony: null, strain: null });
  });

  it('nearly the same load every day: high monotony (> 2)', () => {
    const today = '2026-03-07';
    const loads = Array.from({ length: 7 }, (_, i) => ({ day: addDays(today, -i), load: i === 0 ? 250 : 200 }));
    expect(monotonyAndStrain(loads, today).monotony).toBeGreaterThan(2);
  });

  it('nothing in the last 7 days', () => {
    expect(monotonyAndStrain([{ day: '2026-02-01', load: 300 }], '2026-03-07')).toEqual({ weeklyLoad: 0, monotony: null, strain: null });
  });
});
