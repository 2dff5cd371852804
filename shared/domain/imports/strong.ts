import type { CsvTable } from './csv';
import { readColumns, Rows } from './columns';
import { ImportFileError } from './errors';
import { instantInZone, parseDurationSec, parseWallClock } from './local-time';
import { toKg, toMetres, type ImportedSet, type ImportedWorkout, type ParsedExport, type ReadOptions, type WeightUnit } from './workout';

const REQUIRED = ['date', 'workout name', 'exercise name', 'set order', 'weight', 'reps'];

export const looksLikeStrong = (header: readonly string[]): boolean => {
  const names = new Set(readColumns(header).map((column) => column.name));
  return names.has('workout name') && names.has('exercise name') && names.has('set order');
};

const unitOf = (text: string): WeightUnit | null => (/^kgs?$/i.test(text) ? 'kg' : /^(lb|lbs)$/i.test(text) ? 'lb' : null);
const distanceUnitOf = (text: string): 'km' | 'mi' | 'm' | null =>
  /^(km|kilometers|kilometres)$/i.test(text) ? 'km' : /^(mi|mile|miles)$/i.test(text) ? 'mi' : /^(m|meters|metres)$/i.test(text) ? 'm' : null;

/**
 * A Strong export: one row per set, workouts keyed by Date + Workout Name. "Rest Timer" rows
 * are skipped. Newer exports put units in the header (`Duration (sec)`, `Weight (kg)`,
 * `Distance (meters)`) and may lead with `Workout #`; both layouts are read by column name. The weight unit comes from a `Weight Unit` column, a unit in the header
 * ("Weight (lbs)"), else the caller's choice; distances from `Distance Unit`, the header, else
 * km with kg and miles with lb.
 */
export function parseStrong(table: CsvTable, options: ReadOptions): ParsedExport {
  const rows = new Rows(table, readColumns(table.header));
  rows.require(REQUIRED, 'Strong');
  const headerUnit = unitOf(rows.column('weight')?.unit ?? '');
  const hasUnitColumn = rows.has('weight unit');
  const columnUnit = hasUnitColumn ? (table.rows.map((row) => unitOf(rows.text(row, 'weight unit'))).find((found) => found !== null) ?? null) : null;
  const unit: WeightUnit = headerUnit ?? columnUnit ?? options.unit ?? options.defaultUnit;
  const unitSource: ParsedExport['unitSource'] = headerUnit || columnUnit ? 'file' : options.unit ? 'request' : 'profile';
  const headerDistanceUnit = distanceUnitOf(rows.column('distance')?.unit ?? '');

  const workouts = new Map<string, ImportedWorkout>();
  for (const row of table.rows) {
    const setOrder = rows.text(row, 'set order');
    if (/^rest timer$/i.test(setOrder)) continue;
    const dateText = rows.text(row, 'date');
    const clock = parseWallClock(dateText);
    if (!clock) throw new ImportFileError(row.line, `Date "${dateText}" is not a date and time such as 2025-01-15 18:04:00`);
    const title = rows.text(row, 'workout name') || 'Workout';
    const exerciseName = rows.text(row, 'exercise name');
    if (!exerciseName) throw new ImportFileError(row.line, 'Exercise Name is empty');
    const key = `${dateText}\u0000${title}`;
    let workout = workouts.get(key);
    if (!workout) {
      const durationText = rows.text(row, 'duration');
      const durationSec = parseDurationSec(durationText);
      if (durationText && durationSec === null) throw new ImportFileError(row.line, `Duration "${durationText}" is not a duration such as 1h 5m or 45m`);
      workout = { line: row.line, title, start: instantInZone(clock, options.timeZone), end: null, durationSec, notes: rows.text(row, 'workout notes') || null, sets: [] };
      workouts.set(key, workout);
    }
    const rowUnit = hasUnitColumn ? unitOf(rows.text(row, 'weight unit')) : null;
    if (hasUnitColumn && rows.text(row, 'weight unit') && !rowUnit) throw new ImportFileError(row.line, `Weight Unit "${rows.text(row, 'weight unit')}" is neither kg nor lbs`);
    const setUnit = rowUnit ?? unit;
    const distanceUnit = distanceUnitOf(rows.text(row, 'distance unit')) ?? headerDistanceUnit ?? (setUnit === 'lb' ? 'mi' : 'km');
    const weight = rows.number(row, 'weight');
    const distance = rows.number(row, 'distance');
    const seconds = rows.number(row, 'seconds');
    const set: ImportedSet = {
      line: row.line,
      exerciseName,
      reps: rows.number(row, 'reps'),
      loadKg: weight ? toKg(weight, setUnit) : null,
      distanceM: distance ? toMetres(distance, distanceUnit) : null,
      durationSec: seconds || null,
      rpe: rows.number(row, 'rpe'),
      kind: /^\d+$/.test(setOrder) ? null : setOrder.toLowerCase(),
      exerciseNotes: rows.text(row, 'notes') || null,
    };
    workout.sets.push(set);
  }
  return { format: 'strong', unit, unitSource, workouts: [...workouts.values()] };
}
