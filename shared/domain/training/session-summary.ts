import * as z from '../../zod';
import { bestOneRepMax } from '../science/one-rep-max';
import { round } from '../science/math';
import { MAX_EXERCISES, sessionMetricsSchema, trainingSessionSchema, type LoggedSet, type TrainingSession } from './session';

/**
 * One exercise of a session in a line: its best set by estimated 1RM (Brzycki/Epley, as the
 * records compute it) and its volume. What the History list and the Training charts read, so
 * they never need the logged sets themselves.
 */
export const exerciseBestSchema = z.object({
  exerciseId: z.string(),
  sets: z.int().check(z.minimum(1)),
  /** Σ reps × load (kg). */
  volumeKg: z.number(),
  /** Best estimated 1RM of the exercise's sets; null when no set gives one (no load, > 15 reps). */
  e1rmKg: z.nullable(z.number()),
  /** The set that gave `e1rmKg`. */
  reps: z.nullable(z.int()),
  loadKg: z.nullable(z.number()),
});
export type ExerciseBest = z.infer<typeof exerciseBestSchema>;

/** Per exercise (in first-logged order), its set count, volume and best 1RM set. */
export function bestSetsOf(sets: readonly LoggedSet[]): ExerciseBest[] {
  const byExercise = new Map<string, ExerciseBest>();
  for (const set of sets) {
    const entry = byExercise.get(set.exerciseId) ?? { exerciseId: set.exerciseId, sets: 0, volumeKg: 0, e1rmKg: null, reps: null, loadKg: null };
    entry.sets += 1;
    entry.volumeKg = round(entry.volumeKg + (set.reps ?? 0) * (set.loadKg ?? 0), 1);
    const estimate = bestOneRepMax(set.reps, set.loadKg);
    if (estimate && (entry.e1rmKg === null || estimate.value > entry.e1rmKg)) {
      entry.e1rmKg = estimate.value;
      entry.reps = Math.floor(set.reps!);
      entry.loadKg = set.loadKg;
    }
    byExercise.set(set.exerciseId, entry);
  }
  return [...byExercise.values()];
}

/**
 * A session as GET /training/sessions lists it: no prescription, no logged sets, no coach
 * context (GET /training/sessions/{id} has those). Stored on the session item itself and
 * projected alone into the history index (docs/data-model.md), so a page of history reads
 * small items.
 */
export const sessionListItemSchema = z.extend(
  z.pick(trainingSessionSchema, { id: true, status: true, origin: true, provider: true, coach: true, discipline: true, title: true, enrichmentStatus: true, localDay: true, createdAt: true, startedAt: true, completedAt: true, updatedAt: true }),
  {
    metrics: z.nullable(sessionMetricsSchema),
    /** Logged sets so far (all of them once completed). */
    setCount: z.int().check(z.minimum(0)),
    bestSets: z.array(exerciseBestSchema).check(z.maxLength(MAX_EXERCISES)),
  },
);
export type SessionListItem = z.infer<typeof sessionListItemSchema>;

/** The derived list fields every write of a session stores beside it. */
export const listFieldsOf = (session: Pick<TrainingSession, 'loggedSets'>): Pick<SessionListItem, 'setCount' | 'bestSets'> => ({
  setCount: session.loggedSets.length,
  bestSets: bestSetsOf(session.loggedSets),
});

/** The attributes a list item is read from: the history index projects exactly these. */
export const SESSION_LIST_ATTRIBUTES = Object.keys(sessionListItemSchema.shape) as (keyof SessionListItem)[];
