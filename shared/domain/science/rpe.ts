import { clamp, isFiniteNumber } from './math';
import type { LoggedSet } from './types';

/**
 * The set's RPE on the CR-10 scale: the logged RPE, else 10 − RIR (the RIR-based RPE scale of
 * Zourdos et al. 2016, where RPE 10 = no reps left), clamped to 0–10; null when neither is logged.
 */
export function effectiveRpe(set: Pick<LoggedSet, 'rpe' | 'rir'>): number | null {
  if (isFiniteNumber(set.rpe)) return clamp(set.rpe, 0, 10);
  if (isFiniteNumber(set.rir)) return clamp(10 - set.rir, 0, 10);
  return null;
}
