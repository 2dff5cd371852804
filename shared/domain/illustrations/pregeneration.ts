import { levelRank, type Exercise } from '../catalog/schema';
import { refLabel, type IllustrationRef } from './illustration';

export const DEFAULT_PREGENERATION_COUNT = 50;

/**
 * Which exercises to illustrate ahead of demand, most used first: the library's usage counts,
 * then (for exercises never prescribed with an illustration) how many coaches prescribe them and
 * how early in an athlete's path they come, then catalog order. `count: 'all'` takes the catalog.
 */
export function pregenerationOrder(catalog: readonly Exercise[], usage: ReadonlyMap<string, number>, count: number | 'all' = DEFAULT_PREGENERATION_COUNT): IllustrationRef[] {
  const ranked = catalog
    .map((exercise, order) => {
      const ref: IllustrationRef = { exerciseId: exercise.id, discipline: exercise.discipline };
      return { ref, used: usage.get(refLabel(ref)) ?? 0, coaches: exercise.coaches.length, level: levelRank(exercise.minLevel), order };
    })
    .sort((a, b) => b.used - a.used || b.coaches - a.coaches || a.level - b.level || a.order - b.order)
    .map((entry) => entry.ref);
  return count === 'all' ? ranked : ranked.slice(0, count);
}
