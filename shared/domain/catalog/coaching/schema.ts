import * as z from '../../../zod';

/** Where the JSON files sit beside a Lambda bundle that reads them (copied by infra/bundling.ts). */
export const COACHING_ASSET_DIR = 'catalog-coaching';

/** Longest text of a coaching entry: one short sentence a coach would say. */
export const MAX_COACHING_TEXT = 160;

const line = z.string().check(z.trim(), z.minLength(3), z.maxLength(MAX_COACHING_TEXT));
const neighbour = z.nullable(z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a catalog id')));

export const coachingTextsSchema = z.strictObject({
  cues: z.array(line).check(z.length(3)),
  mistakes: z.array(line).check(z.length(3)),
  setup: line,
  execution: line,
  breathing: line,
});
export type CoachingTexts = z.infer<typeof coachingTextsSchema>;

/**
 * Coaching content written for one catalog exercise (its implement, body position and movement),
 * in both languages of the app; easier / harder / variation are catalog ids of its neighbours.
 */
export const exerciseCoachingSchema = z.strictObject({
  easier: neighbour,
  harder: neighbour,
  variation: neighbour,
  en: coachingTextsSchema,
  fr: coachingTextsSchema,
});
export type ExerciseCoaching = z.infer<typeof exerciseCoachingSchema>;

/** One `coaching/<catalog file>.json`: exercise id → its coaching content. */
export const coachingFileSchema = z.record(z.string(), exerciseCoachingSchema);

/** The content the enrichment reads, by exercise id (a port: loaded by `load.ts`, fixtures in tests). */
export type CoachingContent = ReadonlyMap<string, ExerciseCoaching>;
