import type { Exercise } from '../catalog/schema';
import type { PrescribedExercise, PrescribedSet } from '../coaches/prescription';
import { IllegalTransitionError, InvalidSetError } from './errors';
import type { TrainingSession } from './session';

/**
 * Swapping an exercise mid-session (the machine is taken): ranked alternatives from the catalog,
 * and the session with the new exercise. Type-only imports besides the lifecycle errors, so the
 * app ranks alternatives with this same code from GET /exercises.
 */

type Level = 'beginner' | 'intermediate' | 'advanced' | 'elite';
const LEVELS: readonly Level[] = ['beginner', 'intermediate', 'advanced', 'elite'];

/** What swapping needs to know of a catalog exercise (the catalog's and GET /exercises' shapes both map to it). */
export interface SwapCandidate {
  id: string;
  name: string;
  discipline: string;
  movementPattern: string;
  primaryMuscles: readonly string[];
  secondaryMuscles: readonly string[];
  equipment: readonly string[];
  minLevel: Level;
  units: 'reps_load' | 'reps' | 'time' | 'distance' | 'calories';
}

export interface SwapAlternative {
  candidate: SwapCandidate;
  samePattern: boolean;
  /** Primary muscles both exercises work. */
  sharedMuscles: string[];
  /** null when the session does not say what equipment there is. */
  equipmentAvailable: boolean | null;
  /** The exercise's level is at most the athlete's. */
  withinLevel: boolean;
}

export const MAX_SWAPS = 120;

const available = (equipment: readonly string[], at: readonly string[]) => equipment.every((item) => item === 'none' || at.includes(item));

/**
 * Alternatives to `current`, best first: same movement pattern, then more shared primary muscles,
 * then within the athlete's level, then shared secondary muscles and the same discipline. An
 * alternative trains the same pattern, or a primary muscle of it in the same discipline; with a
 * known equipment list (`equipment`, null = unknown), only what it allows is offered.
 */
