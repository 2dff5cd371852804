import type { PreviousRecord } from '../science/records';
import type { TrainingSession } from '../training/session';
import type { AthleteFacts } from '../training/lifecycle';
import { mapExerciseNames } from './exercise-names';
import { importedSession, type SkipReason } from './imported-session';
import { importedSessionId } from './session-id';
import type { ImportedWorkout, ParsedExport } from './workout';

export interface WorkoutRef {
  title: string;
  startedAt: string;
  /** Line of its first row in the file. */
  line: number;
}

export interface ImportPlan {
  /** Oldest first, each with the workout it comes from. */
  sessions: Array<{ session: TrainingSession; workout: WorkoutRef }>;
  skipped: Array<{ workout: WorkoutRef; reason: SkipReason; detail: string }>;
  /** Exercise names matching no catalog exercise (nor the athlete's mapping), with how many sets use them. */
  unmapped: Array<{ name: string; count: number }>;
}

export interface PlanContext {
  userId: string;
  timeZone: string;
  mapping: Readonly<Record<string, string>>;
  athlete: AthleteFacts;
  /** The athlete's stored records: an imported session sets a record only when it beats them and the file's earlier workouts. */
  previousRecords: PreviousRecord[];
  /** Ids of the file's sessions that are already stored (an earlier import). */
  existingIds: ReadonlySet<string>;
  now: Date;
}

export const workoutRef = (workout: ImportedWorkout): WorkoutRef => ({ title: workout.title, startedAt: workout.start.toISOString(), line: workout.line });

/** The session id of each workout of a parsed file, in file order. */
export const plannedIds = (parsed: ParsedExport, userId: string): string[] =>
  parsed.workouts.map((workout) => importedSessionId(userId, parsed.format, workout.start, workout.title));

function withRecords(records: PreviousRecord[], session: TrainingSession): PreviousRecord[] {
  const next = new Map(records.map((record) => [`${record.exerciseId}#${record.kind}`, record]));
  for (const best of session.newRecords) next.set(`${best.exerciseId}#${best.kind}`, { exerciseId: best.exerciseId, kind: best.kind, value: best.value });
  return [...next.values()];
}

/**
 * What importing a parsed file does: each workout becomes a completed session, oldest first so
 * each one's records are judged against everything before it; workouts already imported, with
 * unmapped exercises, or out of bounds are skipped with their reason.
 */
export function planImport(parsed: ParsedExport, context: PlanContext): ImportPlan {
  const exerciseIds = mapExerciseNames(parsed.workouts.flatMap((workout) => workout.sets.map((set) => set.exerciseName)), context.mapping);
  const unmappedCounts = new Map<string, number>();
  for (const workout of parsed.workouts) {
    for (const set of workout.sets) if (!exerciseIds.get(set.exerciseName)) unmappedCounts.set(set.exerciseName, (unmappedCounts.get(set.exerciseName) ?? 0) + 1);
  }

  const plan: ImportPlan = { sessions: [], skipped: [], unmapped: [...unmappedCounts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)) };
  const ordered = [...parsed.workouts].sort((a, b) => a.start.getTime() - b.start.getTime() || a.line - b.line);
  let records = context.previousRecords;
  for (const workout of ordered) {
    const id = importedSessionId(context.userId, parsed.format, workout.start, workout.title);
    if (context.existingIds.has(id)) {
      plan.skipped.push({ workout: workoutRef(workout), reason: 'already_imported', detail: `session ${id} exists` });
      continue;
    }
    const result = importedSession(workout, { format: parsed.format, userId: context.userId, timeZone: context.timeZone, exerciseIds, athlete: context.athlete, now: context.now }, records);
    if ('skip' in result) {
      plan.skipped.push({ workout: workoutRef(workout), reason: result.skip.reason, detail: result.skip.detail });
      continue;
    }
    plan.sessions.push({ session: result.session, workout: workoutRef(workout) });
    records = withRecords(records, result.session);
  }
  return plan;
}
