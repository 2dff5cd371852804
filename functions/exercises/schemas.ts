import * as z from '../../shared/zod';
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
  discipline: z.optional(disciplineSchema),
  coach: z.optional(coachSchema).check(z.describe('Only exercises this coach prescribes')),
  q: z
    .optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(100)))
    .check(z.describe('Words of a name (en/fr), synonym or id; accent- and case-insensitive')),
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
  units: prescriptionUnitSchema.check(z.describe('Default prescription units')),
  minLevel: levelSchema,
  progression: z.object({ easier: z.nullable(z.string()), harder: z.nullable(z.string()) }),
  visual: z.object({ keywords: z.array(z.string()), bodyPosition: bodyPositionSchema, implement: z.string() }),
});
export type ExerciseItem = z.infer<typeof exerciseItemSchema>;

export const exercisesResponse = z.object({ items: z.array(exerciseItemSchema) });
