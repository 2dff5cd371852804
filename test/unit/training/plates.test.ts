import { describe, expect, it } from 'vitest';
import { kgToLb, lbToKg, plateLoading } from '../../../shared/domain/training/plates';

describe('plateLoading', () => {
  it('loads 100 kg on a 20 kg bar with 25 + 15 per side (heaviest first)', () => {
    const loading = plateLoading({ target: 100, bar: 20, unit: 'kg' });
    expect(loading).toMatchObject({ exact: true, loaded: 100, belowBar: false });
    expect(loading.perSide).toEqual([{ weight: 25, count: 1 }, { weight: 15, count: 1 }]);
  });

  it('uses small plates for fractional loads: 62.5 kg = 20 + 1.25 per side', () => {
    expect(plateLoading({ target: 62.5, bar: 20, unit: 'kg' }).perSide).toEqual([{ weight: 20, count: 1 }, { weight: 1.25, count: 1 }]);
  });

  it('loads pounds: 225 lb on a 45 lb bar is two 45s per side', () => {
    const loading = plateLoading({ target: 225, bar: 45, unit: 'lb' });
    expect(loading.exact).toBe(true);
    expect(loading.perSide).toEqual([{ weight: 45, count: 2 }]);
  });

  it('says when the load is below the bar and offers the empty bar', () => {
    const loading = plateLoading({ target: 15, bar: 20, unit: 'kg' });
    expect(loading).toMatchObject({ belowBar: true, exact: false, loaded: 20, perSide: [], nearestAbove: 20, nearestBelow: null });
  });

  it('the empty bar exactly needs no plates', () => {
    expect(plateLoading({ target: 20, bar: 20, unit: 'kg' })).toMatchObject({ exact: true, belowBar: false, loaded: 20, perSide: [] });
  });

  it('an odd remainder is not loadable: 101 kg gives the nearest (100) and both neighbours', () => {
    const loading = plateLoading({ target: 101, bar: 20, unit: 'kg' });
    expect(loading).toMatchObject({ exact: false, loaded: 100, nearestBelow: 100, nearestAbove: 102.5 });
    expect(loading.perSide).toEqual([{ weight: 25, count: 1 }, { weight: 15, count: 1 }]);
  });

  it('rounds up when the heavier neighbour is nearer: 102 kg → 102.5 kg', () => {
    expect(plateLoading({ target: 102, bar: 20, unit: 'kg' })).toMatchObject({ exact: false, loaded: 102.5 });
  });

  it('respects limited pairs: one pair of 20s for 100 kg → 20 + 10 + 10 per side', () => {
    const stock = [{ weight: 20, pairs: 1 }, { weight: 10, pairs: 3 }, { weight: 5, pairs: 1 }];
    const loading = plateLoading({ target: 100, bar: 20, unit: 'kg', stock });
    expect(loading.exact).toBe(true);
    expect(loading.perSide).toEqual([{ weight: 20, count: 1 }, { weight: 10, count: 2 }]);
  });

  it('finds an exact load greedy misses with limited pairs: 30 per side from one 25 pair and two 15 pairs', () => {
    const stock = [{ weight: 25, pairs: 1 }, { weight: 15, pairs: 2 }];
    const loading = plateLoading({ target: 80, bar: 20, unit: 'kg', stock });
    expect(loading).toMatchObject({ exact: true, loaded: 80 });
    expect(loading.perSide).toEqual([{ weight: 15, count: 2 }]);
  });

  it('stops at what the inventory can make: 2 pairs of 10s cap a 20 kg bar at 60 kg', () => {
    const loading = plateLoading({ target: 100, bar: 20, unit: 'kg', stock: [{ weight: 10, pairs: 2 }] });
    expect(loading).toMatchObject({ exact: false, loaded: 60, nearestBelow: 60, nearestAbove: null });
  });

  it('converts between kg and lb', () => {
    expect(kgToLb(100)).toBeCloseTo(220.46, 2);
    expect(lbToKg(45)).toBeCloseTo(20.41, 2);
  });
});
