import { describe, expect, it } from 'vitest';
import { catalog, getExercise, isAvailableWith, normalizeExerciseName, resolveExercise, searchExercises } from '../../../shared/domain/catalog';

describe('normalizeExerciseName', () => {
  it('folds accents, case, punctuation, filler words and plurals', () => {
    expect(normalizeExerciseName('Développé Militaire')).toBe('developpe militaire');
    expect(normalizeExerciseName('DÉVELOPPÉ  couché')).toBe(normalizeExerciseName('developpe couche'));
    expect(normalizeExerciseName('Pull-Ups')).toBe('pull up');
    expect(normalizeExerciseName('  Soulevé de terre  ')).toBe('souleve terre');
    expect(normalizeExerciseName('Bench presses')).toBe(normalizeExerciseName('bench press'));
    expect(normalizeExerciseName("Farmer's walks")).toBe(normalizeExerciseName('farmer walk'));
    expect(normalizeExerciseName('Tractions')).toBe('traction');
  });
});

describe('resolveExercise', () => {
  it('resolves exact ids', () => {
    expect(resolveExercise('back-squat')).toBe('back-squat');
    expect(resolveExercise('  WALL-BALL ')).toBe('wall-ball');
  });

  it('resolves English and French names', () => {
    expect(resolveExercise('Romanian deadlift')).toBe('romanian-deadlift');
    expect(resolveExercise('Soulevé de terre roumain')).toBe('romanian-deadlift');
    expect(resolveExercise('Développé couché')).toBe('bench-press');
    expect(resolveExercise('Marche du fermier')).toBe('farmers-carry');
    expect(resolveExercise('Équilibre sur les mains')).toBe('freestanding-handstand');
  });

  it('resolves synonyms in both languages', () => {
    expect(resolveExercise('RDL')).toBe('romanian-deadlift');
    expect(resolveExercise('tractions')).toBe('pull-up');
    expect(resolveExercise('pompes')).toBe('push-up');
    expect(resolveExercise('assault bike')).toBe('air-bike');
    expect(resolveExercise('rameur')).toBe('row-erg');
    expect(resolveExercise('HSPU')).toBe('wall-handstand-push-up');
  });

  it('ignores accents, case, punctuation, plurals and word order', () => {
    expect(resolveExercise('developpe couche')).toBe('bench-press');
    expect(resolveExercise('PULL UPS')).toBe('pull-up');
    expect(resolveExercise('pullups')).toBe('pull-up');
    expect(resolveExercise('Burpees broad jumps')).toBe('burpee-broad-jump');
    expect(resolveExercise('wall balls')).toBe('wall-ball');
    expect(resolveExercise('squat, front')).toBe('front-squat');
    expect(resolveExercise('press bench')).toBe('bench-press');
    expect(resolveExercise('Fentes marchées')).toBe('walking-lunge');
    expect(resolveExercise('sled pushes')).toBe('sled-push');
  });

  it('accepts one extra qualifier word, and rejects what it does not know', () => {
    expect(resolveExercise('Barbell back squat')).toBe('back-squat');
    expect(resolveExercise('underwater basket weaving')).toBeNull();
    expect(resolveExercise('')).toBeNull();
    expect(resolveExercise('the')).toBeNull();
  });

  it('resolves every name and synonym of the catalog to its own exercise', () => {
    for (const exercise of catalog) {
      for (const name of [exercise.name.en, exercise.name.fr, ...exercise.synonyms]) {
        expect(resolveExercise(name), `${name}`).toBe(exercise.id);
      }
    }
  });
});

describe('searchExercises', () => {
  it('filters by discipline', () => {
    const swims = searchExercises({ discipline: 'swimming' });
    expect(swims.length).toBeGreaterThan(3);
    expect(swims.every((e) => e.discipline === 'swimming')).toBe(true);
  });

  it('searches names and synonyms without accents or case', () => {
    expect(searchExercises({ q: 'DÉVELOPPÉ' }).map((e) => e.id)).toContain('bench-press');
    expect(searchExercises({ q: 'developpe' }).map((e) => e.id)).toContain('overhead-press');
    expect(searchExercises({ q: 'kettlebell swing' }).map((e) => e.id)).toEqual(['kettlebell-swing']);
    expect(searchExercises({ discipline: 'hyrox', q: 'traîneau' }).map((e) => e.id).sort()).toEqual(['sled-pull', 'sled-push']);
    expect(searchExercises({ q: 'zzzz' })).toEqual([]);
  });

  it('filters by coach and equipment', () => {
    const found = searchExercises({ coach: 'calisthenics', equipment: [] });
    expect(found.length).toBeGreaterThan(10);
    expect(found.every((e) => e.coaches.includes('calisthenics') && e.equipment.every((x) => x === 'none'))).toBe(true);
  });
});

describe('isAvailableWith', () => {
  it('needs ALL of the equipment, and "none" is always available', () => {
    const bench = getExercise('bench-press');
    const pushUp = getExercise('push-up');
    expect(bench && isAvailableWith(bench, ['barbell', 'bench', 'rack'])).toBe(true);
    expect(bench && isAvailableWith(bench, ['barbell', 'bench'])).toBe(false);
    expect(pushUp && isAvailableWith(pushUp, [])).toBe(true);
  });
});
