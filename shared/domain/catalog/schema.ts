import * as z from '../../zod';
import { equipment } from './equipment';

/** The five AI coaches of Atelier Training. */
export const coaches = ['force', 'endurance', 'functional', 'calisthenics', 'competitions'] as const;
export const coachSchema = z.enum(coaches);
export type Coach = z.infer<typeof coachSchema>;

export const disciplines = [
  'strength',
  'running',
  'cycling',
  'rowing',
  'skierg',
  'swimming',
  'metcon',
  'calisthenics',
  'hyrox',
  'mobility',
] as const;
export const disciplineSchema = z.enum(disciplines);
export type Discipline = z.infer<typeof disciplineSchema>;

export const muscles = [
  'chest',
  'lats',
  'upper-back',
  'traps',
  'front-delts',
  'side-delts',
  'rear-delts',
  'biceps',
  'triceps',
  'forearms',
  'abs',
  'obliques',
  'lower-back',
  'glutes',
  'quads',
  'hamstrings',
  'adductors',
  'hip-flexors',
  'calves',
] as const;
export const muscleSchema = z.enum(muscles);
export type Muscle = z.infer<typeof muscleSchema>;

/**
 * Everyday words (English and French, accent-folded, lower-case) for muscles and groups of
 * muscles, used by avoid lists: "shoulders", "knees", "ischio-jambiers" are not enum values.
 */
export const muscleAliases: Readonly<Record<string, readonly Muscle[]>> = {
  shoulder: ['front-delts', 'side-delts', 'rear-delts'],
  shoulders: ['front-delts', 'side-delts', 'rear-delts'],
  delts: ['front-delts', 'side-delts', 'rear-delts'],
  deltoids: ['front-delts', 'side-delts', 'rear-delts'],
  epaule: ['front-delts', 'side-delts', 'rear-delts'],
  epaules: ['front-delts', 'side-delts', 'rear-delts'],
  deltoides: ['front-delts', 'side-delts', 'rear-delts'],
  back: ['lats', 'upper-back', 'traps', 'lower-back'],
  dos: ['lats', 'upper-back', 'traps', 'lower-back'],
  lombaires: ['lower-back'],
  'bas du dos': ['lower-back'],
  arms: ['biceps', 'triceps', 'forearms'],
  bras: ['biceps', 'triceps', 'forearms'],
  wrist: ['forearms'],
  wrists: ['forearms'],
  poignet: ['forearms'],
  poignets: ['forearms'],
  'avant bras': ['forearms'],
  forearm: ['forearms'],
  elbow: ['biceps', 'triceps'],
  elbows: ['biceps', 'triceps'],
  coude: ['biceps', 'triceps'],
  coudes: ['biceps', 'triceps'],
  core: ['abs', 'obliques', 'lower-back'],
  abdos: ['abs', 'obliques'],
  abdominaux: ['abs', 'obliques'],
  legs: ['quads', 'hamstrings', 'glutes', 'adductors', 'calves'],
  jambes: ['quads', 'hamstrings', 'glutes', 'adductors', 'calves'],
  knee: ['quads'],
  knees: ['quads'],
  genou: ['quads'],
  genoux: ['quads'],
  quad: ['quads'],
  quadriceps: ['quads'],
  hamstring: ['hamstrings'],
  ischios: ['hamstrings'],
  'ischio jambiers': ['hamstrings'],
  glute: ['glutes'],
  fessiers: ['glutes'],
  fessier: ['glutes'],
  hip: ['glutes', 'hip-flexors', 'adductors'],
  hips: ['glutes', 'hip-flexors', 'adductors'],
  hanche: ['glutes', 'hip-flexors', 'adductors'],
  hanches: ['glutes', 'hip-flexors', 'adductors'],
  calf: ['calves'],
  mollet: ['calves'],
  mollets: ['calves'],
  ankle: ['calves'],
  ankles: ['calves'],
  cheville: ['calves'],
  chevilles: ['calves'],
  pecs: ['chest'],
  pectoraux: ['chest'],
  poitrine: ['chest'],
  trapezes: ['traps'],
  dorsaux: ['lats'],
  adducteurs: ['adductors'],
};

