import { describe, expect, it } from 'vitest';
import {
  catalog,
  chainOf,
  coaches,
  disciplines,
  equipment,
  exerciseSchema,
  getExercise,
  levelRank,
  muscles,
  progressionChains,
  type Exercise,
} from '../../../shared/domain/catalog';
import { nameTokens } from '../../../shared/domain/catalog/normalize';

describe('exercise catalog', () => {
  it('has at least 150 exercises, each valid against the schema', () => {
    expect(catalog.length).toBeGreaterThanOrEqual(150);
    for (const exercise of catalog) {
      const parsed = exerciseSchema.safeParse(exercise);
      expect(parsed.success, `${exercise.id}: ${parsed.success ? '' : JSON.stringify(parsed.error.issues)}`).toBe(true);
    }
  });

  it('has unique kebab-case ids', () => {
    const ids = catalog.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('uses only enum equipment and muscles, with "none" never combined', () => {
    for (const exercise of catalog) {
      for (const item of exercise.equipment) expect(equipment).toContain(item);
      for (const muscle of [...exercise.primaryMuscles, ...exercise.secondaryMuscles]) expect(muscles).toContain(muscle);
      if (exercise.equipment.includes('none')) expect(exercise.equipment).toEqual(['none']);
    }
  });

  it('covers every discipline and every coach, and each coach has bodyweight options', () => {
    for (const discipline of disciplines) expect(catalog.some((e) => e.discipline === discipline), discipline).toBe(true);
    for (const coach of coaches) {
      const own = catalog.filter((e) => e.coaches.includes(coach));
      expect(own.length, coach).toBeGreaterThanOrEqual(15);
      expect(own.some((e) => e.equipment.includes('none') && e.movementPattern !== 'mobility'), coach).toBe(true);
    }
  });

  it('writes French and English names, lower-case synonyms and visual metadata', () => {
    for (const exercise of catalog) {
      expect(exercise.name.en.length).toBeGreaterThan(1);
      expect(exercise.name.fr.length).toBeGreaterThan(1);
      for (const synonym of exercise.synonyms) expect(synonym).toBe(synonym.toLowerCase());
      expect(exercise.visual.keywords.length).toBeGreaterThan(0);
      expect(exercise.met.light).toBeLessThanOrEqual(exercise.met.vigorous);
    }
  });

  it('covers the HYROX stations and the calisthenics chains the coaches rely on', () => {
    for (const id of ['ski-erg', 'sled-push', 'sled-pull', 'burpee-broad-jump', 'row-erg', 'farmers-carry', 'sandbag-lunge', 'wall-ball', 'hyrox-run']) {
      expect(getExercise(id), id).toBeDefined();
    }
    for (const id of ['push-up', 'pull-up', 'dip', 'squat', 'handstand', 'l-sit', 'front-lever']) {
      expect(progressionChains.some((c) => c.id === id), id).toBe(true);
    }
  });

  it('links progression chains both ways, only to existing ids, with one chain per exercise', () => {
    const seen = new Set<string>();
    for (const chain of progressionChains) {
      expect(chain.ids.length).toBeGreaterThanOrEqual(2);
      chain.ids.forEach((id, index) => {
        expect(seen.has(id), `${id} is in two chains`).toBe(false);
        seen.add(id);
        const exercise = getExercise(id);
        expect(exercise, id).toBeDefined();
        expect(exercise?.progression.easier ?? null).toBe(index > 0 ? chain.ids[index - 1] : null);
        expect(exercise?.progression.harder ?? null).toBe(chain.ids[index + 1] ?? null);
        expect(chainOf(id)?.index).toBe(index);
      });
    }
    const byId = new Map(catalog.map((e) => [e.id, e]));
    for (const exercise of catalog) {
      const { easier, harder } = exercise.progression;
      if (easier) expect(byId.get(easier)?.progression.harder, `${exercise.id} ← ${easier}`).toBe(exercise.id);
      if (harder) expect(byId.get(harder)?.progression.easier, `${exercise.id} → ${harder}`).toBe(exercise.id);
      if (!easier && !harder) expect(chainOf(exercise.id)).toBeUndefined();
    }
  });

  it('orders calisthenics chains by level (never easier steps that need a higher level)', () => {
    for (const chain of progressionChains.filter((c) => c.kind !== 'conditioning')) {
      const ranks = chain.ids.map((id) => levelRank((getExercise(id) as Exercise).minLevel));
      for (let i = 1; i < ranks.length; i++) expect(ranks[i], `${chain.id}: ${chain.ids[i]}`).toBeGreaterThanOrEqual(ranks[i - 1] ?? 0);
    }
  });

  it('has no two exercises sharing a name, a synonym or a normalized name', () => {
    const owners = new Map<string, string>();
    for (const exercise of catalog) {
      for (const name of new Set([exercise.name.en, exercise.name.fr, ...exercise.synonyms])) {
        for (const key of [name.toLowerCase(), nameTokens(name).join(' '), [...nameTokens(name)].sort().join(' ')]) {
          const owner = owners.get(key);
          expect(owner === undefined || owner === exercise.id, `"${key}" is used by ${owner} and ${exercise.id}`).toBe(true);
          owners.set(key, exercise.id);
        }
      }
    }
  });
});
