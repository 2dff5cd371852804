import type { Goal } from './goal';
import type { TrainingSession } from './session';

/**
 * What a completed session says about an active goal tied to an exercise: the best value of the
 * goal's unit in that session (heaviest load or estimated 1RM for kg, most reps, longest distance).
 * Null when the session tells nothing new about it.
 */
export function goalValueFromSession(goal: Goal, session: TrainingSession): number | null {
  if (goal.status !== 'active' || !goal.exerciseId) return null;
  const sets = session.loggedSets.filter((set) => set.exerciseId === goal.exerciseId);
  if (!sets.length) return null;
  const best = (values: Array<number | null>) => {
    const present = values.filter((v): v is number => v !== null && v > 0);
    return present.length ? Math.max(...present) : null;
  };
  switch (goal.unit) {
    case 'kg': {
      const oneRm = session.newRecords.find((r) => r.exerciseId === goal.exerciseId && r.kind === 'estimated_1rm')?.value ?? null;
      return best([...sets.map((s) => (s.reps && s.reps > 0 ? s.loadKg : null)), goal.kind === 'strength' ? oneRm : null]);
    }
    case 'reps':
      return best(sets.map((s) => s.reps));
    case 'km':
      return best(sets.map((s) => (s.distanceM ? s.distanceM / 1000 : null)));
    case 'm':
      return best(sets.map((s) => s.distanceM));
    case 'sec':
    case 'min': {
      const seconds = best(sets.map((s) => s.durationSec));
      return seconds === null ? null : goal.unit === 'min' ? seconds / 60 : seconds;
    }
    default:
      return null;
  }
}

/** The goal after a new observed value: better values move it, reaching the target achieves it. */
export function progressGoal(goal: Goal, value: number, now: Date): Goal | null {
  const improves = goal.direction === 'increase' ? value > goal.currentValue : value < goal.currentValue || goal.currentValue === 0;
  if (!improves) return null;
  const reached = goal.direction === 'increase' ? value >= goal.targetValue : value <= goal.targetValue;
  return {
    ...goal,
    currentValue: value,
    status: reached ? 'achieved' : goal.status,
    achievedAt: reached ? now.toISOString() : goal.achievedAt,
    updatedAt: now.toISOString(),
    version: goal.version + 1,
  };
}
