import { isFiniteNumber } from './math';

export type Intensity = 'light' | 'moderate' | 'vigorous';
export type CoachKind = 'force' | 'endurance' | 'functional' | 'calisthenics' | 'competitions';

/**
 * Reference METs per coach and intensity, from the 2011 Compendium of Physical Activities
 * (Ainsworth et al., Med Sci Sports Exerc 2011): resistance training 3.5 / 5.0 / 6.0;
 * running 4, 5 and 7 mph 6.0 / 8.3 / 11.0; circuit training moderate 4.3 and vigorous 8.0
 * (moderate functional 6.0 is our midpoint); calisthenics light / moderate / vigorous
 * 2.8 / 3.8 / 8.0; competitions (running + stations, Hyrox-like) our choice 6.0 / 8.0 / 9.8
 * (9.8 = running 6 mph). Callers with a better activity-specific MET pass it directly.
 */
export const REFERENCE_METS: Readonly<Record<CoachKind, Readonly<Record<Intensity, number>>>> = {
  force: { light: 3.5, moderate: 5.0, vigorous: 6.0 },
  endurance: { light: 6.0, moderate: 8.3, vigorous: 11.0 },
  functional: { light: 4.3, moderate: 6.0, vigorous: 8.0 },
  calisthenics: { light: 2.8, moderate: 3.8, vigorous: 8.0 },
  competitions: { light: 6.0, moderate: 8.0, vigorous: 9.8 },
};

/**
 * Intensity from a CR-10 RPE, after ACSM's bands (moderate ≈ Borg 12–13 ≈ CR-10 3–4,
 * vigorous ≈ Borg ≥ 14 ≈ CR-10 ≥ 5); unknown RPE is taken as moderate.
 */
export function intensityFromRpe(rpe: number | null): Intensity {
  if (!isFiniteNumber(rpe)) return 'moderate';
  if (rpe < 3) return 'light';
  return rpe < 5 ? 'moderate' : 'vigorous';
}

export function referenceMet(coach: CoachKind, intensity: Intensity): number {
  return REFERENCE_METS[coach][intensity];
}
