import { isPositive } from '../math';

/** One heart-rate reading: `t` is an ISO 8601 instant or epoch seconds. */
export interface HrSample {
  t: string | number;
  bpm: number;
}

export interface TimedBpm {
  /** Epoch seconds. */
  t: number;
  bpm: number;
}

/** Plausible human heart rate; readings outside are sensor errors. */
export const MIN_PLAUSIBLE_BPM = 30;
export const MAX_PLAUSIBLE_BPM = 230;
/** A change larger than this between consecutive readings (≈ 1 s apart) is an artefact. */
export const MAX_JUMP_BPM = 40;

/**
 * Epoch seconds of a timestamp: ISO strings are parsed; numbers are epoch seconds, except values
 * ≥ 10¹² which can only be epoch milliseconds (10¹² s is the year 33658). Null when unreadable.
 */
export function toEpochSeconds(t: string | number): number | null {
  if (typeof t === 'number') {
    if (!Number.isFinite(t)) return null;
    return t >= 1e12 ? t / 1000 : t;
  }
  const ms = Date.parse(t);
  return Number.isFinite(ms) ? ms / 1000 : null;
}

/** Median gap between consecutive distinct timestamps (the device's cadence); 1 s when unknown. */
export function medianIntervalSec(times: readonly number[]): number {
  const gaps = times.slice(1).map((time, index) => time - times[index]!).filter((gap) => gap > 0).sort((a, b) => a - b);
  if (gaps.length === 0) return 1;
  const middle = Math.floor(gaps.length / 2);
  return gaps.length % 2 === 1 ? gaps[middle]! : (gaps[middle - 1]! + gaps[middle]!) / 2;
}

export interface CleanedTimeline {
  /** Readings kept, sorted by time, one per timestamp. */
  valid: TimedBpm[];
  /** Readings considered (unreadable timestamps included), duplicates of a timestamp excluded. */
  total: number;
  anomalies: number;
  intervalSec: number;
}

/**
 * Sorts, de-duplicates (first reading of a timestamp wins) and screens a timeline. Anomalies:
 * unreadable timestamp, bpm outside 30–230, or a jump > 40 bpm from the previous valid reading
 * when it is at most 1.5 sampling intervals earlier (one interval = 1 s at 1 Hz). Comparing with
 * the last valid reading flags a one-sample spike once, and a real level change once at most.
 */
export function cleanTimeline(samples: readonly HrSample[], samplingIntervalSec?: number | null): CleanedTimeline {
  let unreadable = 0;
  const byTime = new Map<number, number>();
  for (const sample of samples) {
    const t = toEpochSeconds(sample.t);
    if (t === null) unreadable += 1;
    else if (!byTime.has(t)) byTime.set(t, sample.bpm);
  }
  const sorted = [...byTime.entries()].map(([t, bpm]) => ({ t, bpm })).sort((a, b) => a.t - b.t);
  const intervalSec = isPositive(samplingIntervalSec) ? samplingIntervalSec : medianIntervalSec(sorted.map((s) => s.t));
  const valid: TimedBpm[] = [];
  let anomalies = unreadable;
  for (const sample of sorted) {
    const plausible = Number.isFinite(sample.bpm) && sample.bpm >= MIN_PLAUSIBLE_BPM && sample.bpm <= MAX_PLAUSIBLE_BPM;
    const previous = valid.at(-1);
    const jump = previous !== undefined && sample.t - previous.t <= 1.5 * intervalSec && Math.abs(sample.bpm - previous.bpm) > MAX_JUMP_BPM;
    if (plausible && !jump) valid.push(sample);
    else anomalies += 1;
  }
  return { valid, total: sorted.length + unreadable, anomalies, intervalSec };
}
