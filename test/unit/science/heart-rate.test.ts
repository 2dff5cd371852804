import { describe, expect, it } from 'vitest';
import {
  ageFromBirthYear, cleanTimeline, dataQuality, edwardsTrimp, effortScoreFromTrimp, heartRateZones, maxHeartRate,
  summarizeHeartRate, tanakaMaxHr, toEpochSeconds, zoneOf, type HrSample,
} from '../../../shared/domain/science';

const T0 = 1_740_000_000; // epoch seconds
/** A 1 Hz timeline from `from` to `to` seconds (inclusive) at a bpm given per second. */
const timeline = (from: number, to: number, bpm: (s: number) => number): HrSample[] =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ t: T0 + from + i, bpm: bpm(from + i) }));

describe('max heart rate', () => {
  it('Tanaka: age 40 → 180; 220 − age on request', () => {
    expect(tanakaMaxHr(40)).toBe(180);
    expect(maxHeartRate({ profileMaxHr: null, age: 30 })).toEqual({ bpm: 187, method: 'tanaka' });
    expect(maxHeartRate({ profileMaxHr: null, age: 30, formula: 'fox_220' })).toEqual({ bpm: 190, method: 'fox_220' });
  });
  it('prefers the profile value and is null without age', () => {
    expect(maxHeartRate({ profileMaxHr: 195, age: 30 })).toEqual({ bpm: 195, method: 'profile' });
    expect(maxHeartRate({ profileMaxHr: null, age: null })).toBeNull();
  });
  it('derives age from the birth year', () => {
    expect(ageFromBirthYear(1985, new Date('2025-06-01T00:00:00Z'))).toBe(40);
    expect(ageFromBirthYear(null, new Date('2025-06-01T00:00:00Z'))).toBeNull();
  });
});

describe('zones', () => {
  it('splits max HR at 50–60–70–80–90–100 %', () => {
    expect(heartRateZones(180).map((z) => [z.zone, z.minBpm, z.maxBpm])).toEqual([
      ['z1', 90, 108], ['z2', 108, 126], ['z3', 126, 144], ['z4', 144, 162], ['z5', 162, 180],
    ]);
    expect([zoneOf(89, 180), zoneOf(90, 180), zoneOf(143, 180), zoneOf(144, 180), zoneOf(200, 180)]).toEqual([null, 'z1', 'z3', 'z4', 'z5']);
  });
});

describe('Edwards TRIMP and effort score', () => {
  it('weights minutes in zones 1–5', () => {
    // 10·1 + 20·2 + 15·3 + 10·4 + 5·5 = 160
    expect(edwardsTrimp({ z1: 10, z2: 20, z3: 15, z4: 10, z5: 5 })).toBe(160);
  });
  it('scales 300 AU to 100 and caps', () => {
    expect(effortScoreFromTrimp(160)).toBe(53);
    expect(effortScoreFromTrimp(180)).toBe(60);
    expect(effortScoreFromTrimp(900)).toBe(100);
    expect(effortScoreFromTrimp(0)).toBe(0);
  });
});

describe('dataQuality', () => {
  it('applies the seed thresholds', () => {
    expect(dataQuality(0.96, 0.04)).toBe('excellent');
    expect(dataQuality(0.96, 0.05)).toBe('good');
    expect(dataQuality(0.95, 0)).toBe('good');
    expect(dataQuality(0.8, 0.09)).toBe('good');
    expect(dataQuality(0.79, 0)).toBe('fair');
    expect(dataQuality(0.9, 0.15)).toBe('fair');
    expect(dataQuality(0.59, 0)).toBe('poor');
    expect(dataQuality(1, 0.2)).toBe('poor');
  });
});

