export const IMPORT_FORMATS = ['strong', 'hevy'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
export type WeightUnit = 'kg' | 'lb';

export const KG_PER_LB = 0.45359237;
export const M_PER_MILE = 1609.344;

/** One set as the export wrote it, converted to kg, metres and seconds. */
export interface ImportedSet {
  line: number;
  exerciseName: string;
  reps: number | null;
  loadKg: number | null;
  distanceM: number | null;
  durationSec: number | null;
  rpe: number | null;
  /** Hevy's set_type (normal, warmup, failure, dropset); Strong's W/D/F marks. */
  kind: string | null;
  exerciseNotes: string | null;
}

/** One workout of an export: its rows grouped by start and name. */
export interface ImportedWorkout {
  /** Line of its first row. */
  line: number;
  title: string;
  start: Date;
  end: Date | null;
  durationSec: number | null;
  notes: string | null;
  sets: ImportedSet[];
}

export interface ParsedExport {
  format: ImportFormat;
  unit: WeightUnit;
  /** Where the weight unit came from: the file's columns, the request, or the profile's units. */
  unitSource: 'file' | 'request' | 'profile';
  workouts: ImportedWorkout[];
}

/** Hints for reading a file: the weight unit when the file does not say it, and the athlete's zone. */
export interface ReadOptions {
  timeZone: string;
  unit: WeightUnit | null;
  defaultUnit: WeightUnit;
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
export const toKg = (value: number, unit: WeightUnit) => (unit === 'kg' ? value : round(value * KG_PER_LB, 2));
export const toMetres = (value: number, unit: 'km' | 'mi' | 'm') => round(unit === 'm' ? value : unit === 'km' ? value * 1000 : value * M_PER_MILE, 1);