export function rankAlternatives(input: {
  current: SwapCandidate;
  candidates: readonly SwapCandidate[];
  equipment: readonly string[] | null;
  level: Level;
  limit?: number;
}): SwapAlternative[] {
  const { current, equipment } = input;
  const athlete = LEVELS.indexOf(input.level);
  const scored = input.candidates.flatMap((candidate, order) => {
    if (candidate.id === current.id) return [];
    const samePattern = candidate.movementPattern === current.movementPattern;
    const sharedMuscles = candidate.primaryMuscles.filter((muscle) => current.primaryMuscles.includes(muscle));
    if (!samePattern && (sharedMuscles.length === 0 || candidate.discipline !== current.discipline)) return [];
    const equipmentAvailable = equipment === null ? null : available(candidate.equipment, equipment);
    if (equipmentAvailable === false) return [];
    const withinLevel = LEVELS.indexOf(candidate.minLevel) <= athlete;
    const secondary = candidate.secondaryMuscles.filter((muscle) => current.primaryMuscles.includes(muscle) || current.secondaryMuscles.includes(muscle)).length;
    const key = [samePattern ? 1 : 0, sharedMuscles.length, withinLevel ? 1 : 0, secondary, candidate.discipline === current.discipline ? 1 : 0];
    return [{ alternative: { candidate, samePattern, sharedMuscles, equipmentAvailable, withinLevel }, key, order }];
  });
  scored.sort((a, b) => {
    for (let i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return b.key[i]! - a.key[i]!;
    return a.order - b.order;
  });
  return scored.slice(0, input.limit ?? 8).map((entry) => entry.alternative);
}

/** The implement that carries the load (a barbell load means nothing on a machine). */
const LOADED = ['barbell', 'trap-bar', 'ez-bar', 'dumbbell', 'kettlebell', 'cable', 'machine', 'sandbag', 'sled', 'med-ball', 'wall-ball'];
const implementOf = (exercise: SwapCandidate) => LOADED.find((item) => exercise.equipment.includes(item)) ?? 'bodyweight';

/**
 * The prescribed sets for `to`, from those of `from`: set types, rest and effort targets kept;
 * the work in `to`'s units. A load carries over only for the same implement and pattern
 * (otherwise it is picked by feel, with an RPE target when the plan had none).
 */
export function adaptSets(sets: readonly PrescribedSet[], from: SwapCandidate, to: SwapCandidate): PrescribedSet[] {
  const keepLoad = to.units === 'reps_load' && implementOf(from) === implementOf(to) && from.movementPattern === to.movementPattern;
  return sets.map((set) => {
    const base: PrescribedSet = {
      ...set,
      reps: null,
      loadKg: null,
      durationSec: null,
      distanceM: null,
      calories: null,
      targetPaceSecPerKm: to.movementPattern === 'cyclical' ? set.targetPaceSecPerKm : null,
    };
    const byFeel = (loaded: boolean) => (loaded && !keepLoad && set.targetRpe == null && set.targetRir == null ? { targetRpe: set.type === 'warmup' ? 5 : 7 } : {});
    switch (to.units) {
      case 'reps_load':
        return { ...base, reps: set.reps ?? 10, loadKg: keepLoad ? set.loadKg : null, ...byFeel(true) };
      case 'reps':
        return { ...base, reps: set.reps ?? 10 };
      case 'time':
        return { ...base, durationSec: set.durationSec ?? (set.reps != null ? Math.min(60, Math.max(20, set.reps * 3)) : 30) };
      case 'distance':
        return { ...base, distanceM: set.distanceM, durationSec: set.durationSec ?? (set.distanceM == null ? 60 : null) };
      case 'calories':
        return { ...base, calories: set.calories, durationSec: set.calories == null ? (set.durationSec ?? 60) : set.durationSec };
    }
  });
}

export interface SwapResult {
  session: TrainingSession;
  /** False when the exercise already is `to` (a retried swap changes nothing). */
  changed: boolean;
  /** The enrichment content no longer matches the prescription: the session waits for it again. */
  requeueEnrichment: boolean;
}

/** Where exercise `exerciseIndex` (flat, as logged sets count) sits in the blocks. */
function locate(session: TrainingSession, exerciseIndex: number): { block: number; entry: number } | null {
  let index = 0;
  for (const [block, { exercises }] of session.prescription.blocks.entries()) {
    if (exerciseIndex < index + exercises.length) return { block, entry: exerciseIndex - index };
    index += exercises.length;
  }
  return null;
}

/**
 * Replaces the prescribed exercise at `exerciseIndex` with `to` in a draft or active session.
 * Logged sets stay as they were (with the exercise they were done on); the swap is recorded.
 */
export function swapExercise(session: TrainingSession, input: { exerciseIndex: number; from: SwapCandidate; to: SwapCandidate; now: Date }): SwapResult {
  if (session.status === 'completed') throw new IllegalTransitionError(session.status, 'swap exercises');
  const place = locate(session, input.exerciseIndex);
  if (!place) throw new RangeError(`exercise ${input.exerciseIndex} is not in session ${session.id}`);
  const block = session.prescription.blocks[place.block]!;
  const current = block.exercises[place.entry]!;
  if (current.exerciseId === input.to.id) return { session, changed: false, requeueEnrichment: false };
  if ((session.swaps ?? []).length >= MAX_SWAPS) throw new InvalidSetError('exerciseId', `cannot be swapped: a session records at most ${MAX_SWAPS} swaps`, 'too_big', { maximum: MAX_SWAPS });

  const replacement: PrescribedExercise = { exerciseId: input.to.id, name: input.to.name, sets: adaptSets(current.sets, input.from, input.to), notes: null, scaling: null };
  const blocks = session.prescription.blocks.map((b, i) => (i === place.block ? { ...b, exercises: b.exercises.map((e, j) => (j === place.entry ? replacement : e)) } : b));
  const at = input.now.toISOString();
  // Content written for the old exercise is stale; a session still waiting is enriched from the new prescription anyway.
  const requeueEnrichment = session.enrichmentStatus !== 'fast';
  const next: TrainingSession = {
    ...session,
    prescription: { ...session.prescription, blocks },
    swaps: [...(session.swaps ?? []), { exerciseIndex: input.exerciseIndex, from: current.exerciseId, to: input.to.id, at }],
    ...(requeueEnrichment ? { enrichmentStatus: 'fast' as const, enrichmentAttempts: 0, enrichmentError: null, enrichmentQueuedAt: at } : {}),
    updatedAt: at,
    version: session.version + 1,
  };
  return { session: next, changed: true, requeueEnrichment };
}

/** A catalog exercise as a swap candidate, named in `locale`. */
export const candidateFromCatalog = (exercise: Exercise, locale: 'en' | 'fr' = 'en'): SwapCandidate => ({
  id: exercise.id,
  name: exercise.name[locale],
  discipline: exercise.discipline,
  movementPattern: exercise.movementPattern,
  primaryMuscles: exercise.primaryMuscles,
  secondaryMuscles: exercise.secondaryMuscles,
  equipment: exercise.equipment,
  minLevel: exercise.minLevel,
  units: exercise.defaultUnits,
});
