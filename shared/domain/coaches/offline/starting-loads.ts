import type { Exercise } from '../../catalog';
import type { Plan } from './plan';

/**
 * First-session 1RM estimates, as multiples of bodyweight by level (beginner → elite), for a man;
 * a woman's are scaled by FEMALE (lower body keeps more of it than upper body). Dumbbell and
 * kettlebell entries are for the load prescribed (per hand, or the one bell of a goblet squat).
 * Rounded from common strength standards; they are starting points, said to be estimates.
 */
const RATIOS: Readonly<Record<string, { ratio: readonly [number, number, number, number]; lower: boolean }>> = {
  'back-squat': { ratio: [0.9, 1.25, 1.6, 2], lower: true },
  'front-squat': { ratio: [0.75, 1.05, 1.35, 1.65], lower: true },
  deadlift: { ratio: [1.1, 1.5, 1.9, 2.3], lower: true },
  'trap-bar-deadlift': { ratio: [1.15, 1.6, 2, 2.4], lower: true },
  'romanian-deadlift': { ratio: [0.75, 1.05, 1.35, 1.6], lower: true },
  'hip-thrust': { ratio: [1, 1.5, 2, 2.5], lower: true },
  'leg-press': { ratio: [1.5, 2.2, 3, 3.6], lower: true },
  'bench-press': { ratio: [0.65, 0.95, 1.2, 1.5], lower: false },
  'incline-bench-press': { ratio: [0.55, 0.8, 1, 1.25], lower: false },
  'overhead-press': { ratio: [0.4, 0.6, 0.75, 0.95], lower: false },
  'push-press': { ratio: [0.5, 0.75, 0.95, 1.15], lower: false },
  'barbell-row': { ratio: [0.55, 0.8, 1, 1.2], lower: false },
  'pendlay-row': { ratio: [0.5, 0.75, 0.95, 1.15], lower: false },
  'lat-pulldown': { ratio: [0.55, 0.75, 0.95, 1.1], lower: false },
  'seated-cable-row': { ratio: [0.55, 0.75, 0.95, 1.1], lower: false },
  'power-clean': { ratio: [0.5, 0.8, 1, 1.2], lower: true },
  'hang-power-clean': { ratio: [0.45, 0.75, 0.95, 1.15], lower: true },
  'power-snatch': { ratio: [0.35, 0.6, 0.8, 0.95], lower: true },
  'dumbbell-bench-press': { ratio: [0.25, 0.37, 0.47, 0.58], lower: false },
  'incline-dumbbell-press': { ratio: [0.22, 0.32, 0.42, 0.52], lower: false },
  'dumbbell-shoulder-press': { ratio: [0.16, 0.24, 0.3, 0.38], lower: false },
  'dumbbell-row': { ratio: [0.3, 0.42, 0.52, 0.62], lower: false },
  'goblet-squat': { ratio: [0.3, 0.42, 0.52, 0.6], lower: true },
  'dumbbell-romanian-deadlift': { ratio: [0.3, 0.42, 0.55, 0.65], lower: true },
  'dumbbell-lunge': { ratio: [0.18, 0.26, 0.34, 0.42], lower: true },
  'kettlebell-deadlift': { ratio: [0.45, 0.6, 0.75, 0.9], lower: true },
  // Added-load lifts: the ratio is bodyweight + added load (1 = bodyweight only).
  'weighted-pull-up': { ratio: [1, 1.2, 1.45, 1.7], lower: false },
  'weighted-dip': { ratio: [1.1, 1.35, 1.6, 1.9], lower: false },
};
const FEMALE = { lower: 0.72, upper: 0.58 };

/**
 * Lifts whose logged and prescribed load is added to the body (belt, vest, bell between the feet):
 * their 1RM is bodyweight + added load, and the load to prescribe is %·1RM − bodyweight.
 */
export const ADDED_LOAD: ReadonlySet<string> = new Set(['weighted-pull-up', 'weighted-dip']);
export const isAddedLoad = (exercise: Pick<Exercise, 'id'>): boolean => ADDED_LOAD.has(exercise.id);

/** Default bodyweight when the profile has none: used only for added-load lifts, and said so. */
const DEFAULT_BODYWEIGHT = { male: 80, female: 65, other: 72 } as const;

export interface Bodyweight {
  kg: number;
  known: boolean;
}

export function bodyweight(plan: Plan): Bodyweight {
  const weight = plan.ctx.profile.weightKg;
  if (weight != null) return { kg: weight, known: true };
  return { kg: DEFAULT_BODYWEIGHT[plan.ctx.profile.sex ?? 'other'], known: false };
}

/**
 * Estimated 1RM for a first session from bodyweight, sex and level, or null when the lift has no
 * standard or the bodyweight is unknown (then a test set finds the load). Unknown sex → the
 * women's standard (the lower, safer start).
 */
export function estimatedOneRepMax(plan: Plan, exercise: Exercise): number | null {
  const spec = RATIOS[exercise.id];
  const weight = plan.ctx.profile.weightKg;
  if (!spec || weight == null) return null;
  const ratio = spec.ratio[plan.rank] ?? spec.ratio[1];
  const scale = plan.ctx.profile.sex === 'male' ? 1 : spec.lower ? FEMALE.lower : FEMALE.upper;
  // Added-load lifts keep the whole bodyweight: only the part above it scales.
  if (isAddedLoad(exercise)) return weight * (1 + (ratio - 1) * scale);
  return weight * ratio * scale;
}
