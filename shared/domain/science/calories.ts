import { isPositive, round } from './math';
import type { Sex } from './types';

const KJ_PER_KCAL = 4.184;

/**
 * Keytel et al. 2005 (J Sports Sci 23:289–297), energy expenditure in kJ/min from heart rate
 * without VO2max: male −55.0969 + 0.6309·HR + 0.1988·kg + 0.2017·age;
 * female −20.4022 + 0.4472·HR − 0.1263·kg + 0.074·age. Unknown or other sex: mean of both.
 * Returns kcal for the whole duration, never below 0.
 */
export function keytelCalories(input: { avgHr: number; weightKg: number; age: number; sex: Sex; durationMin: number }): number {
  const { avgHr, weightKg, age, sex, durationMin } = input;
  const male = -55.0969 + 0.6309 * avgHr + 0.1988 * weightKg + 0.2017 * age;
  const female = -20.4022 + 0.4472 * avgHr - 0.1263 * weightKg + 0.074 * age;
  const kjPerMin = sex === 'male' ? male : sex === 'female' ? female : (male + female) / 2;
  return Math.max(0, (kjPerMin / KJ_PER_KCAL) * durationMin);
}

/** kcal = MET × body mass (kg) × hours (1 MET ≈ 1 kcal·kg⁻¹·h⁻¹). */
export function metCalories(met: number, weightKg: number, durationMin: number): number {
  return Math.max(0, met * weightKg * (durationMin / 60));
}

/**
 * The seed's fallback "durée × RPE × facteur_métabolique" names no factor. We use 1.2 kcal per
 * minute per RPE point: ACSM's kcal/min = MET × 3.5 × kg / 200 gives 1.225 per MET for a 70 kg
 * reference athlete, and we take MET ≈ CR-10 RPE (RPE 6 for 60 min → 432 kcal).
 */
export const RPE_KCAL_FACTOR = 1.2;

export function rpeFactorCalories(durationMin: number, rpe: number, factor = RPE_KCAL_FACTOR): number {
  return Math.max(0, durationMin * rpe * factor);
}

export type CaloriesMethod = 'wearable' | 'keytel_2005' | 'met' | 'rpe_factor' | 'none';

export interface CaloriesInput {
  durationMin: number | null;
  wearableKcal?: number | null;
  avgHr?: number | null;
  weightKg?: number | null;
  age?: number | null;
  sex?: Sex;
  /** MET for the discipline and intensity (see referenceMet). */
  met?: number | null;
  rpe?: number | null;
  rpeFactor?: number;
}

export interface CaloriesEstimate {
  /** Whole kcal, or null when no method applies. */
  kcal: number | null;
  method: CaloriesMethod;
}

/**
 * Best available estimate: wearable kcal > Keytel 2005 (needs average HR, weight, age and
 * duration) > MET × kg × h > duration × RPE × factor. A method yielding 0 kcal (e.g. Keytel at
 * a very low heart rate, outside its validity) falls through to the next one.
 */
export function estimateCalories(input: CaloriesInput): CaloriesEstimate {
  const { durationMin, avgHr, weightKg, age, met, rpe } = input;
  const candidates: Array<[CaloriesMethod, () => number | null]> = [
    ['wearable', () => (isPositive(input.wearableKcal) ? input.wearableKcal : null)],
    ['keytel_2005', () => (isPositive(durationMin) && isPositive(avgHr) && isPositive(weightKg) && isPositive(age)
      ? keytelCalories({ avgHr, weightKg, age, sex: input.sex ?? null, durationMin })
      : null)],
    ['met', () => (isPositive(durationMin) && isPositive(met) && isPositive(weightKg) ? metCalories(met, weightKg, durationMin) : null)],
    ['rpe_factor', () => (isPositive(durationMin) && isPositive(rpe) ? rpeFactorCalories(durationMin, rpe, input.rpeFactor) : null)],
  ];
  for (const [method, estimate] of candidates) {
    const kcal = estimate();
    if (kcal !== null && round(kcal) > 0) return { kcal: round(kcal), method };
  }
  return { kcal: null, method: 'none' };
}
