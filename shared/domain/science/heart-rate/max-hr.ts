import { isPositive } from '../math';

export type MaxHrMethod = 'profile' | 'tanaka' | 'fox_220';
export type MaxHrFormula = 'tanaka' | 'fox_220';

/** Tanaka, Monahan & Seals 2001 (J Am Coll Cardiol 37:153–156): 208 − 0.7 × age. Age 40 → 180. */
export function tanakaMaxHr(age: number): number {
  return 208 - 0.7 * age;
}

/** The classic 220 − age (Fox et al. 1971), the seed's formula; kept as a documented alternative. */
export function foxMaxHr(age: number): number {
  return 220 - age;
}

export interface MaxHeartRate {
  /** Whole bpm. */
  bpm: number;
  method: MaxHrMethod;
}

/**
 * Max HR: the profile's measured value when set, else the age formula (Tanaka by default,
 * 220 − age on request), rounded to whole bpm; null without either.
 */
export function maxHeartRate(input: { profileMaxHr: number | null; age: number | null; formula?: MaxHrFormula }): MaxHeartRate | null {
  if (isPositive(input.profileMaxHr)) return { bpm: Math.round(input.profileMaxHr), method: 'profile' };
  if (!isPositive(input.age)) return null;
  const formula = input.formula ?? 'tanaka';
  return { bpm: Math.round(formula === 'tanaka' ? tanakaMaxHr(input.age) : foxMaxHr(input.age)), method: formula };
}

/** Age reached during `now`'s year (the profile stores a birth year only); null when unknown. */
export function ageFromBirthYear(birthYear: number | null, now: Date): number | null {
  if (!isPositive(birthYear)) return null;
  const age = now.getUTCFullYear() - birthYear;
  return age > 0 ? age : null;
}