export { equipment };
export const equipmentSchema = z.enum(equipment);
export type Equipment = z.infer<typeof equipmentSchema>;

/** `isolation` extends the brief's list for single-joint work (curls, raises, extensions). */
export const movementPatterns = [
  'squat',
  'hinge',
  'lunge',
  'horizontal-push',
  'vertical-push',
  'horizontal-pull',
  'vertical-pull',
  'carry',
  'core',
  'cyclical',
  'jump',
  'olympic',
  'skill',
  'mobility',
  'rotation',
  'isolation',
] as const;
export const movementPatternSchema = z.enum(movementPatterns);
export type MovementPattern = z.infer<typeof movementPatternSchema>;

export const prescriptionUnits = ['reps_load', 'reps', 'time', 'distance', 'calories'] as const;
export const prescriptionUnitSchema = z.enum(prescriptionUnits);
export type PrescriptionUnit = z.infer<typeof prescriptionUnitSchema>;

export const levels = ['beginner', 'intermediate', 'advanced', 'elite'] as const;
export const levelSchema = z.enum(levels);
export type Level = z.infer<typeof levelSchema>;
export const levelRank = (level: Level): number => levels.indexOf(level);

/** Body positions used to match illustrations (closed so that matching stays exact). */
export const bodyPositions = [
  'standing',
  'squatting',
  'lunging',
  'hinged',
  'seated',
  'supine',
  'prone',
  'side-lying',
  'kneeling',
  'quadruped',
  'plank',
  'hanging',
  'support',
  'inverted',
  'running',
  'cycling',
  'rowing',
  'swimming',
  'airborne',
] as const;
export const bodyPositionSchema = z.enum(bodyPositions);
export type BodyPosition = z.infer<typeof bodyPositionSchema>;

const kebabId = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case'));
const lowerText = z.string().check(z.minLength(1), z.refine((value) => value === value.toLowerCase() && value === value.trim(), 'must be lower-case and trimmed'));

export const exerciseSchema = z
  .strictObject({
    id: kebabId,
    name: z.object({ en: z.string().check(z.minLength(2)), fr: z.string().check(z.minLength(2)) }),
    synonyms: z.array(lowerText),
    discipline: disciplineSchema,
    coaches: z.array(coachSchema).check(z.minLength(1)),
    primaryMuscles: z.array(muscleSchema).check(z.minLength(1)),
    secondaryMuscles: z.array(muscleSchema),
    equipment: z.array(equipmentSchema).check(z.minLength(1)),
    movementPattern: movementPatternSchema,
    unilateral: z.boolean(),
    met: z.object({ light: z.number().check(z.minimum(1)), moderate: z.number().check(z.minimum(1)), vigorous: z.number().check(z.minimum(1)) }),
    defaultUnits: prescriptionUnitSchema,
    minLevel: levelSchema,
    progression: z.object({ easier: z.nullable(kebabId), harder: z.nullable(kebabId) }),
    visual: z.object({
      keywords: z.array(lowerText).check(z.minLength(1)),
      bodyPosition: bodyPositionSchema,
      implement: lowerText,
    }),
  })
  .check(
    z.refine((e) => !e.equipment.includes('none') || e.equipment.length === 1, {
      error: "'none' cannot be combined with other equipment",
      path: ['equipment'],
    }),
    z.refine((e) => e.met.light <= e.met.moderate && e.met.moderate <= e.met.vigorous, {
      error: 'MET values must rise with intensity',
      path: ['met'],
    }),
    z.refine((e) => e.primaryMuscles.every((m) => !e.secondaryMuscles.includes(m)), {
      error: 'a muscle is either primary or secondary',
      path: ['secondaryMuscles'],
    }),
  );

export type Exercise = z.infer<typeof exerciseSchema>;
