import { describe, expect, it } from 'vitest';
import { coaches, getExercise, type Muscle } from '../../../shared/domain/catalog';
import { offlineCoach } from '../../../shared/domain/coaches/offline';
import { compileAvoid } from '../../../shared/domain/coaches/offline/plan';
import { prescriptionSchema, type Prescription } from '../../../shared/domain/coaches/prescription';
import { context, FULL_GYM } from './fixtures';

const ids = (p: Prescription) => p.blocks.flatMap((b) => b.exercises.map((e) => e.exerciseId));
const primaries = (p: Prescription) => ids(p).flatMap((id) => getExercise(id)?.primaryMuscles ?? []);

describe('avoid list', () => {
  it('understands ids, names, muscles, everyday words (en/fr), patterns and equipment', () => {
    const compiled = compileAvoid(['back-squat', 'Burpees', 'quads', 'épaules', 'lower back', 'jump', 'barbell', 'gibberish']);
    expect([...compiled.ids].sort()).toEqual(['back-squat', 'burpee']);
    expect([...compiled.muscles].sort()).toEqual(['front-delts', 'lower-back', 'quads', 'rear-delts', 'side-delts']);
    expect([...compiled.patterns]).toEqual(['jump']);
    expect([...compiled.equipment]).toEqual(['barbell']);
    expect(compiled.unknown).toEqual(['gibberish']);
  });

  it.each(coaches.map((c) => [c]))('%s: never prescribes an avoided exercise or an exercise whose primary muscle is avoided', (coach) => {
    const cases: { avoid: string[]; muscles: Muscle[]; ids: string[] }[] = [
      { avoid: ['knees'], muscles: ['quads'], ids: [] },
      { avoid: ['shoulders'], muscles: ['front-delts', 'side-delts', 'rear-delts'], ids: [] },
      { avoid: ['burpee', 'row-erg', 'pull-up', 'deadlift', 'push-up', 'easy-run'], muscles: [], ids: ['burpee', 'row-erg', 'pull-up', 'deadlift', 'push-up', 'easy-run'] },
      { avoid: ['ischio-jambiers', 'lombaires'], muscles: ['hamstrings', 'lower-back'], ids: [] },
    ];
    for (const c of cases) {
      for (const durationMin of [20, 60]) {
        const p = offlineCoach(context(coach, { avoid: c.avoid, durationMin, equipment: FULL_GYM }));
        expect(prescriptionSchema.safeParse(p).success).toBe(true);
        for (const id of c.ids) expect(ids(p), `${coach} ${c.avoid.join(',')}`).not.toContain(id);
        for (const muscle of c.muscles) expect(primaries(p), `${coach} ${c.avoid.join(',')}`).not.toContain(muscle);
      }
    }
  });

  it('skips an avoided movement pattern and equipment', () => {
    const p = offlineCoach(context('functional', { avoid: ['jump', 'barbell'] }));
    for (const id of ids(p)) {
      const exercise = getExercise(id);
      expect(exercise?.movementPattern).not.toBe('jump');
      expect(exercise?.equipment).not.toContain('barbell');
    }
  });

  it('says what it could not understand', () => {
    const p = offlineCoach(context('force', { avoid: ['blorp'] }));
    expect(p.coachNotes.join(' ')).toContain('blorp');
  });
});
