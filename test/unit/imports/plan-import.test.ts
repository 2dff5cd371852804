import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveImportedName } from '../../../shared/domain/imports/exercise-names';
import { parseExport } from '../../../shared/domain/imports/parse-export';
import { planImport, plannedIds, type PlanContext } from '../../../shared/domain/imports/plan-import';
import { importedSessionId } from '../../../shared/domain/imports/session-id';
import { ID_PATTERN } from '../../../shared/db/ids';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/imports/${name}`, import.meta.url), 'utf8');
const strong = () => parseExport(fixture('strong-comma-kg.csv'), { timeZone: 'Europe/Paris', unit: 'kg', defaultUnit: 'kg' });
const context = (changes: Partial<PlanContext> = {}): PlanContext => ({
  userId: 'user-1',
  timeZone: 'Europe/Paris',
  mapping: {},
  athlete: { weightKg: 80, age: 35, sex: 'male' },
  previousRecords: [],
  existingIds: new Set(),
  now: new Date('2026-12-01T12:00:00Z'),
  ...changes,
});

describe('exercise names of the apps', () => {
  it('maps names with the equipment in parentheses, in English and French, onto the catalog', () => {
    expect(resolveImportedName('Bench Press (Barbell)')).toBe('bench-press');
    expect(resolveImportedName('Romanian Deadlift (Barbell)')).toBe('romanian-deadlift');
    expect(resolveImportedName('Bench Press (Dumbbell)')).toBe('dumbbell-bench-press');
    expect(resolveImportedName('Développé couché (Barre)')).toBe('bench-press');
    expect(resolveImportedName('Tractions')).toBe('pull-up');
    expect(resolveImportedName('Landmine 180')).toBeNull();
  });
});

describe('planning an import', () => {
  it('turns each workout into a completed session with its metrics; a workout with an unmapped name is skipped and the name counted', () => {
    const plan = planImport(strong(), context());
    expect(plan.unmapped).toEqual([{ name: 'Landmine 180', count: 2 }]);
    expect(plan.skipped).toEqual([{ workout: { title: 'Back & Landmines', startedAt: '2026-10-12T17:00:00.000Z', line: 20 }, reason: 'unmapped_exercises', detail: 'not in the catalog: Landmine 180' }]);
    const [push, legs] = plan.sessions.map(({ session }) => session);
    expect(push).toMatchObject({ status: 'completed', title: 'Push Day', startedAt: '2026-10-05T16:04:32.000Z', completedAt: '2026-10-05T17:09:32.000Z', localDay: '2026-10-05', notes: 'Felt strong, slept well\nsecond line of notes' });
    expect(push!.metrics).toMatchObject({ volumeKg: 60 * 10 + 75 * 5 + 80 * 5 + 40 * 8 + 42.5 * 8, totalReps: 36, setCount: 5, durationMin: 65 });
    expect(push!.prescription.blocks[0]!.exercises.map((exercise) => exercise.exerciseId)).toEqual(['bench-press', 'overhead-press']);
    expect(legs!.loggedSets.map((set) => [set.exerciseId, set.setIndex])).toEqual([['back-squat', 0], ['back-squat', 1], ['back-squat', 2], ['plank', 0]]);
  });

  it('judges records against the stored ones and the earlier workouts of the file', () => {
    const parsed = parseExport(fixture('hevy-kg.csv'), { timeZone: 'Europe/Paris', unit: null, defaultUnit: 'kg' });
    const plan = planImport(parsed, context({ previousRecords: [{ exerciseId: 'bench-press', kind: 'heaviest_load', value: 100 }] }));
    const upper = plan.sessions[0]!.session;
    expect(upper.newRecords.find((record) => record.exerciseId === 'bench-press' && record.kind === 'heaviest_load')).toBeUndefined();
    expect(upper.newRecords.find((record) => record.exerciseId === 'lat-pulldown' && record.kind === 'heaviest_load')).toMatchObject({ value: 60, previousValue: null });

    const twice = parseExport(`${fixture('hevy-kg.csv').trimEnd()}\n"Upper B","16 Oct 2026, 18:00","16 Oct 2026, 19:00","","Bench Press (Barbell)",,"",0,"normal",80,5,,,\n`, { timeZone: 'Europe/Paris', unit: null, defaultUnit: 'kg' });
    const later = planImport(twice, context()).sessions.find(({ session }) => session.title === 'Upper B')!.session;
    expect(later.newRecords.some((record) => record.exerciseId === 'bench-press' && record.kind === 'heaviest_load')).toBe(false);
  });

  it('the mapping imports the skipped workout; ids are the same every time, so known ones are skipped as already imported', () => {
    const parsed = strong();
    const ids = plannedIds(parsed, 'user-1');
    expect(ids).toEqual(plannedIds(strong(), 'user-1'));
    expect(ids.every((id) => ID_PATTERN.test(id))).toBe(true);
    expect(plannedIds(parsed, 'user-2')).not.toEqual(ids);
    const plan = planImport(parsed, context({ mapping: { 'landmine 180': 'pallof-press' }, existingIds: new Set(ids.slice(0, 2)) }));
    expect(plan.unmapped).toEqual([]);
    expect(plan.sessions.map(({ session }) => session.id)).toEqual([ids[2]]);
    expect(plan.skipped.map((skip) => skip.reason)).toEqual(['already_imported', 'already_imported']);
  });

  it('skips a workout in the future and one with a load no set may carry, naming the line', () => {
    const parsed = strong();
    const future = planImport(parsed, context({ now: new Date('2026-10-06T00:00:00Z') }));
    expect(future.skipped.filter((skip) => skip.reason === 'in_future')).toHaveLength(2);
    const heavy = parseExport(fixture('strong-comma-kg.csv').replace('"Squat (Barbell)",3,120,', '"Squat (Barbell)",3,720,'), { timeZone: 'Europe/Paris', unit: 'kg', defaultUnit: 'kg' });
    expect(planImport(heavy, context()).skipped[0]).toMatchObject({ reason: 'invalid_set', detail: 'line 18: 720 kg is above the 600 kg a set may carry' });
  });

  it('derives the id from user, app, start and name', () => {
    const start = new Date('2026-10-05T16:04:32Z');
    expect(importedSessionId('u', 'strong', start, 'Push Day')).toBe(importedSessionId('u', 'strong', start, 'Push Day'));
    expect(importedSessionId('u', 'hevy', start, 'Push Day')).not.toBe(importedSessionId('u', 'strong', start, 'Push Day'));
    expect(importedSessionId('u', 'strong', start, 'Pull Day')).not.toBe(importedSessionId('u', 'strong', start, 'Push Day'));
  });
});