describe('summarizeHeartRate', () => {
  it('summarizes a steady 10-minute Z3 effort', () => {
    const summary = summarizeHeartRate({ samples: timeline(0, 599, () => 150), maxHr: 200 });
    expect(summary).toMatchObject({
      minBpm: 150, avgBpm: 150, maxBpm: 150,
      zoneSeconds: { z1: 0, z2: 0, z3: 600, z4: 0, z5: 0 }, belowZonesSeconds: 0,
      trimp: 30, effortScore: 10, samplingIntervalSec: 1, expectedSeconds: 600, coveredSeconds: 600,
      completeness: 1, anomalyCount: 0, quality: 'excellent',
    });
  });

  it('weights the average by time, not by sample count', () => {
    // Device cadence 5 s; the reading at t = 5 is followed 1 s later, so it stands for 1 s only.
    const samples = [{ t: T0, bpm: 100 }, { t: T0 + 5, bpm: 100 }, { t: T0 + 6, bpm: 130 }, { t: T0 + 11, bpm: 130 }];
    // Weights 5, 1, 5, 5 → (500 + 100 + 650 + 650) / 16 = 118.75 (a plain mean would say 115).
    expect(summarizeHeartRate({ samples, maxHr: 190, samplingIntervalSec: 5 }).avgBpm).toBe(118.8);
  });

  it('measures completeness against the timeline span or the given window', () => {
    const gappy = [...timeline(0, 299, () => 140), ...timeline(600, 899, () => 140)];
    const bySpan = summarizeHeartRate({ samples: gappy, maxHr: 190 });
    expect(bySpan).toMatchObject({ expectedSeconds: 900, coveredSeconds: 600, completeness: 0.667, quality: 'fair' });
    const byWindow = summarizeHeartRate({ samples: timeline(0, 899, () => 140), maxHr: 190, window: { start: T0, end: T0 + 1000 } });
    expect(byWindow).toMatchObject({ expectedSeconds: 1000, coveredSeconds: 900, completeness: 0.9, quality: 'good' });
  });

  it('drops out-of-range readings and spikes as anomalies', () => {
    const samples = timeline(0, 99, (s) => (s === 10 ? 20 : s === 20 ? 250 : s === 30 ? 200 : 120));
    const summary = summarizeHeartRate({ samples, maxHr: 190 });
    // 20 and 250 bpm are implausible; 200 is a +80 jump one second after 120; the reading after the spike is fine.
    expect(summary).toMatchObject({ anomalyCount: 3, sampleCount: 100, anomalyRate: 0.03, minBpm: 120, maxBpm: 120, coveredSeconds: 97 });
    expect(summary.quality).toBe('excellent');
  });

  it('flags a level change once, not every reading after it', () => {
    const { anomalies, valid } = cleanTimeline(timeline(0, 9, (s) => (s < 5 ? 100 : 150)));
    expect(anomalies).toBe(1);
    expect(valid).toHaveLength(9);
  });

  it('handles an empty timeline', () => {
    expect(summarizeHeartRate({ samples: [], maxHr: 190 })).toMatchObject({
      minBpm: null, avgBpm: null, maxBpm: null, zoneSeconds: { z1: 0, z2: 0, z3: 0, z4: 0, z5: 0 },
      trimp: 0, effortScore: 0, expectedSeconds: 0, coveredSeconds: 0, completeness: 0, anomalyRate: 0, quality: 'poor',
    });
  });

  it('leaves zones and effort null without a max HR', () => {
    const summary = summarizeHeartRate({ samples: timeline(0, 59, () => 150), maxHr: null });
    expect(summary).toMatchObject({ zoneSeconds: null, trimp: null, effortScore: null, avgBpm: 150 });
  });

  it('accepts ISO, epoch-second and epoch-millisecond timestamps alike, in any order', () => {
    expect(toEpochSeconds('2025-02-19T21:20:00Z')).toBe(1_740_000_000);
    expect(toEpochSeconds(1_740_000_000_000)).toBe(1_740_000_000);
    expect(toEpochSeconds('not a date')).toBeNull();
    const iso = [{ t: '2025-02-19T21:20:01Z', bpm: 160 }, { t: '2025-02-19T21:20:00Z', bpm: 150 }];
    const summary = summarizeHeartRate({ samples: iso, maxHr: 200 });
    expect(summary).toMatchObject({ avgBpm: 155, expectedSeconds: 2, completeness: 1 });
  });

  it('counts unreadable timestamps as anomalies', () => {
    const samples = [...timeline(0, 8, () => 120), { t: 'garbage', bpm: 120 }];
    expect(summarizeHeartRate({ samples, maxHr: 190 })).toMatchObject({ sampleCount: 10, anomalyCount: 1, anomalyRate: 0.1, quality: 'fair' });
  });
});
