import * as z from '../../zod';
import { equipment, equipmentSchema, type Equipment } from '../catalog/schema';

export const locationKindSchema = z.enum(['gym', 'home', 'outdoor', 'box', 'pool', 'other']);
export type LocationKind = z.infer<typeof locationKindSchema>;

/**
 * Equipment available at a location: catalog equipment values, each at most once. `none`
 * (bodyweight only) cannot be combined with anything else.
 */
export const locationEquipmentSchema = z
  .array(equipmentSchema)
  .check(
    z.maxLength(equipment.length),
    z.refine((list) => new Set(list).size === list.length, { error: 'must not repeat an equipment value', params: { code: 'duplicate_value' } }),
    z.refine((list) => !list.includes('none') || list.length === 1, { error: "'none' cannot be combined with other equipment", params: { code: 'equipment_none_exclusive' } }),
  );

/**
 * The plates a gym has, for the plate calculator: their unit, the bar, and each plate weight with
 * how many PAIRS of it there are. Absent: the calculator assumes the standard plates.
 */
export const plateInventorySchema = z.strictObject({
  unit: z.enum(['kg', 'lb']),
  bar: z.number().check(z.minimum(5), z.maximum(60), z.describe('Bar weight, in `unit`')),
  plates: z
    .array(z.strictObject({ weight: z.number().check(z.minimum(0.25), z.maximum(100)), pairs: z.int().check(z.minimum(1), z.maximum(30)) }))
    .check(
      z.minLength(1),
      z.maxLength(15),
      z.refine((list) => new Set(list.map((plate) => plate.weight)).size === list.length, { error: 'must not repeat a plate weight', params: { code: 'duplicate_value' } }),
    ),
});
export type PlateInventory = z.infer<typeof plateInventorySchema>;

export const locationFieldsSchema = z.object({
  name: z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(80, 'must be at most 80 characters')),
  kind: locationKindSchema,
  equipment: locationEquipmentSchema,
  notes: z.nullable(z.string().check(z.maxLength(500))),
  /** Absent or null: standard plates. */
  plates: z.optional(z.nullable(plateInventorySchema)),
});
export type LocationFields = z.infer<typeof locationFieldsSchema>;

export const locationSchema = z.extend(locationFieldsSchema, {
  id: z.string(),
  userId: z.string(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Location = z.infer<typeof locationSchema>;

/** `POST /training/locations` body. */
export const locationCreateSchema = z.strictObject({
  ...locationFieldsSchema.shape,
  kind: z._default(locationKindSchema, 'gym'),
  notes: z._default(z.nullable(z.string().check(z.maxLength(500))), null),
});
export type LocationCreate = z.input<typeof locationCreateSchema>;

/** `PATCH /training/locations/{id}` body: any subset of the fields. */
export const locationUpdateSchema = z
  .strictObject(z.partial(locationFieldsSchema).shape)
  .check(z.refine((value) => Object.keys(value).length > 0, { error: 'send at least one field to change', params: { code: 'empty_update' } }));
export type LocationUpdate = z.infer<typeof locationUpdateSchema>;

/** Equipment in catalog order, without duplicates (what the repository stores). */
export const normalizeEquipment = (list: readonly Equipment[]): Equipment[] => equipment.filter((value) => list.includes(value));

export function newLocation(input: { id: string; userId: string; fields: z.output<typeof locationCreateSchema>; now: Date }): Location {
  const at = input.now.toISOString();
  return { ...input.fields, equipment: normalizeEquipment(input.fields.equipment), id: input.id, userId: input.userId, createdAt: at, updatedAt: at };
}
