import * as z from '../../zod';
import { summarizeHeartRate } from '../science/heart-rate/summary';
import { toEpochSeconds, type HrSample } from '../science/heart-rate/timeline';
import { heartRateBasis, type AthleteProfile } from './analytics';
import { externalIdSchema, providerIdSchema } from './provider';

const bpm = z.number().check(z.minimum(20), z.maximum(260));
const seconds = () => z.number().check(z.minimum(0));
const zoneValuesSchema = z.object({ z1: seconds(), z2: seconds(), z3: seconds(), z4: seconds(), z5: seconds() });

/** Most points a stored HR series keeps (2 h at 5 s); longer workouts get a coarser step. */
export const MAX_SERIES_POINTS = 1440;

/** A workout's HR timeline for charts: one value per `stepSec` from `startAt` (null = no reading). */
export const hrSeriesSchema = z.object({
  startAt: z.iso.datetime(),
  stepSec: z.int().check(z.minimum(1), z.maximum(3600)),
  bpm: z.array(z.nullable(bpm)).check(z.maxLength(MAX_SERIES_POINTS)),
});
export type HrSeries = z.infer<typeof hrSeriesSchema>;

/** What a workout's HR timeline says (shared by the stored workout and the session it is linked to). */
export const heartRateDetailsSchema = z.object({
  minBpm: z.nullable(bpm),
  avgBpm: z.nullable(bpm),
  maxBpm: z.nullable(bpm),
  /** Seconds per zone Z1–Z5; null without a max HR. */
  zoneSeconds: z.nullable(zoneValuesSchema),
  belowZonesSeconds: z.nullable(z.number().check(z.minimum(0))),
  maxHr: z.nullable(z.object({ bpm: z.int().check(z.minimum(100), z.maximum(240)), method: z.enum(['profile', 'tanaka', 'fox_220']) })),
  /** What the zones are shares of: max HR, or the heart-rate reserve above `restingHr` (Karvonen). */
  zoneBasis: z.optional(z.nullable(z.enum(['max_hr', 'hrr']))),
  restingHr: z.optional(z.nullable(bpm)),
  trimp: z.nullable(z.number().check(z.minimum(0))),
  effortScore: z.nullable(z.number().check(z.minimum(0), z.maximum(100))),
  quality: z.object({
    level: z.enum(['excellent', 'good', 'fair', 'poor']),
    completeness: z.number().check(z.minimum(0), z.maximum(1)),
    anomalyRate: z.number().check(z.minimum(0), z.maximum(1)),
    sampleCount: z.int().check(z.minimum(0)),
  }),
  /** Null for workouts imported before series were kept, or without samples. */
  series: z.optional(z.nullable(hrSeriesSchema)),
});
export type HeartRateDetails = z.infer<typeof heartRateDetailsSchema>;

/**
 * Heart-rate metrics of the wearable workout linked to a training session (1:1): one item per
 * session, written by the wearable import when a workout overlaps the session.
 */
export const sessionWearableSchema = z.extend(heartRateDetailsSchema, {
  userId: z.string(),
  sessionId: z.string(),
  provider: providerIdSchema,
  /** The provider's workout id: the same workout re-imported updates the item, another cannot replace it. */
  externalId: externalIdSchema,
  startAt: z.iso.datetime(),
  endAt: z.iso.datetime(),
  calories: z.nullable(z.number().check(z.minimum(0))),
  distanceM: z.nullable(z.number().check(z.minimum(0))),
  linkedAt: z.iso.datetime(),
});
export type SessionWearable = z.infer<typeof sessionWearableSchema>;

/**
 * Downsamples a timeline to at most MAX_SERIES_POINTS values: each value is the mean of the
 * readings in its step (the step is the device cadence, widened to fit the cap).
 */
export function hrSeries(samples: readonly HrSample[], window: { start: string; end: string }, cadenceSec: number): HrSeries | null {
  const start = toEpochSeconds(window.start)!;
  const end = toEpochSeconds(window.end)!;
  if (!(end > start) || samples.length === 0) return null;
  const stepSec = Math.max(1, Math.ceil(cadenceSec), Math.ceil((end - start) / MAX_SERIES_POINTS));
  const count = Math.ceil((end - start) / stepSec);
  const sums = new Array<number>(count).fill(0);
  const counts = new Array<number>(count).fill(0);
  for (const sample of samples) {
    const t = toEpochSeconds(sample.t);
    if (t === null || t < start || t >= end || !(sample.bpm >= 30 && sample.bpm <= 230)) continue;
    const index = Math.floor((t - start) / stepSec);
    sums[index]! += sample.bpm;
    counts[index]! += 1;
  }
  return {
    startAt: new Date(start * 1000).toISOString(),
    stepSec,
    bpm: sums.map((sum, index) => (counts[index]! > 0 ? Math.round(sum / counts[index]!) : null)),
  };
}

/** The profile fields the HR maths need (max and resting HR, birth year; weight and sex for calories). */
export type HeartRateProfile = AthleteProfile;

/**
 * A workout's HR details: min/avg/max, zones against the profile's max HR (else Tanaka from the
 * birth year; heart-rate-reserve zones when the resting HR is known, see analytics.ts), Edwards TRIMP and the 0–100 effort score, the quality badge and a chart series.
 * Without samples, the provider's own averages are kept and the quality is poor (nothing to check).
 */
export function workoutHeartRate(input: {
  samples: readonly HrSample[];
  window: { start: string; end: string };
  samplingIntervalSec: number | null;
  profile: HeartRateProfile;
  fallback?: { avgHr: number | null; maxHr: number | null };
  now: Date;
}): HeartRateDetails {
  const basis = heartRateBasis(input.profile, input.now);
  const max = basis.maxHr && basis.maxHr.bpm >= 100 && basis.maxHr.bpm <= 240 ? basis.maxHr : null;
  const summary = summarizeHeartRate({ samples: input.samples, maxHr: max?.bpm ?? null, restingHr: basis.restingHr, samplingIntervalSec: input.samplingIntervalSec, window: input.window });
  const clampBpm = (value: number | null | undefined) => (value === null || value === undefined ? null : Math.min(260, Math.max(20, value)));
  return heartRateDetailsSchema.parse({
    minBpm: summary.minBpm,
    avgBpm: summary.avgBpm ?? clampBpm(input.fallback?.avgHr),
    maxBpm: summary.maxBpm ?? clampBpm(input.fallback?.maxHr),
    zoneSeconds: summary.sampleCount > 0 ? summary.zoneSeconds : null,
    belowZonesSeconds: summary.sampleCount > 0 ? summary.belowZonesSeconds : null,
    maxHr: max,
    zoneBasis: summary.zoneSeconds && summary.sampleCount > 0 ? summary.zoneBasis : null,
    restingHr: max ? basis.restingHr : null,
    trimp: summary.sampleCount > 0 ? summary.trimp : null,
    effortScore: summary.sampleCount > 0 ? summary.effortScore : null,
    quality: { level: summary.quality, completeness: summary.completeness, anomalyRate: summary.anomalyRate, sampleCount: summary.sampleCount },
    series: hrSeries(input.samples, input.window, summary.samplingIntervalSec),
  });
}
