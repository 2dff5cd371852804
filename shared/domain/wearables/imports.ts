import * as z from '../../zod';
import { disciplineSchema } from '../catalog/schema';
import { activitySchema, wearableActivityId, zoneSecondsSchema, type Activity } from '../forge/activity';
import { isLocalDay } from '../science/days';
import { externalIdSchema, providerIdSchema } from './provider';
import { heartRateDetailsSchema } from './session-wearable';

/** Data imported by the wearable poller. Re-importing the same thing is idempotent (keyed by provider ids). */
const localDaySchema = z.string().check(z.refine(isLocalDay, { error: 'must be a calendar day YYYY-MM-DD', params: { code: 'invalid_day' } }));
const bpm = z.number().check(z.minimum(20), z.maximum(260));
export const dataQualitySchema = z.enum(['excellent', 'good', 'fair', 'poor']);

/** `WDAY#<localDay>#<provider>`: one provider's daily data for one local day. */
export const wearableDaySchema = z.object({
  userId: z.string(),
  provider: providerIdSchema,
  localDay: localDaySchema,
  steps: z.nullable(z.int().check(z.minimum(0))),
  activeCalories: z.nullable(z.number().check(z.minimum(0))),
  totalCalories: z.nullable(z.number().check(z.minimum(0))),
  restingHr: z.nullable(bpm),
  minHr: z.nullable(bpm),
  avgHr: z.nullable(bpm),
  maxHr: z.nullable(bpm),
  hrvMs: z.nullable(z.number().check(z.minimum(0))),
  sleepMinutes: z.nullable(z.number().check(z.minimum(0), z.maximum(1440))),
  /** 0–100, from the day's HR timeline (feeds readiness "energy"). */
  effortScore: z.nullable(z.number().check(z.minimum(0), z.maximum(100))),
  zones: z.nullable(zoneSecondsSchema),
  quality: z.nullable(dataQualitySchema),
  /** When the provider last changed this day, if it says. */
  sourceUpdatedAt: z.nullable(z.iso.datetime()),
  /** When our poller fetched it: a write never replaces data fetched later. */
  importedAt: z.iso.datetime(),
});
export type WearableDay = z.infer<typeof wearableDaySchema>;

/** `WORKOUT#<provider>#<externalId>`: a workout recorded by a device. */
export const wearableWorkoutSchema = z.object({
  userId: z.string(),
  provider: providerIdSchema,
  externalId: externalIdSchema,
  type: z.string().check(z.minLength(1), z.maxLength(60)),
  title: z.string().check(z.minLength(1), z.maxLength(120)),
  discipline: z.nullable(disciplineSchema),
  startAt: z.iso.datetime(),
  endAt: z.iso.datetime(),
  durationMin: z.number().check(z.minimum(0), z.maximum(1440)),
  calories: z.nullable(z.number().check(z.minimum(0))),
  distanceKm: z.nullable(z.number().check(z.minimum(0))),
  minHr: z.nullable(bpm),
  avgHr: z.nullable(bpm),
  maxHr: z.nullable(bpm),
  zones: z.nullable(zoneSecondsSchema),
  effortScore: z.nullable(z.number().check(z.minimum(0), z.maximum(100))),
  quality: z.nullable(dataQualitySchema),
  localDay: localDaySchema,
  /** The training session this workout recorded (1:1), once linked. Kept across re-imports. */
  linkedSessionId: z.nullable(z.string()),
  /** The HR analysis and chart series (kept so a session completed later can take them over). */
  hr: z.optional(z.nullable(heartRateDetailsSchema)),
  sourceUpdatedAt: z.nullable(z.iso.datetime()),
  importedAt: z.iso.datetime(),
});
export type WearableWorkout = z.infer<typeof wearableWorkoutSchema>;

/**
 * A workout that matches no training session becomes a Forge activity (`wb_<provider>_<externalId>`).
 * Its version is the import instant in ms, so each later import supersedes the previous one.
 */
export function activityFromWorkout(workout: WearableWorkout, now = new Date()): Activity {
  const version = Date.parse(workout.importedAt);
  return activitySchema.parse({
    id: wearableActivityId(workout.provider, workout.externalId),
    userId: workout.userId,
    source: 'wearable',
    sourceId: workout.externalId,
    provider: workout.provider,
    sourceVersion: version,
    type: workout.type,
    title: workout.title,
    discipline: workout.discipline,
    startAt: new Date(workout.startAt).toISOString(),
    durationMin: workout.durationMin,
    calories: workout.calories,
    distanceKm: workout.distanceKm,
    avgHr: workout.avgHr,
    maxHr: workout.maxHr,
    zones: workout.zones,
    effortScore: workout.effortScore,
    notes: null,
    localDay: workout.localDay,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    version,
  });
}
