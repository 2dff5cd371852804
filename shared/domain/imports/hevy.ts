import type { CsvTable } from './csv';
import { readColumns, Rows } from './columns';
import { ImportFileError } from './errors';
import { instantInZone, parseWallClock } from './local-time';
import { toKg, toMetres, type ImportedWorkout, type ParsedExport, type ReadOptions } from './workout';

const REQUIRED = ['title', 'start_time', 'exercise_title', 'set_index', 'reps'];

export const looksLikeHevy = (header: readonly string[]): boolean => {
  const names = new Set(readColumns(header).map((column) => column.name));
  return names.has('exercise_title') && names.has('start_time') && names.has('set_index');
};

/**
 * A Hevy export: one row per set, workouts keyed by start_time + title; the unit is in the
 * column names (weight_kg or weight_lbs, distance_km or distance_miles); times are local
 * ("15 Jan 2025, 18:04"), read in the athlete's zone.
 */
export function parseHevy(table: CsvTable, options: ReadOptions): ParsedExport {
  const rows = new Rows(table, readColumns(table.header));
  rows.require(REQUIRED, 'Hevy');
  const weightColumn = rows.has('weight_kg') ? 'weight_kg' : rows.has('weight_lbs') ? 'weight_lbs' : null;
  if (!weightColumn) throw new ImportFileError(1, 'the Hevy header lacks "weight_kg" or "weight_lbs"');
  const unit = weightColumn === 'weight_kg' ? 'kg' : 'lb';
  const distanceColumn = rows.has('distance_km') ? 'distance_km' : rows.has('distance_miles') ? 'distance_miles' : null;

  const time = (line: number, name: string, text: string) => {
    const clock = parseWallClock(text);
    if (!clock) throw new ImportFileError(line, `${name} "${text}" is not a date and time such as 15 Jan 2025, 18:04`);
    return instantInZone(clock, options.timeZone);
  };

  const workouts = new Map<string, ImportedWorkout>();
  for (const row of table.rows) {
    const startText = rows.text(row, 'start_time');
    const title = rows.text(row, 'title') || 'Workout';
    const exerciseName = rows.text(row, 'exercise_title');
    if (!exerciseName) throw new ImportFileError(row.line, 'exercise_title is empty');
    const key = `${startText}\u0000${title}`;
    let workout = workouts.get(key);
    if (!workout) {
      const start = time(row.line, 'start_time', startText);
      const endText = rows.text(row, 'end_time');
      const end = endText ? time(row.line, 'end_time', endText) : null;
      if (end && end < start) throw new ImportFileError(row.line, `end_time "${endText}" is before start_time "${startText}"`);
      workout = { line: row.line, title, start, end, durationSec: end ? (end.getTime() - start.getTime()) / 1000 : null, notes: rows.text(row, 'description') || null, sets: [] };
      workouts.set(key, workout);
    }
    const weight = rows.number(row, weightColumn);
    const distance = distanceColumn ? rows.number(row, distanceColumn) : null;
    workout.sets.push({
      line: row.line,
      exerciseName,
      reps: rows.number(row, 'reps'),
      loadKg: weight ? toKg(weight, unit) : null,
      distanceM: distance ? toMetres(distance, distanceColumn === 'distance_km' ? 'km' : 'mi') : null,
      durationSec: rows.number(row, 'duration_seconds') || null,
      rpe: rows.number(row, 'rpe'),
      kind: rows.text(row, 'set_type').toLowerCase() || null,
      exerciseNotes: rows.text(row, 'exercise_notes') || null,
    });
  }
  return { format: 'hevy', unit, unitSource: 'file', workouts: [...workouts.values()] };
}
