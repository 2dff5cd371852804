import { describe, expect, it } from 'vitest';
import { edwardsTrimp, heartRateZones, keytelCalories, summarizeHeartRate, zoneOf, type HrSample } from '../../../shared/domain/science';
import { heartRateBasis, workoutCalories } from '../../../shared/domain/wearables/analytics';
import { workoutHeartRate } from '../../../shared/domain/wearables/session-wearable';
import { parseWorkoutFile } from '../../../shared/wearables/files';
import { FIT_SPORT, fitFile, generateTimeline } from '../../fixtures/wearables/workout-files';

const NOW = new Date('2026-03-10T12:00:00Z');
const T0 = Date.parse('2026-03-02T07:00:00Z') / 1000;
const steady = (seconds: number, bpm: (s: number) => number): HrSample[] => Array.from({ length: seconds }, (_, s) => ({ t: T0 + s, bpm: bpm(s) }));

describe('heart-rate-reserve zones (Karvonen) when the resting HR is known', () => {
  it('puts the zone bounds at rest + 50…100 % of (max − rest)', () => {
    // max 180, rest 60: reserve 120 → 120, 132, 144, 156, 168, 180.
    expect(heartRateZones(180, 60).map((z) => [z.minBpm, z.maxBpm])).toEqual([[120, 132], [132, 144], [144, 156], [156, 168], [168, 180]]);
    expect([zoneOf(119, 180, 60), zoneOf(120, 180, 60), zoneOf(150, 180, 60), zoneOf(170, 180, 60)]).toEqual([null, 'z1', 'z3', 'z5']);
  });

  it('falls back to shares of max HR for a resting HR that cannot be one (≥ max, ≤ 0)', () => {
    expect(heartRateZones(180, 190)).toEqual(heartRateZones(180));
    expect(zoneOf(100, 180, 0)).toBe(zoneOf(100, 180));
  });

  it('the summary says which basis its zones use', () => {
    const samples = steady(600, () => 140);
    expect(summarizeHeartRate({ samples, maxHr: 180 }).zoneBasis).toBe('max_hr');
    const hrr = summarizeHeartRate({ samples, maxHr: 180, restingHr: 60 });
    expect(hrr.zoneBasis).toBe('hrr');
    // 140 bpm: 77.8 % of max (Z3) but 66.7 % of the reserve (Z2).
    expect(summarizeHeartRate({ samples, maxHr: 180 }).zoneSeconds).toMatchObject({ z3: 600 });
    expect(hrr.zoneSeconds).toMatchObject({ z2: 600 });
    expect(summarizeHeartRate({ samples, maxHr: null }).zoneBasis).toBeNull();
  });
});

describe('heartRateBasis: max HR from the profile, else Tanaka; reserve when resting HR is known', () => {
  it('uses the profile max HR and resting HR', () => {
    expect(heartRateBasis({ maxHeartRate: 190, restingHeartRate: 50, birthYear: 1986 }, NOW)).toEqual({ maxHr: { bpm: 190, method: 'profile' }, restingHr: 50, zoneBasis: 'hrr' });
  });
  it('estimates with Tanaka from the birth year (40 → 180) and keeps shares of max without resting HR', () => {
    expect(heartRateBasis({ maxHeartRate: null, birthYear: 1986 }, NOW)).toEqual({ maxHr: { bpm: 180, method: 'tanaka' }, restingHr: null, zoneBasis: 'max_hr' });
  });
  it('has no zones without max HR or birth year', () => {
    expect(heartRateBasis({ maxHeartRate: null, restingHeartRate: 55, birthYear: null }, NOW)).toEqual({ maxHr: null, restingHr: null, zoneBasis: null });
  });
});

describe('a workout\'s HR details say which zones they use', () => {
  const window = { start: '2026-03-02T07:00:00.000Z', end: '2026-03-02T07:10:00.000Z' };
  const samples = steady(600, () => 140);
  it('heart-rate reserve with the profile resting HR', () => {
    const hr = workoutHeartRate({ samples, window, samplingIntervalSec: 1, profile: { maxHeartRate: 180, restingHeartRate: 60, birthYear: null }, now: NOW });
    expect(hr).toMatchObject({ zoneBasis: 'hrr', restingHr: 60, maxHr: { bpm: 180, method: 'profile' }, zoneSeconds: { z2: 600 } });
  });
  it('shares of max HR without one', () => {
    const hr = workoutHeartRate({ samples, window, samplingIntervalSec: 1, profile: { maxHeartRate: null, birthYear: 1986 }, now: NOW });
    expect(hr).toMatchObject({ zoneBasis: 'max_hr', restingHr: null, maxHr: { bpm: 180, method: 'tanaka' }, zoneSeconds: { z3: 600 } });
  });
});

