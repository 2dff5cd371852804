import * as z from 'zod';
import {
  bodyPositionSchema,
  coachSchema,
  disciplineSchema,
  equipmentSchema,
  levelSchema,
  movementPatternSchema,
  muscleSchema,
  prescriptionUnitSchema,
} from '../../shared/domain/catalog/schema';

/** GET /exercises query. */
export const exercisesQuery = z.strictObject({
  discipline: disciplineSchema.optional(),
  coach: coachSchema.optional().describe('Only exercises this coach prescribes'),
  q: z.string().trim().min(1).max(100).optional().describe('Words of a name (en/fr), synonym or id; accent- and case-insensitive'),
});

/** One catalog exercise as clients see it. */
export const exerciseItemSchema = z.object({
  id: z.string(),
  name: z.object({ en: z.string(), fr: z.string() }),
  synonyms: z.array(z.string()),
  discipline: disciplineSchema,
  coaches: z.array(coachSchema),
  muscles: z.object({ primary: z.array(muscleSchema), secondary: z.array(muscleSchema) }),
  equipment: z.array(equipmentSchema),
  movementPattern: movementPatternSchema,
  unilateral: z.boolean(),
  units: prescriptionUnitSchema.describe('Default prescription units'),
  minLevel: levelSchema,
  progression: z.object({ easier: z.string().nullable(), harder: z.string().nullable() }),
  visual: z.object({ keywords: z.array(z.string()), bodyPosition: bodyPositionSchema, implement: z.string() }),
});
export type ExerciseItem = z.infer<typeof exerciseItemSchema>;

export const exercisesResponse = z.object({ items: z.array(exerciseItemSchema) });
