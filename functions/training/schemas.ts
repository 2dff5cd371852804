import * as z from 'zod';
import { coachSchema, disciplineSchema } from '../../shared/domain/catalog/schema';
import { sessionSnapshotSchema, snapshotStateSchema } from '../../shared/domain/training/snapshot';
import { sessionStatusSchema, trainingSessionSchema } from '../../shared/domain/training/session';

export const sessionIdParams = z.object({ id: z.string().min(1).max(64) });

const customSetSchema = z.strictObject({
  reps: z.int().min(1).max(1000).nullable().default(null),
  loadKg: z.number().min(0).max(600).nullable().default(null),
  durationSec: z.int().min(1).max(14_400).nullable().default(null),
  distanceM: z.number().min(1).max(100_000).nullable().default(null),
  targetRpe: z.number().min(1).max(10).nullable().default(null),
  restSec: z.int().min(0).max(900).default(90),
});

/** POST /training/sessions with the athlete's own prescription. */
export const customSessionBody = z.strictObject({
  coach: coachSchema,
  discipline: disciplineSchema,
  title: z.string().trim().min(1).max(160),
  exercises: z
    .array(z.strictObject({ exerciseId: z.string().min(1).max(60), sets: z.array(customSetSchema).min(1).max(30), notes: z.string().max(600).nullable().default(null) }))
    .min(1)
    .max(40),
  locationId: z.string().max(64).nullable().default(null),
});
export type CustomSessionBody = z.infer<typeof customSessionBody>;

export const patchSessionBody = z
  .strictObject({
    title: z.string().trim().min(1).max(160),
    notes: z.string().max(2000).nullable(),
    rpeAvg: z.number().min(1).max(10),
    durationActualMin: z.number().min(1).max(1440),
  })
  .partial()
  .refine((body) => Object.keys(body).length > 0, 'send at least one field to change');

export const logSetBody = z.strictObject({
  id: z.string().min(1).max(64).describe('Client-chosen id; retrying with the same id does not duplicate the set'),
  exerciseIndex: z.int().min(0).max(59),
  setIndex: z.int().min(0).max(200),
  reps: z.int().min(0).max(1000).nullable().default(null),
  loadKg: z.number().min(0).max(600).nullable().default(null),
  durationSec: z.int().min(0).max(86_400).nullable().default(null),
  distanceM: z.number().min(0).max(500_000).nullable().default(null),
  rpe: z.number().min(1).max(10).nullable().default(null),
  rir: z.int().min(0).max(10).nullable().default(null),
  completedAt: z.iso.datetime().optional(),
});

export const completeSessionBody = z.strictObject({
  rpeAvg: z.number().min(1).max(10).optional(),
  durationActualMin: z.number().min(1).max(1440).optional(),
  notes: z.string().max(2000).optional(),
});

export const historyQuery = z.strictObject({
  period: z.enum(['week', 'month', 'quarter', 'year']).default('month'),
  type: coachSchema.optional().describe('Coach'),
  discipline: disciplineSchema.optional(),
  status: sessionStatusSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(2048).optional(),
});

export const sessionResponse = trainingSessionSchema;
export const sessionListResponse = z.object({ items: z.array(trainingSessionSchema), nextCursor: z.string().optional() });

export const snapshotBody = snapshotStateSchema
  .extend({
    /** The version the client last saw; omit to create the first snapshot. */
    expectedVersion: z.int().min(1).optional(),
  })
  .strict();
export const snapshotResponse = sessionSnapshotSchema;
