import { describe, expect, it } from 'vitest';
import { bestOverlap, overlapsEnough, sessionInterval } from '../../../shared/domain/wearables/matching';
import { hrSeries, MAX_SERIES_POINTS, workoutHeartRate } from '../../../shared/domain/wearables/session-wearable';
import { providerConfig, REAL_ENDPOINTS } from '../../../shared/wearables/providers/config';
import { retryAfterSeconds } from '../../../shared/wearables/providers/http';
import { isoDurationSeconds, polarWorkout } from '../../../shared/wearables/providers/polar';
import { disciplineOf } from '../../../shared/wearables/providers/sports';
import { localTokenCipher } from '../../../shared/wearables/token-cipher';
import { generateHeartRate } from '../../../infra/local/wearables-simulator/heart-rate';

const at = (iso: string) => Date.parse(iso);

describe('matching a workout to a session (pure)', () => {
  const session = { start: at('2026-03-10T07:00:00Z'), end: at('2026-03-10T08:00:00Z') };
  it('links on a real overlap, never on a touching edge or a sliver', () => {
    expect(overlapsEnough(session, { start: at('2026-03-10T06:55:00Z'), end: at('2026-03-10T08:05:00Z') })).toBe(true);
    expect(overlapsEnough(session, { start: at('2026-03-10T08:00:00Z'), end: at('2026-03-10T09:00:00Z') })).toBe(false);
    expect(overlapsEnough(session, { start: at('2026-03-10T07:58:00Z'), end: at('2026-03-10T09:00:00Z') })).toBe(false);
  });
  it('picks the candidate overlapping most', () => {
    const a = { id: 'a', start: at('2026-03-10T06:30:00Z'), end: at('2026-03-10T07:20:00Z') };
    const b = { id: 'b', start: at('2026-03-10T07:10:00Z'), end: at('2026-03-10T08:10:00Z') };
    expect(bestOverlap(session, [a, b], (c) => c)?.id).toBe('b');
    expect(bestOverlap(session, [], (c) => c)).toBeNull();
  });
  it("a session's interval runs from its start to its completion", () => {
    expect(sessionInterval({ startedAt: '2026-03-10T07:00:00Z', completedAt: '2026-03-10T08:00:00Z' })).toEqual(session);
    expect(sessionInterval({ startedAt: null, completedAt: '2026-03-10T08:00:00Z', metrics: { durationMin: 60 } })).toEqual(session);
    expect(sessionInterval({ startedAt: null, completedAt: null })).toBeNull();
  });
});

describe('HR details of a workout (pure)', () => {
  const start = '2026-03-10T07:00:00.000Z';
  const samples = Array.from({ length: 3600 }, (_, i) => ({ t: at(start) / 1000 + i, bpm: 150 }));
  it('zones against the profile max HR, else Tanaka from the birth year, with a chart series capped in points', () => {
    const window = { start, end: '2026-03-10T08:00:00.000Z' };
    const profiled = workoutHeartRate({ samples, window, samplingIntervalSec: 1, profile: { maxHeartRate: 200, birthYear: null }, now: new Date(start) });
    expect(profiled.maxHr).toEqual({ bpm: 200, method: 'profile' });
    expect(profiled.zoneSeconds).toMatchObject({ z3: 3600 });
    expect(profiled.quality.level).toBe('excellent');
    const tanaka = workoutHeartRate({ samples, window, samplingIntervalSec: 1, profile: { maxHeartRate: null, birthYear: 1986 }, now: new Date(start) });
    expect(tanaka.maxHr).toEqual({ bpm: 180, method: 'tanaka' });
    expect(tanaka.series!.bpm.length).toBeLessThanOrEqual(MAX_SERIES_POINTS);
    expect(tanaka.series!.stepSec).toBe(3);
  });
  it('without samples keeps the provider averages and has no zones', () => {
    const details = workoutHeartRate({ samples: [], window: { start, end: '2026-03-10T08:00:00.000Z' }, samplingIntervalSec: null, profile: { maxHeartRate: 190, birthYear: null }, fallback: { avgHr: 140, maxHr: 170 }, now: new Date(start) });
    expect(details).toMatchObject({ avgBpm: 140, maxBpm: 170, zoneSeconds: null, effortScore: null, series: null, quality: { level: 'poor', sampleCount: 0 } });
  });
  it('series: mean per step, null where no reading', () => {
    const series = hrSeries([{ t: at(start) / 1000, bpm: 100 }, { t: at(start) / 1000 + 1, bpm: 110 }], { start, end: '2026-03-10T07:00:04.000Z' }, 2);
    expect(series).toEqual({ startAt: start, stepSec: 2, bpm: [105, null] });
  });
});

