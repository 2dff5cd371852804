import type { MovementPattern } from '../../../shared/domain/catalog/schema';
import type { ExerciseLookup, InsightSession } from '../../../shared/domain/insights/metrics';
import { addDays } from '../../../shared/domain/science/days';

type Set = InsightSession['sets'][number];
export const set = (exerciseId: string, values: Partial<Set>): Set => ({ exerciseId, reps: null, loadKg: null, durationSec: null, distanceM: null, rpe: null, rir: null, ...values });

let n = 0;
export function session(day: string, values: Partial<InsightSession> = {}): InsightSession {
  n += 1;
  return { id: `s${n}`, day, coach: 'force', discipline: 'strength', durationMin: 60, rpe: 7, load: 420, volumeKg: 0, distanceKm: 0, sets: [], ...values };
}

/** A strength session: `reps × load` sets of each exercise; volume and load follow. */
export function lift(day: string, lifts: Array<[exerciseId: string, sets: number, reps: number, loadKg: number]>, rpe = 7, minutes = 60): InsightSession {
  const sets = lifts.flatMap(([id, count, reps, loadKg]) => Array.from({ length: count }, () => set(id, { reps, loadKg, rpe })));
  return session(day, { sets, rpe, durationMin: minutes, load: rpe * minutes, volumeKg: sets.reduce((t, s) => t + (s.reps ?? 0) * (s.loadKg ?? 0), 0) });
}

export const patterns: Record<string, MovementPattern> = {
  bench: 'horizontal-push',
  ohp: 'vertical-push',
  row: 'horizontal-pull',
  pullup: 'vertical-pull',
  squat: 'squat',
  deadlift: 'hinge',
  run: 'cyclical',
};
export const lookup: ExerciseLookup = (id) => (patterns[id] ? { pattern: patterns[id]!, discipline: id === 'run' ? 'running' : 'strength' } : null);
export const names = (id: string) => ({ bench: 'Bench press', squat: 'Back squat', row: 'Barbell row', ohp: 'Overhead press', pullup: 'Pull-up', deadlift: 'Deadlift', run: 'Run' })[id] ?? id;

/** Days back from `today`, every `step` days, `count` times (oldest first). */
export const daysBack = (today: string, count: number, step: number) => Array.from({ length: count }, (_, i) => addDays(today, -(count - 1 - i) * step));