describe('workoutCalories: the device first, else Keytel 2005', () => {
  const profile = { maxHeartRate: null, birthYear: 1986, weightKg: 70, sex: 'male' as const };
  it("keeps the device's figure", () => {
    expect(workoutCalories({ deviceKcal: 520, avgHr: 150, durationMin: 45 }, profile, NOW)).toEqual({ kcal: 520, method: 'wearable' });
  });
  it('estimates from the average HR, weight, age and sex without one', () => {
    const expected = Math.round(keytelCalories({ avgHr: 150, weightKg: 70, age: 40, sex: 'male', durationMin: 45 }));
    expect(workoutCalories({ deviceKcal: null, avgHr: 150, durationMin: 45 }, profile, NOW)).toEqual({ kcal: expected, method: 'keytel_2005' });
    // Keytel male at 150 bpm, 70 kg, 40 y: (−55.0969 + 94.635 + 13.916 + 8.068) kJ/min ÷ 4.184 ≈ 14.7 kcal/min.
    expect(expected / 45).toBeCloseTo(14.7, 1);
  });
  it('says none when neither the device nor the profile allows an estimate', () => {
    expect(workoutCalories({ deviceKcal: null, avgHr: 150, durationMin: 45 }, { ...profile, weightKg: null }, NOW)).toEqual({ kcal: null, method: 'none' });
    expect(workoutCalories({ deviceKcal: null, avgHr: null, durationMin: 45 }, profile, NOW)).toEqual({ kcal: null, method: 'none' });
  });
});

describe('a generated file through the analytics', () => {
  it('min/avg/max, zones that add up, the effort score formula and an excellent badge despite a 20 s dropout', async () => {
    const points = generateTimeline({ start: new Date('2026-03-02T07:00:00Z'), durationSec: 45 * 60, seed: 1, dropouts: [[1500, 1520]] });
    const workout = await parseWorkoutFile('fit', fitFile(points, { sport: FIT_SPORT.running, calories: 520 }));
    const summary = summarizeHeartRate({ samples: workout.samples, maxHr: 180, window: { start: workout.startAt, end: workout.endAt } });
    const bpms = workout.samples.map((s) => s.bpm);
    expect(summary.minBpm).toBe(Math.min(...bpms));
    expect(summary.maxBpm).toBe(Math.max(...bpms));
    expect(summary.avgBpm!).toBeGreaterThan(summary.minBpm!);
    const zoned = Object.values(summary.zoneSeconds!).reduce((a, b) => a + b, 0);
    expect(zoned + summary.belowZonesSeconds!).toBe(summary.coveredSeconds);
    expect(summary.coveredSeconds).toBe(45 * 60 - 20);
    const minutes = Object.fromEntries(Object.entries(summary.zoneSeconds!).map(([zone, s]) => [zone, s / 60])) as Record<'z1' | 'z2' | 'z3' | 'z4' | 'z5', number>;
    expect(summary.trimp).toBe(edwardsTrimp(minutes));
    expect(summary.effortScore).toBe(Math.round(Math.min(100, (summary.trimp! / 300) * 100)));
    expect(summary.completeness).toBeCloseTo(1 - 20 / 2700, 3);
    expect(summary.quality).toBe('excellent');
  });

  it('spikes and sensor errors are anomalies that lower the badge', () => {
    // Every 8th reading is a spike of +60 bpm, and every 20th a 250 bpm sensor error: ~17 % anomalies.
    const samples = steady(1200, (s) => (s % 20 === 0 ? 250 : s % 8 === 0 ? 200 : 140));
    const summary = summarizeHeartRate({ samples, maxHr: 180 });
    expect(summary.maxBpm).toBe(140);
    expect(summary.anomalyRate).toBeGreaterThan(0.1);
    expect(summary.anomalyRate).toBeLessThan(0.2);
    expect(summary.quality).toBe('fair');
  });
});
