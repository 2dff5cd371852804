import * as z from 'zod';
import { coachSchema, disciplineSchema } from '../catalog/schema';

/**
 * The prescription every coach provider returns (offline coach and OpenAI structured outputs).
 *
 * Shape rules, so that the same schema can be handed to OpenAI structured outputs:
 * the root is an object; every field is required (absent values are `null`, never optional);
 * no records/maps with dynamic keys; the only union is the discriminated `coachFields`
 * (below the root); no transforms, defaults or refinements. Checks that need the catalog live in
 * `checkPrescription` (./check.ts), not in the schema.
 */

const exerciseIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(60)
  .describe('Catalog exercise id (kebab-case), e.g. "back-squat"');

export const intensitySchema = z.enum(['light', 'moderate', 'vigorous']);
export type Intensity = z.infer<typeof intensitySchema>;

export const blockKindSchema = z.enum(['warmup', 'skill', 'main', 'accessory', 'conditioning', 'cooldown']);
export type BlockKind = z.infer<typeof blockKindSchema>;

export const blockFormatSchema = z.enum(['straight', 'superset', 'circuit', 'amrap', 'emom', 'for_time', 'intervals', 'stations']);
export type BlockFormat = z.infer<typeof blockFormatSchema>;

export const setTypeSchema = z.enum(['warmup', 'working', 'backoff']);
export type SetType = z.infer<typeof setTypeSchema>;

export const prescribedSetSchema = z.object({
  type: setTypeSchema,
  reps: z.int().min(1).max(1000).nullable().describe('Per side for unilateral exercises'),
  loadKg: z.number().min(0).max(500).nullable().describe('Per hand for dumbbells/kettlebells; null = bodyweight or pick by RPE'),
  durationSec: z.int().min(1).max(14_400).nullable().describe('Work time; with reps or distance it is the target time for them'),
  distanceM: z.number().min(1).max(100_000).nullable(),
  calories: z.int().min(1).max(2_000).nullable(),
  targetRpe: z.number().min(1).max(10).nullable(),
  targetRir: z.int().min(0).max(10).nullable(),
  targetHrZone: z.int().min(1).max(5).nullable(),
  targetPaceSecPerKm: z.int().min(60).max(20_000).nullable(),
  restSec: z.int().min(0).max(900).describe('Rest after this set'),
});
export type PrescribedSet = z.infer<typeof prescribedSetSchema>;

export const prescribedExerciseSchema = z.object({
  exerciseId: exerciseIdSchema,
  name: z.string().min(1).max(120),
  sets: z.array(prescribedSetSchema).min(1).max(60),
  notes: z.string().max(600).nullable(),
  scaling: z.string().max(400).nullable(),
});
export type PrescribedExercise = z.infer<typeof prescribedExerciseSchema>;

export const prescribedBlockSchema = z.object({
  name: z.string().min(1).max(120),
  kind: blockKindSchema,
  format: blockFormatSchema,
  rounds: z.int().min(1).max(100).nullable().describe('Times the block is repeated; null = once (AMRAP: as many as possible)'),
  timeCapMin: z.number().min(1).max(180).nullable().describe('AMRAP/EMOM length or For Time cap'),
  exercises: z.array(prescribedExerciseSchema).min(1).max(24),
});
export type PrescribedBlock = z.infer<typeof prescribedBlockSchema>;

const zoneSchema = z.int().min(1).max(5);

export const forceFieldsSchema = z.object({
  coach: z.literal('force'),
  workingMaxes: z.array(
    z.object({
      exerciseId: exerciseIdSchema,
      estimatedOneRepMaxKg: z.number().min(0).max(600).nullable(),
      basis: z.enum(['history', 'rpe_target']).describe('history = Epley from the last logged sets'),
    }),
  ),
  progressionApplied: z.array(
    z.object({
      exerciseId: exerciseIdSchema,
      change: z.enum(['load_up', 'reps_up', 'hold', 'deload', 'from_1rm', 'new', 'variation_up', 'variation_down']),
      loadDeltaKg: z.number().min(-100).max(100).nullable(),
      repsDelta: z.int().min(-50).max(50).nullable(),
      reason: z.string().max(300),
    }),
  ),
});

export const enduranceFieldsSchema = z.object({
  coach: z.literal('endurance'),
  sessionType: z.enum(['recovery', 'aerobic', 'long', 'tempo', 'threshold', 'vo2max', 'sprint', 'hills']),
  targetZones: z.array(zoneSchema),
  intervalStructure: z.string().max(300),
  totalZoneMinutes: z.array(z.object({ zone: zoneSchema, minutes: z.number().min(0).max(600) })),
  maxHeartRate: z.int().min(100).max(240).nullable(),
  heartRateZones: z.array(z.object({ zone: zoneSchema, minBpm: z.int().min(40).max(240), maxBpm: z.int().min(40).max(240) })),
  referencePaceSecPerKm: z.int().min(60).max(20_000).nullable(),
});

export const functionalFieldsSchema = z.object({
  coach: z.literal('functional'),
  workoutFormat: z.enum(['amrap', 'emom', 'for_time']),
  scalingOptions: z.array(z.object({ level: z.enum(['rx', 'scaled', 'foundations']), description: z.string().max(400) })),
  stimulus: z.string().max(400),
});

export const calisthenicsFieldsSchema = z.object({
  coach: z.literal('calisthenics'),
  skillFocus: z.string().max(120),
  progressionLevels: z.array(
    z.object({
      exerciseId: exerciseIdSchema,
      chain: z.string().max(60),
      level: z.int().min(1).max(20).describe('1 = easiest step of the chain'),
      of: z.int().min(1).max(20),
    }),
  ),
  pushSets: z.int().min(0).max(200),
  pullSets: z.int().min(0).max(200),
  pushPullRatio: z.number().min(0).max(50).nullable().describe('push sets / pull sets; null when there is no pulling'),
});

export const competitionsFieldsSchema = z.object({
  coach: z.literal('competitions'),
  stations: z.array(z.object({ exerciseId: exerciseIdSchema, targetSplitSec: z.int().min(1).max(7_200) })),
  runSplits: z.array(z.object({ distanceM: z.number().min(1).max(50_000), targetSec: z.int().min(1).max(14_400) })),
  totalTargetSec: z.int().min(0).max(43_200),
});

export const coachFieldsSchema = z.discriminatedUnion('coach', [
  forceFieldsSchema,
  enduranceFieldsSchema,
  functionalFieldsSchema,
  calisthenicsFieldsSchema,
  competitionsFieldsSchema,
]);
export type CoachFields = z.infer<typeof coachFieldsSchema>;
export type ForceFields = z.infer<typeof forceFieldsSchema>;
export type EnduranceFields = z.infer<typeof enduranceFieldsSchema>;
export type FunctionalFields = z.infer<typeof functionalFieldsSchema>;
export type CalisthenicsFields = z.infer<typeof calisthenicsFieldsSchema>;
export type CompetitionsFields = z.infer<typeof competitionsFieldsSchema>;

export const prescriptionSchema = z.object({
  coach: coachSchema,
  discipline: disciplineSchema,
  title: z.string().min(1).max(160),
  summary: z.string().min(1).max(600),
  estimatedDurationMin: z.int().min(1).max(300),
  intensity: intensitySchema,
  blocks: z.array(prescribedBlockSchema).min(1).max(12),
  coachNotes: z.array(z.string().max(400)).max(20),
  coachFields: coachFieldsSchema,
});
export type Prescription = z.infer<typeof prescriptionSchema>;
