import { getExercise, type Coach, type Discipline } from '../catalog';
import type { PrescribedBlock, PrescribedExercise, Prescription } from '../coaches/prescription';
import { intensityFromRpe } from '../science/met';
import { localDay } from '../time/zoned';
import { emptyCoachFields } from '../training/custom-session';
import { completeSession, type AthleteFacts } from '../training/lifecycle';
import type { PreviousRecord } from '../science/records';
import { MAX_EXERCISES, MAX_LOGGED_SETS, trainingSessionSchema, type LoggedSet, type TrainingSession } from '../training/session';
import { importedSessionId } from './session-id';
import type { ImportedSet, ImportedWorkout, ImportFormat } from './workout';

/** Bounds of the prescription schema an imported workout is rebuilt into. */
const EXERCISES_PER_BLOCK = 24;
const PRESCRIBED_SETS_PER_EXERCISE = 60;
const MAX_LOAD_KG = 600;
/** When an export gives no duration: the time a set takes with its rest, for the estimate. */
const ESTIMATED_SEC_PER_SET = 150;

export type SkipReason = 'already_imported' | 'unmapped_exercises' | 'too_many_sets' | 'too_many_exercises' | 'in_future' | 'no_sets' | 'invalid_set' | 'invalid_workout';

export interface Skip {
  reason: SkipReason;
  /** English detail (the line, the value, the names). */
  detail: string;
  line: number;
}

export interface ImportContext {
  format: ImportFormat;
  userId: string;
  timeZone: string;
  /** Catalog id per exercise name of the file (null = unmapped). */
  exerciseIds: ReadonlyMap<string, string | null>;
  athlete: AthleteFacts;
  now: Date;
}

const clampInt = (value: number | null, min: number, max: number) => (value === null ? null : Math.min(max, Math.max(min, Math.round(value))));
const positiveOrNull = (value: number | null, max: number) => (value !== null && value > 0 && value <= max ? value : null);

/** The one discipline and coach of a workout: those of the exercise most of its sets belong to. */
function dominant(sets: ReadonlyArray<{ exerciseId: string }>): { discipline: Discipline; coach: Coach } {
  const counts = new Map<string, number>();
  for (const set of sets) counts.set(set.exerciseId, (counts.get(set.exerciseId) ?? 0) + 1);
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const exercise = getExercise(top)!;
  return { discipline: exercise.discipline, coach: exercise.coaches[0]! };
}

/** A set's values as the session schema bounds them, or why it cannot be one. */
function loggedValues(set: ImportedSet): Omit<LoggedSet, 'id' | 'exerciseIndex' | 'exerciseId' | 'setIndex' | 'completedAt'> | string {
  if (set.loadKg !== null && set.loadKg > MAX_LOAD_KG) return `line ${set.line}: ${set.loadKg} kg is above the ${MAX_LOAD_KG} kg a set may carry`;
  if (set.reps !== null && set.reps > 1000) return `line ${set.line}: ${set.reps} reps is above 1000`;
  if (set.distanceM !== null && set.distanceM > 500_000) return `line ${set.line}: ${set.distanceM} m is above 500 km`;
  if (set.durationSec !== null && set.durationSec > 86_400) return `line ${set.line}: ${set.durationSec} s is above 24 h`;
  return {
    reps: clampInt(set.reps, 0, 1000),
    loadKg: positiveOrNull(set.loadKg, MAX_LOAD_KG),
    durationSec: set.durationSec === null ? null : clampInt(set.durationSec, 0, 86_400),
    distanceM: positiveOrNull(set.distanceM, 500_000),
    rpe: set.rpe !== null && set.rpe >= 1 && set.rpe <= 10 ? set.rpe : null,
    rir: null,
  };
}

function prescribedExercise(exerciseId: string, sets: readonly LoggedSet[], kinds: readonly (string | null)[], notes: string | null): PrescribedExercise {
  return {
    exerciseId,
    name: getExercise(exerciseId)!.name.en,
    notes: notes ? notes.slice(0, 600) : null,
    scaling: null,
    sets: sets.slice(0, PRESCRIBED_SETS_PER_EXERCISE).map((set, index) => ({
      type: kinds[index] === 'warmup' || kinds[index] === 'w' ? 'warmup' : kinds[index] === 'dropset' || kinds[index] === 'd' ? 'backoff' : 'working',
      reps: set.reps && set.reps >= 1 ? set.reps : null,
      loadKg: positiveOrNull(set.loadKg, 500),
      durationSec: set.durationSec && set.durationSec >= 1 ? Math.min(14_400, set.durationSec) : null,
      distanceM: set.distanceM && set.distanceM >= 1 ? Math.min(100_000, set.distanceM) : null,
      calories: null,
      targetRpe: set.rpe,
      targetRir: null,
      targetHrZone: null,
      targetPaceSecPerKm: null,
      restSec: 90,
    })),
  };
}

/**
 * A workout of an export as a completed session, through the same completion as a live one
 * (metrics, calories, Foster load, records against `previousRecords`). Sets of one exercise keep
 * the file's order; set times are spread evenly over the workout (the exports give none).
 */
