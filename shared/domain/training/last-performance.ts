import { MAX_LAST_PERFORMANCE_SETS, type LastPerformance, type TrainingSession } from './session';

type HistorySession = Pick<TrainingSession, 'id' | 'status' | 'loggedSets' | 'completedAt' | 'startedAt' | 'createdAt' | 'localDay'>;

const performedAt = (session: HistorySession) => session.completedAt ?? session.startedAt ?? session.createdAt;

/** A set worth showing as "last time": it carries at least one number. */
const hasNumbers = (set: TrainingSession['loggedSets'][number]) => set.reps !== null || set.loadKg !== null || set.durationSec !== null || set.distanceM !== null;

/**
 * For each exercise id (in the order given, each once), the athlete's latest completed performance
 * of it among `history`: the newest completed session that logged it, with those sets in set order
 * (at most MAX_LAST_PERFORMANCE_SETS). Exercises never done before are left out (pure).
 */
export function lastPerformances(exerciseIds: readonly string[], history: readonly HistorySession[]): LastPerformance[] {
  const completed = history.filter((session) => session.status === 'completed').sort((a, b) => performedAt(b).localeCompare(performedAt(a)));
  const result: LastPerformance[] = [];
  for (const exerciseId of new Set(exerciseIds)) {
    for (const session of completed) {
      const sets = session.loggedSets
        .filter((set) => set.exerciseId === exerciseId && hasNumbers(set))
        .sort((a, b) => a.setIndex - b.setIndex || a.completedAt.localeCompare(b.completedAt));
      if (sets.length === 0) continue;
      result.push({
        exerciseId,
        sessionId: session.id,
        performedAt: performedAt(session),
        localDay: session.localDay,
        sets: sets.slice(0, MAX_LAST_PERFORMANCE_SETS).map(({ setIndex, reps, loadKg, durationSec, distanceM, rpe }) => ({ setIndex, reps, loadKg, durationSec, distanceM, rpe })),
      });
      break;
    }
  }
  return result;
}

/** The exercise ids a session prescribes, in plan order. */
export const prescribedExerciseIds = (session: Pick<TrainingSession, 'prescription'>): string[] =>
  session.prescription.blocks.flatMap((block) => block.exercises.map((exercise) => exercise.exerciseId));
