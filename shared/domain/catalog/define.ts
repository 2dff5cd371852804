import type {
  BodyPosition,
  Coach,
  Discipline,
  Equipment,
  Exercise,
  Level,
  MovementPattern,
  Muscle,
  PrescriptionUnit,
} from './schema';

/**
 * The compact form in which the catalog files are written. Progression links are not written by
 * hand: they come from the chains in `chains.ts`, so that they always link up both ways.
 */
export interface ExerciseSeed {
  id: string;
  en: string;
  fr: string;
  /** Other names, English and French, lower-case. */
  synonyms: string[];
  coaches: Coach[];
  primary: Muscle[];
  secondary?: Muscle[];
  /** Everything needed; the exercise is possible only when ALL of it is available. */
  equipment: Equipment[];
  pattern: MovementPattern;
  unilateral?: boolean;
  /** MET at light, moderate and vigorous intensity. */
  met: [number, number, number];
  units: PrescriptionUnit;
  level: Level;
  /** Body position, implement, illustration keywords. */
  visual: [BodyPosition, string, string[]];
}

/**
 * The seeds come as a function and the data files mark this call pure (`@__PURE__`): a Lambda
 * bundle, which reads the catalog from its JSON asset, then drops each data file whole (esbuild
 * keeps the arguments of an unused pure call when they may have side effects, as object spreads may).
 */
export function defineExercises(discipline: Discipline, seeds: () => readonly ExerciseSeed[]): Exercise[] {
  return seeds().map((seed) => ({
    id: seed.id,
    name: { en: seed.en, fr: seed.fr },
    synonyms: seed.synonyms,
    discipline,
    coaches: seed.coaches,
    primaryMuscles: seed.primary,
    secondaryMuscles: seed.secondary ?? [],
    equipment: seed.equipment,
    movementPattern: seed.pattern,
    unilateral: seed.unilateral ?? false,
    met: { light: seed.met[0], moderate: seed.met[1], vigorous: seed.met[2] },
    defaultUnits: seed.units,
    minLevel: seed.level,
    progression: { easier: null, harder: null },
    visual: { bodyPosition: seed.visual[0], implement: seed.visual[1], keywords: seed.visual[2] },
  }));
}
