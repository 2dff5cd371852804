import * as z from 'zod';
import { equipment, equipmentSchema, type Equipment } from '../catalog/schema';

export const locationKindSchema = z.enum(['gym', 'home', 'outdoor', 'box', 'pool', 'other']);
export type LocationKind = z.infer<typeof locationKindSchema>;

/**
 * Equipment available at a location: catalog equipment values, each at most once. `none`
 * (bodyweight only) cannot be combined with anything else.
 */
export const locationEquipmentSchema = z
  .array(equipmentSchema)
  .max(equipment.length)
  .refine((list) => new Set(list).size === list.length, { message: 'must not repeat an equipment value', params: { code: 'duplicate_value' } })
  .refine((list) => !list.includes('none') || list.length === 1, { message: "'none' cannot be combined with other equipment", params: { code: 'equipment_none_exclusive' } });

/**
 * The plates a gym has, for the plate calculator: their unit, the bar, and each plate weight with
 * how many PAIRS of it there are. Absent: the calculator assumes the standard plates.
 */
export const plateInventorySchema = z.strictObject({
  unit: z.enum(['kg', 'lb']),
  bar: z.number().min(5).max(60).describe('Bar weight, in `unit`'),
  plates: z
    .array(z.strictObject({ weight: z.number().min(0.25).max(100), pairs: z.int().min(1).max(30) }))
    .min(1)
    .max(15)
    .refine((list) => new Set(list.map((plate) => plate.weight)).size === list.length, { message: 'must not repeat a plate weight', params: { code: 'duplicate_value' } }),
});
export type PlateInventory = z.infer<typeof plateInventorySchema>;

export const locationFieldsSchema = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(80, 'must be at most 80 characters'),
  kind: locationKindSchema,
  equipment: locationEquipmentSchema,
  notes: z.string().max(500).nullable(),
  /** Absent or null: standard plates. */
  plates: plateInventorySchema.nullable().optional(),
});
export type LocationFields = z.infer<typeof locationFieldsSchema>;

export const locationSchema = locationFieldsSchema.extend({
  id: z.string(),
  userId: z.string(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Location = z.infer<typeof locationSchema>;

/** `POST /training/locations` body. */
export const locationCreateSchema = locationFieldsSchema.extend({
  kind: locationKindSchema.default('gym'),
  notes: z.string().max(500).nullable().default(null),
}).strict();
export type LocationCreate = z.input<typeof locationCreateSchema>;

/** `PATCH /training/locations/{id}` body: any subset of the fields. */
export const locationUpdateSchema = locationFieldsSchema
  .partial()
  .strict()
  .refine((value) => Object.keys(value).length > 0, { message: 'send at least one field to change', params: { code: 'empty_update' } });
export type LocationUpdate = z.infer<typeof locationUpdateSchema>;

/** Equipment in catalog order, without duplicates (what the repository stores). */
export const normalizeEquipment = (list: readonly Equipment[]): Equipment[] => equipment.filter((value) => list.includes(value));

export function newLocation(input: { id: string; userId: string; fields: z.output<typeof locationCreateSchema>; now: Date }): Location {
  const at = input.now.toISOString();
  return { ...input.fields, equipment: normalizeEquipment(input.fields.equipment), id: input.id, userId: input.userId, createdAt: at, updatedAt: at };
}
