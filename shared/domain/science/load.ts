import { isFiniteNumber, isPositive, round } from './math';

/**
 * Foster session-RPE training load (Foster et al. 2001, J Strength Cond Res 15:109–115):
 * session RPE (CR-10) × duration in minutes, in arbitrary units (AU). RPE 7 × 60 min = 420 AU.
 * Null when either is missing; 0 RPE gives 0 AU.
 */
export function fosterLoad(rpe: number | null, durationMin: number | null): number | null {
  if (!isFiniteNumber(rpe) || rpe < 0 || !isPositive(durationMin)) return null;
  return round(Math.min(rpe, 10) * durationMin, 1);
}
