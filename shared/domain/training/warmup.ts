/**
 * Warm-up ramp before the first working sets of a barbell or dumbbell lift. Pure (no imports), so
 * the app shows exactly what the tests check.
 *
 * Barbell (loads are the whole bar):
 * - working load above 60 kg: bar × 10, 40 % × 5, 60 % × 3, 80 % × 1;
 * - above 40 kg up to 60 kg: bar × 10, 50 % × 5, 75 % × 3;
 * - above the bar up to 40 kg: bar × 10, 75 % × 5;
 * - the empty bar or less: no ramp (the working sets are light enough to start with).
 * Dumbbells (loads are per hand): 50 % × 10, 75 % × 5; from 8 kg down only 50 % × 10; under 4 kg none.
 *
 * Each load is rounded to the nearest loadable increment (2.5 kg on a barbell: the smallest pair of
 * 1.25 kg plates; 2 kg between dumbbells); a step that rounds to the previous step's load, to the
 * working load or above it is dropped.
 */

export type WarmupImplement = 'barbell' | 'dumbbell';

export interface WarmupStep {
  reps: number;
  loadKg: number;
  /** Share of the working load the step aims at; null for the empty bar. */
  share: number | null;
}

export const DEFAULT_BAR_KG = 20;
export const DEFAULT_INCREMENT_KG: Record<WarmupImplement, number> = { barbell: 2.5, dumbbell: 2 };

type Ramp = ReadonlyArray<{ share: number | null; reps: number }>;

function barbellRamp(workingKg: number, barKg: number): Ramp {
  if (workingKg <= barKg) return [];
  if (workingKg > 60) return [{ share: null, reps: 10 }, { share: 0.4, reps: 5 }, { share: 0.6, reps: 3 }, { share: 0.8, reps: 1 }];
  if (workingKg > 40) return [{ share: null, reps: 10 }, { share: 0.5, reps: 5 }, { share: 0.75, reps: 3 }];
  return [{ share: null, reps: 10 }, { share: 0.75, reps: 5 }];
}

function dumbbellRamp(workingKg: number): Ramp {
  if (workingKg < 4) return [];
  if (workingKg <= 8) return [{ share: 0.5, reps: 10 }];
  return [{ share: 0.5, reps: 10 }, { share: 0.75, reps: 5 }];
}

const roundTo = (value: number, step: number) => Number((Math.round(value / step) * step).toFixed(3));

export function warmupRamp(input: { implement: WarmupImplement; workingLoadKg: number; barKg?: number; incrementKg?: number }): WarmupStep[] {
  const barKg = input.barKg ?? DEFAULT_BAR_KG;
  const increment = input.incrementKg ?? DEFAULT_INCREMENT_KG[input.implement];
  const working = input.workingLoadKg;
  const ramp = input.implement === 'barbell' ? barbellRamp(working, barKg) : dumbbellRamp(working);
  const floor = input.implement === 'barbell' ? barKg : increment;
  const steps: WarmupStep[] = [];
  for (const { share, reps } of ramp) {
    const loadKg = share === null ? barKg : Math.max(floor, roundTo(working * share, increment));
    const previous = steps.at(-1)?.loadKg ?? 0;
    if (loadKg <= previous || loadKg >= working) continue;
    steps.push({ reps, loadKg, share });
  }
  return steps;
}
