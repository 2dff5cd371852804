import * as z from '../../zod';
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

const exerciseIdSchema = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(60), z.describe('Catalog exercise id (kebab-case), e.g. "back-squat"'));

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
  reps: z.nullable(z.int().check(z.minimum(1), z.maximum(1000))).check(z.describe('Per side for unilateral exercises')),
  loadKg: z.nullable(z.number().check(z.minimum(0), z.maximum(500))).check(z.describe('Per hand for dumbbells/kettlebells; null = bodyweight or pick by RPE')),
  durationSec: z.nullable(z.int().check(z.minimum(1), z.maximum(14_400))).check(z.describe('Work time; with reps or distance it is the target time for them')),
  distanceM: z.nullable(z.number().check(z.minimum(1), z.maximum(100_000))),
  calories: z.nullable(z.int().check(z.minimum(1), z.maximum(2_000))),
  targetRpe: z.nullable(z.number().check(z.minimum(1), z.maximum(10))),
  targetRir: z.nullable(z.int().check(z.minimum(0), z.maximum(10))),
  targetHrZone: z.nullable(z.int().check(z.minimum(1), z.maximum(5))),
  targetPaceSecPerKm: z.nullable(z.int().check(z.minimum(60), z.maximum(20_000))),
  restSec: z.int().check(z.minimum(0), z.maximum(900), z.describe('Rest after this set')),
});
export type PrescribedSet = z.infer<typeof prescribedSetSchema>;

export const prescribedExerciseSchema = z.object({
  exerciseId: exerciseIdSchema,
  name: z.string().check(z.minLength(1), z.maxLength(120)),
  sets: z.array(prescribedSetSchema).check(z.minLength(1), z.maxLength(60)),
  notes: z.nullable(z.string().check(z.maxLength(600))),
  scaling: z.nullable(z.string().check(z.maxLength(400))),
});
export type PrescribedExercise = z.infer<typeof prescribedExerciseSchema>;

export const prescribedBlockSchema = z.object({
  name: z.string().check(z.minLength(1), z.maxLength(120)),
  kind: blockKindSchema,
  format: blockFormatSchema,
  rounds: z.nullable(z.int().check(z.minimum(1), z.maximum(100))).check(z.describe('Times the block is repeated; null = once (AMRAP: as many as possible)')),
  timeCapMin: z.nullable(z.number().check(z.minimum(1), z.maximum(180))).check(z.describe('AMRAP/EMOM length or For Time cap')),
  exercises: z.array(prescribedExerciseSchema).check(z.minLength(1), z.maxLength(24)),
});
export type PrescribedBlock = z.infer<typeof prescribedBlockSchema>;

const zoneSchema = z.int().check(z.minimum(1), z.maximum(5));

export const forceFieldsSchema = z.object({
  coach: z.literal('force'),
  workingMaxes: z.array(
    z.object({
      exerciseId: exerciseIdSchema,
      estimatedOneRepMaxKg: z.nullable(z.number().check(z.minimum(0), z.maximum(600))),
      basis: z.enum(['history', 'rpe_target']).check(z.describe('history = Epley from the last logged sets')),
    }),
  ),
  progressionApplied: z.array(
    z.object({
      exerciseId: exerciseIdSchema,
      change: z.enum(['load_up', 'reps_up', 'hold', 'deload', 'from_1rm', 'new', 'variation_up', 'variation_down']),
      loadDeltaKg: z.nullable(z.number().check(z.minimum(-100), z.maximum(100))),
      repsDelta: z.nullable(z.int().check(z.minimum(-50), z.maximum(50))),
      reason: z.string().check(z.maxLength(300)),
    }),
  ),
});

export const enduranceFieldsSchema = z.object({
  coach: z.literal('endurance'),
  sessionType: z.enum(['recovery', 'aerobic', 'long', 'tempo', 'threshold', 'vo2max', 'sprint', 'hills']),
  targetZones: z.array(zoneSchema),
  intervalStructure: z.string().check(z.maxLength(300)),
  totalZoneMinutes: z.array(z.object({ zone: zoneSchema, minutes: z.number().check(z.minimum(0), z.maximum(600)) })),
  maxHeartRate: z.nullable(z.int().check(z.minimum(100), z.maximum(240))),
  heartRateZones: z.array(z.object({ zone: zoneSchema, minBpm: z.int().check(z.minimum(40), z.maximum(240)), maxBpm: z.int().check(z.minimum(40), z.maximum(240)) })),
  referencePaceSecPerKm: z.nullable(z.int().check(z.minimum(60), z.maximum(20_000))),
});

export const functionalFieldsSchema = z.object({
  coach: z.literal('functional'),
  workoutFormat: z.enum(['amrap', 'emom', 'for_time']),
  scalingOptions: z.array(z.object({ level: z.enum(['rx', 'scaled', 'foundations']), description: z.string().check(z.maxLength(400)) })),
  stimulus: z.string().check(z.maxLength(400)),
});

export const calisthenicsFieldsSchema = z.object({
  coach: z.literal('calisthenics'),
  skillFocus: z.string().check(z.maxLength(120)),
  progressionLevels: z.array(
    z.object({
      exerciseId: exerciseIdSchema,
      chain: z.string().check(z.maxLength(60)),
      level: z.int().check(z.minimum(1), z.maximum(20), z.describe('1 = easiest step of the chain')),
      of: z.int().check(z.minimum(1), z.maximum(20)),
    }),
  ),
  pushSets: z.int().check(z.minimum(0), z.maximum(200)),
  pullSets: z.int().check(z.minimum(0), z.maximum(200)),
  pushPullRatio: z.nullable(z.number().check(z.minimum(0), z.maximum(50))).check(z.describe('push sets / pull sets; null when there is no pulling')),
});

export const competitionsFieldsSchema = z.object({
  coach: z.literal('competitions'),
  stations: z.array(z.object({ exerciseId: exerciseIdSchema, targetSplitSec: z.int().check(z.minimum(1), z.maximum(7_200)) })),
  runSplits: z.array(z.object({ distanceM: z.number().check(z.minimum(1), z.maximum(50_000)), targetSec: z.int().check(z.minimum(1), z.maximum(14_400)) })),
  totalTargetSec: z.int().check(z.minimum(0), z.maximum(43_200)),
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
  title: z.string().check(z.minLength(1), z.maxLength(160)),
  summary: z.string().check(z.minLength(1), z.maxLength(600)),
  estimatedDurationMin: z.int().check(z.minimum(1), z.maximum(300)),
  intensity: intensitySchema,
  blocks: z.array(prescribedBlockSchema).check(z.minLength(1), z.maxLength(12)),
  coachNotes: z.array(z.string().check(z.maxLength(400))).check(z.maxLength(20)),
  coachFields: coachFieldsSchema,
});
export type Prescription = z.infer<typeof prescriptionSchema>;
