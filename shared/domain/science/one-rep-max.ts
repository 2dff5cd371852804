import { isPositive, round } from './math';

export type OneRepMaxFormula = 'epley' | 'brzycki' | 'actual';

/** Epley 1985: 1RM = w × (1 + r / 30); a single rep is the 1RM itself. 100 kg × 5 → 116.7 kg. */
export function epley1rm(loadKg: number, reps: number): number {
  return reps <= 1 ? loadKg : loadKg * (1 + reps / 30);
}

/** Brzycki 1993: 1RM = w × 36 / (37 − r); 100 kg × 5 → 112.5 kg. Undefined from 37 reps. */
export function brzycki1rm(loadKg: number, reps: number): number {
  if (reps >= 37) throw new RangeError('Brzycki is undefined for 37 reps or more');
  return reps <= 1 ? loadKg : (loadKg * 36) / (37 - reps);
}

/** Above this many reps a set says little about maximal strength: no estimate. */
export const MAX_REPS_FOR_1RM = 15;
/** Brzycki (1993) meant his equation for up to 10 reps; Epley is used above. */
export const BRZYCKI_MAX_REPS = 10;

export interface OneRepMaxEstimate {
  /** kg, one decimal. */
  value: number;
  formula: OneRepMaxFormula;
}

/**
 * Best 1RM estimate for a set: 1 rep → the load itself ('actual'), 2–10 reps → Brzycki,
 * 11–15 → Epley, otherwise (no load, no reps, > 15 reps) null. Fractional reps round down.
 */
export function bestOneRepMax(reps: number | null, loadKg: number | null): OneRepMaxEstimate | null {
  if (!isPositive(loadKg) || !isPositive(reps)) return null;
  const r = Math.floor(reps);
  if (r < 1 || r > MAX_REPS_FOR_1RM) return null;
  if (r === 1) return { value: round(loadKg, 1), formula: 'actual' };
  if (r <= BRZYCKI_MAX_REPS) return { value: round(brzycki1rm(loadKg, r), 1), formula: 'brzycki' };
  return { value: round(epley1rm(loadKg, r), 1), formula: 'epley' };
}
