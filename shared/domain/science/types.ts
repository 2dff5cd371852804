/** Input shapes shared by the science functions: plain data, no persistence concerns. */

/** One logged set; every measure is optional because disciplines log different things. */
export interface LoggedSet {
  reps: number | null;
  loadKg: number | null;
  durationSec: number | null;
  distanceM: number | null;
  /** Rating of perceived exertion, CR-10 scale (0–10). */
  rpe: number | null;
  /** Repetitions in reserve; converted to RPE as 10 − RIR when RPE is missing. */
  rir: number | null;
  /** ISO 8601 instant the set was done. */
  completedAt: string | null;
}

export interface LoggedExercise {
  /** Catalog id, so records line up across sessions. */
  exerciseId: string;
  sets: readonly LoggedSet[];
}

/** Profile sex; anything but male/female (or unknown) averages the sex-specific equations. */
export type Sex = 'male' | 'female' | 'other' | null;

export const ZONE_KEYS = ['z1', 'z2', 'z3', 'z4', 'z5'] as const;
export type ZoneKey = (typeof ZONE_KEYS)[number];
/** A value per heart-rate zone (seconds or minutes, as each function states). */
export type ZoneValues = Record<ZoneKey, number>;

/** Plain-words text in both languages the app ships. */
export interface LocalizedText {
  en: string;
  fr: string;
}
