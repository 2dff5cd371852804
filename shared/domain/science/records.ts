import { isPositive, round } from './math';
import { bestOneRepMax, type OneRepMaxFormula } from './one-rep-max';
import { paceSecPerKm } from './pace';
import { setsVolumeKg } from './session-metrics';
import type { LoggedExercise, LoggedSet } from './types';

export const RECORD_KINDS = ['estimated_1rm', 'heaviest_load', 'best_volume', 'longest_distance', 'best_pace', 'longest_duration'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];
export type RecordUnit = 'kg' | 'm' | 'sec_per_km' | 'sec';

export const RECORD_UNITS: Readonly<Record<RecordKind, RecordUnit>> = {
  estimated_1rm: 'kg',
  heaviest_load: 'kg',
  best_volume: 'kg',
  longest_distance: 'm',
  best_pace: 'sec_per_km',
  longest_duration: 'sec',
};

/** Pace records only count efforts of at least this distance (a 100 m stride is not a pace PR). */
export const MIN_PACE_DISTANCE_M = 1000;

export interface PreviousRecord {
  exerciseId: string;
  kind: RecordKind;
  value: number;
}

/** A timed / distance effort outside the sets (e.g. a wearable run linked to the session). */
export interface Effort {
  exerciseId: string;
  distanceM: number | null;
  durationSec: number | null;
}

/** A session's best for one exercise and kind, with what produced it. */
export interface SessionBest {
  exerciseId: string;
  kind: RecordKind;
  value: number;
  unit: RecordUnit;
  /** For estimated_1rm: the formula used. */
  formula?: OneRepMaxFormula;
  reps?: number;
  loadKg?: number;
  distanceM?: number;
  durationSec?: number;
}

export interface NewRecord extends SessionBest {
  /** The record it beats; null for the first value ever of this exercise and kind. */
  previousValue: number | null;
}

const lowerIsBetter = (kind: RecordKind): boolean => kind === 'best_pace';
const better = (kind: RecordKind, candidate: number, current: number): boolean =>
  lowerIsBetter(kind) ? candidate < current : candidate > current;

function keepBest(bests: Map<RecordKind, SessionBest>, best: SessionBest): void {
  const current = bests.get(best.kind);
  if (!current || better(best.kind, best.value, current.value)) bests.set(best.kind, best);
}

function exerciseBests(exerciseId: string, sets: readonly LoggedSet[], efforts: readonly Effort[], minPaceDistanceM: number): SessionBest[] {
  const bests = new Map<RecordKind, SessionBest>();
  const add = (kind: RecordKind, value: number, extra: Partial<SessionBest> = {}) =>
    keepBest(bests, { exerciseId, kind, value, unit: RECORD_UNITS[kind], ...extra });
  for (const set of sets) {
    const oneRm = bestOneRepMax(set.reps, set.loadKg);
    if (oneRm) add('estimated_1rm', oneRm.value, { formula: oneRm.formula, reps: Math.floor(set.reps ?? 0), loadKg: set.loadKg ?? 0 });
    // A load counts unless the set explicitly failed (0 reps); carries log load without reps.
    if (isPositive(set.loadKg) && (set.reps === null || set.reps >= 1)) add('heaviest_load', round(set.loadKg, 2), { loadKg: set.loadKg });
  }
  const volume = setsVolumeKg(sets);
  if (volume > 0) add('best_volume', volume);
  for (const effort of [...sets, ...efforts]) {
    const { distanceM, durationSec } = effort;
    if (isPositive(distanceM)) add('longest_distance', round(distanceM, 1), { distanceM });
    if (isPositive(durationSec)) add('longest_duration', round(durationSec, 1), { durationSec });
    const pace = isPositive(distanceM) && distanceM >= minPaceDistanceM ? paceSecPerKm(distanceM, durationSec) : null;
    if (pace !== null) add('best_pace', pace, { distanceM: distanceM ?? 0, durationSec: durationSec ?? 0 });
  }
  return RECORD_KINDS.flatMap((kind) => bests.get(kind) ?? []);
}

/** Per exercise (in input order, then efforts-only exercises) and per kind, the session's best. */
export function sessionBests(exercises: readonly LoggedExercise[], efforts: readonly Effort[] = [], minPaceDistanceM = MIN_PACE_DISTANCE_M): SessionBest[] {
  const ids = [...new Set([...exercises.map((e) => e.exerciseId), ...efforts.map((e) => e.exerciseId)])];
  return ids.flatMap((id) => {
    const sets = exercises.filter((e) => e.exerciseId === id).flatMap((e) => e.sets);
    return exerciseBests(id, sets, efforts.filter((e) => e.exerciseId === id), minPaceDistanceM);
  });
}

export interface DetectRecordsInput {
  previous: readonly PreviousRecord[];
  exercises: readonly LoggedExercise[];
  efforts?: readonly Effort[];
  minPaceDistanceM?: number;
}

/**
 * New personal records of a completed session: each session best that strictly beats the
 * athlete's previous record of the same exercise and kind (lower wins for pace), or that has no
 * previous record yet (previousValue null). Best volume is the exercise's volume in this session.
 */
export function detectRecords(input: DetectRecordsInput): NewRecord[] {
  const previous = new Map<string, number>();
  for (const record of input.previous) {
    const key = `${record.exerciseId}\u0000${record.kind}`;
    const current = previous.get(key);
    if (Number.isFinite(record.value) && (current === undefined || better(record.kind, record.value, current))) previous.set(key, record.value);
  }
  return sessionBests(input.exercises, input.efforts, input.minPaceDistanceM).flatMap((best) => {
    const before = previous.get(`${best.exerciseId}\u0000${best.kind}`);
    if (before !== undefined && !better(best.kind, best.value, before)) return [];
    return [{ ...best, previousValue: before ?? null }];
  });
}
