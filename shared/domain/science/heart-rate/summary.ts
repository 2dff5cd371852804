import { clamp, round } from '../math';
import { edwardsTrimp, effortScoreFromTrimp, zoneSecondsToMinutes } from '../trimp';
import type { ZoneValues } from '../types';
import { dataQuality, type DataQuality } from './quality';
import { cleanTimeline, toEpochSeconds, type HrSample } from './timeline';
import { zoneBasisOf, zoneOf, type ZoneBasis } from './zones';

export interface HeartRateSummaryInput {
  samples: readonly HrSample[];
  /** Max HR in bpm (see maxHeartRate); without it zones, TRIMP and effort are null. */
  maxHr: number | null;
  /** Resting HR in bpm: when known (and below max HR) the zones are heart-rate-reserve (Karvonen) zones. */
  restingHr?: number | null;
  /** Device cadence in seconds; defaults to the timeline's median gap. */
  samplingIntervalSec?: number | null;
  /** The workout window; readings outside it are ignored. Defaults to the timeline's span. */
  window?: { start: string | number; end: string | number } | null;
}

export interface HeartRateSummary {
  minBpm: number | null;
  /** Time-weighted mean, one decimal. */
  avgBpm: number | null;
  maxBpm: number | null;
  /** Seconds per zone; null without max HR. */
  zoneSeconds: ZoneValues | null;
  /** What the zones are shares of; null without max HR. */
  zoneBasis: ZoneBasis | null;
  /** Seconds below Z1; null without max HR. */
  belowZonesSeconds: number | null;
  /** Edwards TRIMP (AU). */
  trimp: number | null;
  /** 0–100, Edwards TRIMP scaled (300 AU → 100) and capped. */
  effortScore: number | null;
  samplingIntervalSec: number;
  expectedSeconds: number;
  coveredSeconds: number;
  sampleCount: number;
  anomalyCount: number;
  /** Covered / expected seconds, 0–1 (three decimals). */
  completeness: number;
  /** Anomalous / all readings, 0–1 (three decimals). */
  anomalyRate: number;
  quality: DataQuality;
}

const emptyZones = (): ZoneValues => ({ z1: 0, z2: 0, z3: 0, z4: 0, z5: 0 });

/**
 * Summarizes an HR timeline. Each valid reading stands for the time until the next valid one,
 * capped at one sampling interval (the last one counts one interval), so a gap in the data
 * neither stretches a reading nor counts as covered. Those weights give the time-weighted
 * average, the seconds per zone and the covered seconds; completeness = covered / expected
 * seconds, where expected = the window, else first → last reading + one interval.
 */
export function summarizeHeartRate(input: HeartRateSummaryInput): HeartRateSummary {
  const start = input.window ? toEpochSeconds(input.window.start) : null;
  const end = input.window ? toEpochSeconds(input.window.end) : null;
  const inWindow = input.samples.filter((sample) => {
    const t = toEpochSeconds(sample.t);
    return t === null || ((start === null || t >= start) && (end === null || t <= end));
  });
  const { valid, total, anomalies, intervalSec } = cleanTimeline(inWindow, input.samplingIntervalSec);
  const weights = valid.map((sample, index) => Math.min(intervalSec, (valid[index + 1]?.t ?? Infinity) - sample.t));
  const covered = weights.reduce((a, b) => a + b, 0);
  const span = valid.length > 0 ? valid.at(-1)!.t - valid[0]!.t + intervalSec : 0;
  const expected = start !== null && end !== null && end > start ? end - start : span;

  let zoneSeconds: ZoneValues | null = null;
  let below: number | null = null;
  if (input.maxHr !== null && input.maxHr > 0) {
    zoneSeconds = emptyZones();
    below = 0;
    for (const [index, sample] of valid.entries()) {
      const zone = zoneOf(sample.bpm, input.maxHr, input.restingHr);
      if (zone) zoneSeconds[zone] += weights[index]!;
      else below += weights[index]!;
    }
  }
  const trimp = zoneSeconds ? edwardsTrimp(zoneSecondsToMinutes(zoneSeconds)) : null;
  const completeness = expected > 0 ? round(clamp(covered / expected, 0, 1), 3) : 0;
  const anomalyRate = total > 0 ? round(anomalies / total, 3) : 0;
  const bpms = valid.map((sample) => sample.bpm);
  return {
    minBpm: bpms.length > 0 ? bpms.reduce((a, b) => Math.min(a, b)) : null,
    avgBpm: covered > 0 ? round(valid.reduce((acc, sample, index) => acc + sample.bpm * weights[index]!, 0) / covered, 1) : null,
    maxBpm: bpms.length > 0 ? bpms.reduce((a, b) => Math.max(a, b)) : null,
    zoneSeconds,
    zoneBasis: zoneSeconds && input.maxHr ? zoneBasisOf(input.maxHr, input.restingHr) : null,
    belowZonesSeconds: below,
    trimp,
    effortScore: trimp === null ? null : effortScoreFromTrimp(trimp),
    samplingIntervalSec: intervalSec,
    expectedSeconds: round(expected, 1),
    coveredSeconds: round(covered, 1),
    sampleCount: total,
    anomalyCount: anomalies,
    completeness,
    anomalyRate,
    quality: valid.length > 0 ? dataQuality(completeness, anomalyRate) : 'poor',
  };
}