describe('provider adapters (pure parts)', () => {
  it("Polar: ISO durations, local start + offset → UTC, heart-rate samples at the recording rate, Polar's zeros are gaps", () => {
    expect(isoDurationSeconds('PT1H2M3.5S')).toBe(3723.5);
    const workout = polarWorkout({
      id: '123', start_time: '2026-03-10T08:00:00', start_time_utc_offset: 60, duration: 'PT0H0M6S', sport: 'RUNNING',
      heart_rate: { average: 140, maximum: 150 }, samples: [{ 'recording-rate': 2, 'sample-type': '0', data: '120,0,,130' }],
    });
    expect(workout).toMatchObject({ externalId: '123', type: 'running', startAt: '2026-03-10T07:00:00.000Z', endAt: '2026-03-10T07:00:06.000Z', avgHr: 140, samplingIntervalSec: 2 });
    expect(workout.samples).toEqual([{ t: at('2026-03-10T07:00:00Z') / 1000, bpm: 120 }, { t: at('2026-03-10T07:00:06Z') / 1000, bpm: 130 }]);
  });
  it('Retry-After in seconds or as an HTTP date', () => {
    expect(retryAfterSeconds('30', 60)).toBe(30);
    expect(retryAfterSeconds(new Date(Date.now() + 10_000).toUTCString(), 60)).toBeGreaterThanOrEqual(9);
    expect(retryAfterSeconds(null, 60)).toBe(60);
  });
  it('providers are configured by client credentials; the simulator URL replaces the real endpoints', () => {
    expect(providerConfig('oura', {})).toBeNull();
    expect(providerConfig('oura', { WEARABLES_OURA_CLIENT_ID: 'id', WEARABLES_OURA_CLIENT_SECRET: 's' })).toMatchObject(REAL_ENDPOINTS.oura);
    expect(providerConfig('withings', { WEARABLES_WITHINGS_CLIENT_ID: 'id', WEARABLES_WITHINGS_CLIENT_SECRET: 's', WEARABLES_SIMULATOR_URL: 'http://127.0.0.1:9330' })).toMatchObject({
      tokenUrl: 'http://127.0.0.1:9330/withings/v2/oauth2', apiBase: 'http://127.0.0.1:9330/withings',
    });
  });
  it('sports map to disciplines', () => {
    expect(disciplineOf('TRAIL_RUNNING')).toBe('running');
    expect(disciplineOf('indoor cycling')).toBe('cycling');
    expect(disciplineOf('golf')).toBeNull();
  });
});

describe('local token cipher', () => {
  const cipher = localTokenCipher(Buffer.alloc(32, 7).toString('base64'));
  it('round-trips, and refuses a ciphertext under another context or key', async () => {
    const context = { userId: 'u', provider: 'oura', kind: 'access' as const };
    const sealed = await cipher.encrypt('secret-token', context);
    expect(sealed.ciphertext).not.toContain('secret-token');
    expect(await cipher.decrypt(sealed, context)).toBe('secret-token');
    await expect(cipher.decrypt(sealed, { ...context, userId: 'v' })).rejects.toThrow();
    await expect(localTokenCipher(Buffer.alloc(32, 8).toString('base64')).decrypt(sealed, context)).rejects.toThrow(/another key/);
  });
});

describe('simulated heart rate', () => {
  it('is deterministic per seed and physiological: warm-up below the work level, within 30–230 but for rare artefacts', () => {
    const a = generateHeartRate({ sport: 'running', durationSec: 3600, stepSec: 1, seed: 42 });
    expect(generateHeartRate({ sport: 'running', durationSec: 3600, stepSec: 1, seed: 42 })).toEqual(a);
    const valid = a.filter((b): b is number => b !== null);
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean(valid.slice(0, 120))).toBeLessThan(mean(valid.slice(1200, 2400)) - 20);
    expect(valid.filter((b) => b < 30 || b > 230).length / valid.length).toBeLessThan(0.01);
  });
});
