import { describe, expect, it } from 'vitest';
import { perMinute, zoneMinutes } from '../../../frontend/src/wearables/hr-chart';

describe('session HR panel helpers', () => {
  it('averages a 5 s series per minute, a minute without readings stays empty', () => {
    const bpm = [...Array<number>(12).fill(100), ...Array<null>(12).fill(null), ...Array<number>(6).fill(130), ...Array<number>(6).fill(140)];
    expect(perMinute({ startAt: '2026-03-02T07:00:00.000Z', stepSec: 5, bpm })).toEqual({ minutes: [0, 1, 2], bpm: [100, null, 135] });
  });

  it('rounds a partial last minute into its own point', () => {
    expect(perMinute({ startAt: '2026-03-02T07:00:00.000Z', stepSec: 30, bpm: [120, 122, 150] }).bpm).toEqual([121, 150]);
  });

  it('turns zone seconds into minutes and names the zone with the most time', () => {
    expect(zoneMinutes({ z1: 600, z2: 1500, z3: 90, z4: 0, z5: 30 })).toEqual({ minutes: [10, 25, 1.5, 0, 0.5], top: 1, total: 37 });
  });
});
