import { estimateCalories } from '../science/calories';
import { fosterLoad } from '../science/load';
import { intensityFromRpe, referenceMet } from '../science/met';
import { detectRecords, type PreviousRecord } from '../science/records';
import { computeSessionMetrics } from '../science/session-metrics';
import type { LoggedExercise, Sex } from '../science/types';
import { localDay } from '../time/zoned';
import { IllegalTransitionError, InvalidSetError } from './errors';
import { canTransition, MAX_LOGGED_SETS, type LoggedSet, type TrainingSession } from './session';

/** Exercises of a prescription in order; a logged set points at one by index. */
export const prescribedExercises = (session: TrainingSession) => session.prescription.blocks.flatMap((block) => block.exercises);

const bump = (session: TrainingSession, now: Date, changes: Partial<TrainingSession>): TrainingSession => ({
  ...session,
  ...changes,
  updatedAt: now.toISOString(),
  version: session.version + 1,
});

export function startSession(session: TrainingSession, now: Date): TrainingSession {
  if (!canTransition(session.status, 'active')) throw new IllegalTransitionError(session.status, 'be started');
  const startedAt = now.toISOString();
  return bump(session, now, { status: 'active', startedAt, localDay: localDay(startedAt, session.timeZone) });
}

export type LogSetInput = Omit<LoggedSet, 'exerciseId' | 'completedAt'> & { completedAt?: string };

/**
 * Adds a set to an active session. Idempotent: a set whose id is already logged leaves the
 * session unchanged (`added: false`), so a retried POST never duplicates it.
 */
export function logSet(session: TrainingSession, input: LogSetInput, now: Date): { session: TrainingSession; set: LoggedSet; added: boolean } {
  const existing = session.loggedSets.find((set) => set.id === input.id);
  if (existing) return { session, set: existing, added: false };
  if (session.status !== 'active') throw new IllegalTransitionError(session.status, 'log sets (start it first)');
  const exercise = prescribedExercises(session)[input.exerciseIndex];
  if (!exercise) throw new InvalidSetError('exerciseIndex', `must point at one of the session's ${prescribedExercises(session).length} exercises`, 'exercise_index_out_of_range', { count: prescribedExercises(session).length });
  if (session.loggedSets.length >= MAX_LOGGED_SETS) throw new InvalidSetError('id', `cannot be added: a session holds at most ${MAX_LOGGED_SETS} sets`, 'too_many_sets', { maximum: MAX_LOGGED_SETS });
  const set: LoggedSet = { ...input, exerciseId: exercise.exerciseId, completedAt: input.completedAt ?? now.toISOString() };
  return { session: bump(session, now, { loggedSets: [...session.loggedSets, set] }), set, added: true };
}

export interface CompletionInput {
  rpeAvg?: number | null;
  durationActualMin?: number | null;
  notes?: string | null;
}

export interface AthleteFacts {
  weightKg: number | null;
  age: number | null;
  sex: Sex;
}

export interface WearableFacts {
  calories: number | null;
  avgHr: number | null;
}

/** Groups logged sets by exercise for the science functions. */
export const loggedExercises = (session: TrainingSession): LoggedExercise[] => {
  const byExercise = new Map<string, LoggedExercise & { sets: LoggedSet[] }>();
  for (const set of session.loggedSets) {
    const entry = byExercise.get(set.exerciseId) ?? { exerciseId: set.exerciseId, sets: [] };
    entry.sets.push(set);
    byExercise.set(set.exerciseId, entry);
  }
  return [...byExercise.values()];
};

/**
 * Completes an active session: metrics, calories by the best available method, Foster load and
 * the personal records it beats.
 */
export function completeSession(
  session: TrainingSession,
  input: CompletionInput,
  facts: { athlete: AthleteFacts; wearable: WearableFacts | null; previousRecords: PreviousRecord[] },
  now: Date,
): TrainingSession {
  if (!canTransition(session.status, 'completed')) throw new IllegalTransitionError(session.status, 'be completed');
  const completedAt = now.toISOString();
  const exercises = loggedExercises(session);
  const base = computeSessionMetrics({
    exercises,
    durationActualMin: input.durationActualMin ?? null,
    startedAt: session.startedAt,
    completedAt,
    reportedRpe: input.rpeAvg ?? null,
  });
  const calories = estimateCalories({
    durationMin: base.durationMin,
    wearableKcal: facts.wearable?.calories ?? null,
    avgHr: facts.wearable?.avgHr ?? null,
    weightKg: facts.athlete.weightKg,
    age: facts.athlete.age,
    sex: facts.athlete.sex,
    met: referenceMet(session.coach, base.rpeAverage !== null ? intensityFromRpe(base.rpeAverage) : session.prescription.intensity),
    rpe: base.rpeAverage,
  });
  const newRecords = detectRecords({ previous: facts.previousRecords, exercises });
  return bump(session, now, {
    status: 'completed',
    completedAt,
    localDay: localDay(completedAt, session.timeZone),
    notes: input.notes ?? session.notes,
    metrics: { ...base, calories, sessionLoad: fosterLoad(base.rpeAverage, base.durationMin) },
    newRecords,
  });
}

export interface SessionEdit {
  title?: string;
  notes?: string | null;
  rpeAvg?: number;
  durationActualMin?: number;
}

/**
 * Edits a session. Title and notes change at any status; the reported RPE and duration only on
 * a completed session, whose metrics, calories and load are recomputed (records stay as set).
 */
export function editSession(session: TrainingSession, edit: SessionEdit, athlete: AthleteFacts, now: Date): TrainingSession {
  const changes: Partial<TrainingSession> = {};
  if (edit.title !== undefined) changes.title = edit.title;
  if (edit.notes !== undefined) changes.notes = edit.notes;
  if (edit.rpeAvg !== undefined || edit.durationActualMin !== undefined) {
    if (session.status !== 'completed' || !session.metrics) throw new IllegalTransitionError(session.status, 'take a reported RPE or duration before it is completed');
    const base = computeSessionMetrics({
      exercises: loggedExercises(session),
      durationActualMin: edit.durationActualMin ?? (session.metrics.durationSource === 'explicit' ? session.metrics.durationMin : null),
      startedAt: session.startedAt,
      completedAt: session.completedAt,
      reportedRpe: edit.rpeAvg ?? (session.metrics.rpeSource === 'reported' ? session.metrics.rpeAverage : null),
    });
    const calories =
      session.metrics.calories.method === 'wearable'
        ? session.metrics.calories
        : estimateCalories({
            durationMin: base.durationMin,
            weightKg: athlete.weightKg,
            age: athlete.age,
            sex: athlete.sex,
            met: referenceMet(session.coach, base.rpeAverage !== null ? intensityFromRpe(base.rpeAverage) : session.prescription.intensity),
            rpe: base.rpeAverage,
          });
    changes.metrics = { ...base, calories, sessionLoad: fosterLoad(base.rpeAverage, base.durationMin) };
  }
  return bump(session, now, changes);
}

export { IllegalTransitionError, InvalidSetError };