export function importedSession(workout: ImportedWorkout, context: ImportContext, previousRecords: PreviousRecord[]): { session: TrainingSession } | { skip: Skip } {
  const skip = (reason: SkipReason, detail: string) => ({ skip: { reason, detail, line: workout.line } });
  if (workout.start > context.now) return skip('in_future', `starts ${workout.start.toISOString()}, after now`);
  const unmapped = [...new Set(workout.sets.map((set) => set.exerciseName).filter((name) => !context.exerciseIds.get(name)))];
  if (unmapped.length) return skip('unmapped_exercises', `not in the catalog: ${unmapped.join(', ')}`);
  if (workout.sets.length === 0) return skip('no_sets', 'no sets');
  if (workout.sets.length > MAX_LOGGED_SETS) return skip('too_many_sets', `${workout.sets.length} sets; a session holds at most ${MAX_LOGGED_SETS}`);

  const exerciseOrder: string[] = [];
  for (const set of workout.sets) {
    const id = context.exerciseIds.get(set.exerciseName)!;
    if (!exerciseOrder.includes(id)) exerciseOrder.push(id);
  }
  if (exerciseOrder.length > MAX_EXERCISES) return skip('too_many_exercises', `${exerciseOrder.length} exercises; a session holds at most ${MAX_EXERCISES}`);

  const estimatedSec = workout.sets.reduce((total, set) => total + (set.durationSec ?? ESTIMATED_SEC_PER_SET), 0);
  const durationSec = Math.max(60, workout.durationSec ?? estimatedSec);
  const end = workout.end && workout.end > workout.start ? workout.end : new Date(workout.start.getTime() + durationSec * 1000);
  const id = importedSessionId(context.userId, context.format, workout.start, workout.title);

  const loggedSets: LoggedSet[] = [];
  const kinds = new Map<string, (string | null)[]>();
  const notes = new Map<string, string | null>();
  for (const [position, set] of workout.sets.entries()) {
    const values = loggedValues(set);
    if (typeof values === 'string') return skip('invalid_set', values);
    const exerciseId = context.exerciseIds.get(set.exerciseName)!;
    const exerciseIndex = exerciseOrder.indexOf(exerciseId);
    const setIndex = loggedSets.filter((logged) => logged.exerciseIndex === exerciseIndex).length;
    const at = workout.start.getTime() + ((end.getTime() - workout.start.getTime()) * (position + 1)) / workout.sets.length;
    loggedSets.push({ id: `imp-${set.line}`, exerciseIndex, exerciseId, setIndex: Math.min(200, setIndex), ...values, completedAt: new Date(at).toISOString() });
    kinds.set(exerciseId, [...(kinds.get(exerciseId) ?? []), set.kind]);
    if (!notes.get(exerciseId) && set.exerciseNotes) notes.set(exerciseId, set.exerciseNotes);
  }

  const { discipline, coach } = dominant(loggedSets);
  const exercises = exerciseOrder.map((exerciseId, index) =>
    prescribedExercise(exerciseId, loggedSets.filter((set) => set.exerciseIndex === index), kinds.get(exerciseId) ?? [], notes.get(exerciseId) ?? null),
  );
  const blocks: PrescribedBlock[] = [];
  for (let i = 0; i < exercises.length; i += EXERCISES_PER_BLOCK) {
    blocks.push({ name: blocks.length ? `Main ${blocks.length + 1}` : 'Main', kind: 'main', format: 'straight', rounds: null, timeCapMin: null, exercises: exercises.slice(i, i + EXERCISES_PER_BLOCK) });
  }
  const rpes = loggedSets.map((set) => set.rpe).filter((rpe): rpe is number => rpe !== null);
  const durationMin = Math.max(1, Math.min(300, Math.round((end.getTime() - workout.start.getTime()) / 60_000)));
  const title = workout.title.slice(0, 160);
  const prescription: Prescription = {
    coach,
    discipline,
    title,
    summary: exercises.map((exercise) => `${exercise.name} ×${exercise.sets.length}`).join(', ').slice(0, 600),
    estimatedDurationMin: durationMin,
    intensity: intensityFromRpe(rpes.length ? rpes.reduce((a, b) => a + b, 0) / rpes.length : null),
    blocks,
    coachNotes: [],
    coachFields: emptyCoachFields(coach),
  };
  const startedAt = workout.start.toISOString();
  const active: TrainingSession = {
    id,
    userId: context.userId,
    status: 'active',
    origin: 'custom',
    provider: 'user',
    coach,
    discipline,
    title,
    prescription,
    context: { locationId: null, equipment: [], durationMin, energy: 3 },
    // Enriched like any session the athlete wrote, after live sessions (lowest priority).
    enrichmentStatus: 'fast',
    enrichmentPriority: 1,
    enrichmentAttempts: 0,
    enrichmentError: null,
    enrichmentQueuedAt: context.now.toISOString(),
    loggedSets,
    lastPerformance: [],
    metrics: null,
    newRecords: [],
    notes: null,
    tokenUsage: null,
    timeZone: context.timeZone,
    localDay: localDay(workout.start, context.timeZone),
    createdAt: startedAt,
    startedAt,
    completedAt: null,
    updatedAt: startedAt,
    version: 1,
  };
  const completed = completeSession(
    active,
    { durationActualMin: (end.getTime() - workout.start.getTime()) / 60_000, notes: workout.notes ? workout.notes.slice(0, 2000) : null },
    { athlete: context.athlete, wearable: null, previousRecords },
    end,
  );
  const checked = trainingSessionSchema.safeParse(completed);
  if (!checked.success) return skip('invalid_workout', checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ').slice(0, 300));
  return { session: checked.data };
}
