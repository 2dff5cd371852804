import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../shared/domain/imports/csv';
import { ImportFileError } from '../../../shared/domain/imports/errors';
import { parseDurationSec, parseWallClock } from '../../../shared/domain/imports/local-time';
import { parseExport } from '../../../shared/domain/imports/parse-export';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/imports/${name}`, import.meta.url), 'utf8');
const paris = { timeZone: 'Europe/Paris', unit: null, defaultUnit: 'kg' as const };

function lineError(run: () => unknown): ImportFileError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportFileError) return error;
    throw error;
  }
  throw new Error('expected an ImportFileError');
}

describe('CSV reading', () => {
  it('reads quoted fields holding the delimiter, doubled quotes and newlines, and numbers rows by their first line', () => {
    const table = parseCsv('\uFEFFa,b,c\r\n1,"x, ""y""\nz",3\r\n\r\n4,5,6\n');
    expect(table.delimiter).toBe(',');
    expect(table.header).toEqual(['a', 'b', 'c']);
    expect(table.rows).toEqual([
      { line: 2, cells: ['1', 'x, "y"\nz', '3'] },
      { line: 5, cells: ['4', '5', '6'] },
    ]);
  });

  it('detects a semicolon file even when its fields hold commas', () => {
    const table = parseCsv('a;b\n"1,5";2\n');
    expect(table.delimiter).toBe(';');
    expect(table.rows[0]!.cells).toEqual(['1,5', '2']);
  });

  it('names the line of a row with the wrong number of fields and of a quote never closed', () => {
    expect(lineError(() => parseCsv('a,b\n1,2\n1,2,3\n')).message).toBe('line 3: has 3 fields where the header has 2 (delimiter ",")');
    expect(lineError(() => parseCsv('a,b\n1,2\n"open,2\n3,4\n')).line).toBe(3);
  });
});

describe('dates and durations', () => {
  it('reads the formats Strong and Hevy write, in English and French', () => {
    const expected = { year: 2025, month: 1, day: 15, hour: 18, minute: 4, second: 0 };
    expect(parseWallClock('2025-01-15 18:04:00')).toEqual(expected);
    expect(parseWallClock('15 Jan 2025, 18:04')).toEqual(expected);
    expect(parseWallClock('15 janv. 2025, 18:04')).toEqual(expected);
    expect(parseWallClock('Jan 15, 2025, 6:04 PM')).toEqual(expected);
    expect(parseWallClock('2025-02-30 10:00:00')).toBeNull();
    expect(parseWallClock('yesterday')).toBeNull();
  });

  it('reads Strong durations', () => {
    expect(parseDurationSec('1h 5m')).toBe(3900);
    expect(parseDurationSec('45m')).toBe(2700);
    expect(parseDurationSec('1h')).toBe(3600);
    expect(parseDurationSec('1:05:00')).toBe(3900);
    expect(parseDurationSec('soon')).toBeNull();
  });
});

describe('Strong exports', () => {
  it('comma, kg from the request: workouts grouped, Rest Timer rows skipped, multi-line notes kept, times read in the profile zone', () => {
    const parsed = parseExport(fixture('strong-comma-kg.csv'), { ...paris, unit: 'kg' });
    expect(parsed).toMatchObject({ format: 'strong', unit: 'kg', unitSource: 'request' });
    expect(parsed.workouts.map((w) => [w.title, w.start.toISOString(), w.durationSec, w.sets.length])).toEqual([
      ['Push Day', '2026-10-05T16:04:32.000Z', 3900, 5],
      ['Legs', '2026-10-08T05:30:00.000Z', 2700, 4],
      ['Back & Landmines', '2026-10-12T17:00:00.000Z', 3000, 3],
    ]);
    const push = parsed.workouts[0]!;
    expect(push.notes).toBe('Felt strong, slept well\nsecond line of notes');
    expect(push.sets[2]).toMatchObject({ exerciseName: 'Bench Press (Barbell)', loadKg: 80, reps: 5, rpe: 9, exerciseNotes: 'Paused, "slow" reps' });
    expect(parsed.workouts[1]!.sets[3]).toMatchObject({ exerciseName: 'Plank', loadKg: null, durationSec: 60 });
  });

  it('semicolon with decimal commas and a Weight Unit column in lbs: converted to kg and metres', () => {
    const parsed = parseExport(fixture('strong-semicolon-lb.csv'), paris);
    expect(parsed).toMatchObject({ format: 'strong', unit: 'lb', unitSource: 'file' });
    const [evening, run] = parsed.workouts;
    expect(evening!.notes).toBe('Dos; bien gainé');
    expect(evening!.sets.map((set) => set.loadKg)).toEqual([102.06, 142.88, 61.23, 62.37]);
    expect(evening!.sets[3]!.rpe).toBe(7.5);
    expect(run!.sets[0]).toMatchObject({ exerciseName: 'Running', distanceM: 4989, durationSec: 1860 });
  });

  it('a unit in the header ("Weight (lbs)") wins over the request; without any, the profile unit is used', () => {
    const csv = 'Date,Workout Name,Duration,Exercise Name,Set Order,Weight (lbs),Reps,Distance,Seconds,Notes,Workout Notes,RPE\n2026-10-05 18:00:00,A,30m,Deadlift (Barbell),1,100,5,0,0,,,\n';
    expect(parseExport(csv, { ...paris, unit: 'kg' })).toMatchObject({ unit: 'lb', unitSource: 'file', workouts: [{ sets: [{ loadKg: 45.36 }] }] });
    const plain = csv.replace('Weight (lbs)', 'Weight');
    expect(parseExport(plain, { ...paris, defaultUnit: 'lb' })).toMatchObject({ unit: 'lb', unitSource: 'profile' });
  });

  it('reads the newer layout with units in the header (Duration (sec), Weight (kg), Distance (meters))', () => {
    const csv = [
      'Workout #;Date;Workout Name;Duration (sec);Exercise Name;Set Order;Weight (kg);Reps;RPE;Distance (meters);Seconds;Notes;Workout Notes',
      '12;2026-10-05 18:00:00;Mixed;2400;Squat (Barbell);1;102,5;5;8;0;0;;',
      '12;2026-10-05 18:00:00;Mixed;2400;Running;1;0;0;;1500;420;;',
    ].join('\n');
    const parsed = parseExport(csv, paris);
    expect(parsed).toMatchObject({ format: 'strong', unit: 'kg', unitSource: 'file' });
    expect(parsed.workouts[0]).toMatchObject({ durationSec: 2400 });
    expect(parsed.workouts[0]!.sets.map((set) => [set.loadKg, set.distanceM, set.durationSec])).toEqual([[102.5, null, null], [null, 1500, 420]]);
  });

  it('names the line of an unreadable value', () => {
    const bad = fixture('strong-comma-kg.csv').replace('"Squat (Barbell)",2,110,', '"Squat (Barbell)",2,heavy,');
    const error = lineError(() => parseExport(bad, { ...paris, unit: 'kg' }));
    expect(error.line).toBe(17);
    expect(error.message).toBe('line 17: weight "heavy" is not a number');
    expect(lineError(() => parseExport(fixture('strong-comma-kg.csv').replace('2026-10-08 07:30:00', 'last monday'), paris)).line).toBe(16);
  });
});

describe('Hevy exports', () => {
  it('kg, localised dates "15 Oct 2026, 18:04" read in the profile zone, with end times and set types', () => {
    const parsed = parseExport(fixture('hevy-kg.csv'), paris);
    expect(parsed).toMatchObject({ format: 'hevy', unit: 'kg', unitSource: 'file' });
    const [upper, cardio] = parsed.workouts;
    expect(upper).toMatchObject({ title: 'Upper A', durationSec: 3960, notes: 'Good pump, "new" gym' });
    expect(upper!.start.toISOString()).toBe('2026-10-15T16:04:00.000Z');
    expect(upper!.sets.map((set) => [set.kind, set.loadKg, set.reps])).toEqual([
      ['warmup', 40, 10],
      ['normal', 82.5, 5],
      ['normal', 82.5, 5],
      ['normal', 60, 10],
      ['failure', 60, 9],
    ]);
    expect(cardio!.sets[0]).toMatchObject({ distanceM: 6200, durationSec: 1800, loadKg: null });
  });

  it('lbs and miles, ISO-like local dates', () => {
    const parsed = parseExport(fixture('hevy-lbs.csv'), { ...paris, timeZone: 'America/New_York' });
    expect(parsed.unit).toBe('lb');
    expect(parsed.workouts[0]!.start.toISOString()).toBe('2026-10-20T22:00:00.000Z');
    expect(parsed.workouts[0]!.sets.map((set) => set.loadKg)).toEqual([102.06, 111.13, 83.91]);
    expect(parsed.workouts[1]!.sets[0]!.distanceM).toBe(5632.7);
  });

  it('refuses a header that is neither app, and a format that contradicts the header', () => {
    expect(lineError(() => parseExport('name,weight\nx,1\n', paris)).line).toBe(1);
    expect(lineError(() => parseExport(fixture('hevy-kg.csv'), { ...paris, format: 'strong' })).message).toBe('line 1: the header is a hevy export, not strong');
  });
});
