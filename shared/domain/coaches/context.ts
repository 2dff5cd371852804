import * as z from '../../zod';
import { coachSchema, disciplineSchema, equipmentSchema, levelSchema } from '../catalog';

export const historySetSchema = z.object({
  reps: z.nullable(z.int().check(z.minimum(0), z.maximum(1000))),
  loadKg: z.nullable(z.number().check(z.minimum(0), z.maximum(1000))),
  durationSec: z.nullable(z.number().check(z.minimum(0), z.maximum(86_400))),
  distanceM: z.nullable(z.number().check(z.minimum(0), z.maximum(1_000_000))),
  rpe: z.nullable(z.number().check(z.minimum(0), z.maximum(10))),
  rir: z.nullable(z.number().check(z.minimum(0), z.maximum(20))),
});
export type HistorySet = z.infer<typeof historySetSchema>;

export const historyEntrySchema = z.object({
  exerciseId: z.string().check(z.minLength(1), z.maxLength(80)),
  performedAt: z.iso.datetime({ offset: true }),
  sets: z.array(historySetSchema).check(z.maxLength(100)),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const coachProfileSchema = z.object({
  weightKg: z.nullable(z.number().check(z.minimum(20), z.maximum(350))),
  sex: z.nullable(z.enum(['female', 'male', 'other'])),
  age: z.nullable(z.int().check(z.minimum(10), z.maximum(110))),
  maxHeartRate: z.nullable(z.int().check(z.minimum(100), z.maximum(240))),
  /** Enables heart-rate-reserve (Karvonen) zones; absent or null = unknown. */
  restingHeartRate: z.optional(z.nullable(z.int().check(z.minimum(25), z.maximum(120)))),
});
export type CoachProfile = z.infer<typeof coachProfileSchema>;

/** What a coach needs to write one session. */
export const coachContextSchema = z.object({
  coach: coachSchema,
  /** null = the coach picks (within its own disciplines). */
  discipline: z.nullable(disciplineSchema),
  /** The location's equipment; 'none' (bodyweight) is always available. */
  equipment: z.array(equipmentSchema).check(z.maxLength(40)),
  durationMin: z.int().check(z.minimum(10), z.maximum(180)),
  energy: z.int().check(z.minimum(1), z.maximum(5)),
  level: levelSchema,
  goals: z.array(z.string().check(z.maxLength(120))).check(z.maxLength(20)),
  /** Exercise ids, exercise names, muscles ("quads", "shoulders"), patterns ("jump") or equipment to skip. */
  avoid: z.array(z.string().check(z.maxLength(80))).check(z.maxLength(40)),
  /** Recent performances, newest first. */
  history: z.array(historyEntrySchema).check(z.maxLength(300)),
  profile: coachProfileSchema,
  /** The session's day (YYYY-MM-DD): drives deterministic variety. */
  date: z.iso.date(),
  /** Language of the generated texts; English when absent. */
  locale: z.optional(z.enum(['en', 'fr'])),
});
export type CoachContext = z.infer<typeof coachContextSchema>;
