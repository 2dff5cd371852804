import { searchExercises, type Exercise } from '../../shared/domain/catalog';
import { httpHandler } from '../../shared/http/http-handler';
import { json } from '../../shared/http/response';
import type { ExerciseItem } from './schemas';
import { route } from './list-exercises.route';

const toItem = (exercise: Exercise): ExerciseItem => ({
  id: exercise.id,
  name: exercise.name,
  synonyms: exercise.synonyms,
  discipline: exercise.discipline,
  coaches: exercise.coaches,
  muscles: { primary: exercise.primaryMuscles, secondary: exercise.secondaryMuscles },
  equipment: exercise.equipment,
  movementPattern: exercise.movementPattern,
  unilateral: exercise.unilateral,
  units: exercise.defaultUnits,
  minLevel: exercise.minLevel,
  progression: exercise.progression,
  visual: exercise.visual,
});

/** Catalog versioned with the code: answers change only with a deploy. */
const MAX_AGE_SECONDS = 3600;

/** GET /exercises?discipline=&coach=&q=: the exercise catalog (code, no table request). */
export const handler = httpHandler(route, async ({ query }) => {
  const items = searchExercises({ discipline: query.discipline, coach: query.coach, q: query.q }).map(toItem);
  return json(200, { items }, { maxAgeSeconds: MAX_AGE_SECONDS });
});
