import * as z from 'zod';
import { coachSchema, disciplineSchema, equipmentSchema, levelSchema } from '../catalog';

export const historySetSchema = z.object({
  reps: z.int().min(0).max(1000).nullable(),
  loadKg: z.number().min(0).max(1000).nullable(),
  durationSec: z.number().min(0).max(86_400).nullable(),
  distanceM: z.number().min(0).max(1_000_000).nullable(),
  rpe: z.number().min(0).max(10).nullable(),
  rir: z.number().min(0).max(20).nullable(),
});
export type HistorySet = z.infer<typeof historySetSchema>;

export const historyEntrySchema = z.object({
  exerciseId: z.string().min(1).max(80),
  performedAt: z.iso.datetime({ offset: true }),
  sets: z.array(historySetSchema).max(100),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const coachProfileSchema = z.object({
  weightKg: z.number().min(20).max(350).nullable(),
  sex: z.enum(['female', 'male', 'other']).nullable(),
  age: z.int().min(10).max(110).nullable(),
  maxHeartRate: z.int().min(100).max(240).nullable(),
  /** Enables heart-rate-reserve (Karvonen) zones; absent or null = unknown. */
  restingHeartRate: z.int().min(25).max(120).nullable().optional(),
});
export type CoachProfile = z.infer<typeof coachProfileSchema>;

/** What a coach needs to write one session. */
export const coachContextSchema = z.object({
  coach: coachSchema,
  /** null = the coach picks (within its own disciplines). */
  discipline: disciplineSchema.nullable(),
  /** The location's equipment; 'none' (bodyweight) is always available. */
  equipment: z.array(equipmentSchema).max(40),
  durationMin: z.int().min(10).max(180),
  energy: z.int().min(1).max(5),
  level: levelSchema,
  goals: z.array(z.string().max(120)).max(20),
  /** Exercise ids, exercise names, muscles ("quads", "shoulders"), patterns ("jump") or equipment to skip. */
  avoid: z.array(z.string().max(80)).max(40),
  /** Recent performances, newest first. */
  history: z.array(historyEntrySchema).max(300),
  profile: coachProfileSchema,
  /** The session's day (YYYY-MM-DD): drives deterministic variety. */
  date: z.iso.date(),
  /** Language of the generated texts; English when absent. */
  locale: z.enum(['en', 'fr']).optional(),
});
export type CoachContext = z.infer<typeof coachContextSchema>;
