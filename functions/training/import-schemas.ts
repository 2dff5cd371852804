import * as z from '../../shared/zod';
import { IMPORT_FORMATS } from '../../shared/domain/imports/workout';

/** Largest CSV accepted (characters); the JSON body around it may be a little larger. */
export const MAX_IMPORT_CSV_CHARS = 5_000_000;
export const MAX_IMPORT_BODY_BYTES = 6 * 1024 * 1024;

export const importSessionsBody = z.strictObject({
  csv: z.string().check(z.minLength(1), z.maxLength(MAX_IMPORT_CSV_CHARS), z.describe('The export file as text (UTF-8), up to 5 MB: Strong (comma or semicolon) or Hevy')),
  format: z.optional(z.enum(IMPORT_FORMATS)).check(z.describe('Absent: detected from the header')),
  unit: z.optional(z.enum(['kg', 'lb'])).check(z.describe("Weight unit when the file does not say it (Strong's plain Weight column); absent: the profile's units")),
  mapping: z
    .optional(
      z
        .record(z.string().check(z.minLength(1), z.maxLength(200)), z.string().check(z.minLength(1), z.maxLength(60)))
        .check(z.refine((mapping) => Object.keys(mapping).length <= 500, { error: 'must map at most 500 names', params: { code: 'invalid' } })),
    )
    .check(z.describe('Exercise name as the file writes it → catalog exerciseId (GET /exercises), for the names the report listed as unmapped')),
});
export type ImportSessionsBody = z.infer<typeof importSessionsBody>;

const workoutRef = z.object({ title: z.string(), startedAt: z.iso.datetime(), line: z.int().check(z.minimum(1), z.describe('Line of its first row in the file')) });

export const importReportSchema = z.object({
  format: z.enum(IMPORT_FORMATS),
  unit: z.enum(['kg', 'lb']),
  unitSource: z.enum(['file', 'request', 'profile']).check(z.describe('Where the weight unit came from')),
  workouts: z.int().check(z.minimum(0), z.describe('Workouts found in the file')),
  imported: z.int().check(z.minimum(0), z.describe('Completed sessions created by this request')),
  sessions: z.array(z.string()).check(z.describe('Their ids, oldest first')),
  skipped: z.array(
    z.object({
      workout: workoutRef,
      reason: z.enum(['already_imported', 'unmapped_exercises', 'too_many_sets', 'too_many_exercises', 'in_future', 'no_sets', 'invalid_set', 'invalid_workout']),
      detail: z.string().check(z.describe('English explanation')),
    }),
  ),
  unmapped: z
    .array(z.object({ name: z.string(), count: z.int().check(z.minimum(1), z.describe('Sets using it')) }))
    .check(z.describe('Exercise names matching no catalog exercise: map them (`mapping`) and import again; their workouts were skipped')),
});
export type ImportReport = z.infer<typeof importReportSchema>;
