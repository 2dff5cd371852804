import { clamp, isFiniteNumber, isPositive, round, sum } from './math';
import { effectiveRpe } from './rpe';
import type { LoggedExercise, LoggedSet } from './types';

export interface SessionMetricsInput {
  exercises: readonly LoggedExercise[];
  /** Duration the athlete reported on completion (minutes); wins over timestamps. */
  durationActualMin?: number | null;
  /** Session start / end instants (ISO 8601), used when no explicit duration is given. */
  startedAt?: string | null;
  completedAt?: string | null;
  /** Session RPE the athlete reported on completion; wins over the per-set average. */
  reportedRpe?: number | null;
}

export type DurationSource = 'explicit' | 'session_timestamps' | 'set_timestamps' | 'set_durations';

export interface SessionMetrics {
  /** Σ reps × load over sets with both (kg). */
  volumeKg: number;
  distanceKm: number;
  totalReps: number;
  setCount: number;
  durationMin: number | null;
  durationSource: DurationSource | null;
  /** Mean RPE (RIR converted as 10 − RIR), one decimal; null when no set carries either. */
  rpeAverage: number | null;
  rpeSource: 'reported' | 'sets' | null;
}

const allSets = (exercises: readonly LoggedExercise[]): LoggedSet[] => exercises.flatMap((exercise) => exercise.sets);

/** Volume of some sets: Σ reps × load, counting only positive reps and loads (kg). */
export function setsVolumeKg(sets: readonly LoggedSet[]): number {
  return round(sum(sets.map((set) => (isPositive(set.reps) && isPositive(set.loadKg) ? set.reps * set.loadKg : 0))), 2);
}

function minutesBetween(start: string | null | undefined, end: string | null | undefined): number | null {
  if (!start || !end) return null;
  const ms = Date.parse(end) - Date.parse(start);
  return Number.isFinite(ms) && ms > 0 ? ms / 60_000 : null;
}

/**
 * Duration, best source first: the reported duration, the session's start → end, the span from
 * the first to the last set timestamp (needs two distinct ones), then the sum of timed sets.
 */
function duration(input: SessionMetricsInput, sets: readonly LoggedSet[]): { minutes: number; source: DurationSource } | null {
  if (isPositive(input.durationActualMin)) return { minutes: input.durationActualMin, source: 'explicit' };
  const session = minutesBetween(input.startedAt, input.completedAt);
  if (session !== null) return { minutes: session, source: 'session_timestamps' };
  const stamps = sets.map((set) => (set.completedAt ? Date.parse(set.completedAt) : NaN)).filter(Number.isFinite);
  if (stamps.length >= 2) {
    const span = (Math.max(...stamps) - Math.min(...stamps)) / 60_000;
    if (span > 0) return { minutes: span, source: 'set_timestamps' };
  }
  const timed = sum(sets.map((set) => (isPositive(set.durationSec) ? set.durationSec : 0)));
  return timed > 0 ? { minutes: timed / 60, source: 'set_durations' } : null;
}

export function computeSessionMetrics(input: SessionMetricsInput): SessionMetrics {
  const sets = allSets(input.exercises);
  const rpes = sets.map(effectiveRpe).filter(isFiniteNumber);
  const reported = isFiniteNumber(input.reportedRpe) ? clamp(input.reportedRpe, 0, 10) : null;
  const spent = duration(input, sets);
  return {
    volumeKg: setsVolumeKg(sets),
    distanceKm: round(sum(sets.map((set) => (isPositive(set.distanceM) ? set.distanceM : 0))) / 1000, 3),
    totalReps: sum(sets.map((set) => (isPositive(set.reps) ? Math.round(set.reps) : 0))),
    setCount: sets.length,
    durationMin: spent ? round(spent.minutes, 1) : null,
    durationSource: spent?.source ?? null,
    rpeAverage: reported !== null ? round(reported, 1) : rpes.length > 0 ? round(sum(rpes) / rpes.length, 1) : null,
    rpeSource: reported !== null ? 'reported' : rpes.length > 0 ? 'sets' : null,
  };
}
