import { describe, expect, it } from 'vitest';
import { commonExercises } from '../../../frontend/src/training/common-exercises';
import { getExercise } from '../../../shared/domain/catalog';

describe('SPA exercise pick-list', () => {
  it.each(commonExercises.map((e) => [e.id, e] as const))('%s is in the catalog with the same names and discipline', (id, listed) => {
    const exercise = getExercise(id);
    expect(exercise, `${id} is not in the catalog`).toBeDefined();
    expect({ en: listed.en, fr: listed.fr, discipline: listed.discipline }).toEqual({ ...exercise!.name, discipline: exercise!.discipline });
  });
});
