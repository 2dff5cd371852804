import * as z from 'zod';
import { disciplineSchema } from '../catalog/schema';
import { activitySchema, wearableActivityId, zoneSecondsSchema, type Activity } from '../forge/activity';
import { isLocalDay } from '../science/days';
import { externalIdSchema, providerIdSchema } from './provider';
import { heartRateDetailsSchema } from './session-wearable';

/** Data imported by the wearable poller. Re-importing the same thing is idempotent (keyed by provider ids). */
const localDaySchema = z.string().refine(isLocalDay, { message: 'must be a calendar day YYYY-MM-DD', params: { code: 'invalid_day' } });
const bpm = z.number().min(20).max(260);
export const dataQualitySchema = z.enum(['excellent', 'good', 'fair', 'poor']);

/** `WDAY#<localDay>#<provider>`: one provider's daily data for one local day. */
export const wearableDaySchema = z.object({
  userId: z.string(),
  provider: providerIdSchema,
  localDay: localDaySchema,
  steps: z.int().min(0).nullable(),
  activeCalories: z.number().min(0).nullable(),
  totalCalories: z.number().min(0).nullable(),
  restingHr: bpm.nullable(),
  minHr: bpm.nullable(),
  avgHr: bpm.nullable(),
  maxHr: bpm.nullable(),
  hrvMs: z.number().min(0).nullable(),
  sleepMinutes: z.number().min(0).max(1440).nullable(),
  /** 0–100, from the day's HR timeline (feeds readiness "energy"). */
  effortScore: z.number().min(0).max(100).nullable(),
  zones: zoneSecondsSchema.nullable(),
  quality: dataQualitySchema.nullable(),
  /** When the provider last changed this day, if it says. */
  sourceUpdatedAt: z.iso.datetime().nullable(),
  /** When our poller fetched it: a write never replaces data fetched later. */
  importedAt: z.iso.datetime(),
});
export type WearableDay = z.infer<typeof wearableDaySchema>;

/** `WORKOUT#<provider>#<externalId>`: a workout recorded by a device. */
export const wearableWorkoutSchema = z.object({
  userId: z.string(),
  provider: providerIdSchema,
  externalId: externalIdSchema,
  type: z.string().min(1).max(60),
  title: z.string().min(1).max(120),
  discipline: disciplineSchema.nullable(),
  startAt: z.iso.datetime(),
  endAt: z.iso.datetime(),
  durationMin: z.number().min(0).max(1440),
  calories: z.number().min(0).nullable(),
  distanceKm: z.number().min(0).nullable(),
  minHr: bpm.nullable(),
  avgHr: bpm.nullable(),
  maxHr: bpm.nullable(),
  zones: zoneSecondsSchema.nullable(),
  effortScore: z.number().min(0).max(100).nullable(),
  quality: dataQualitySchema.nullable(),
  localDay: localDaySchema,
  /** The training session this workout recorded (1:1), once linked. Kept across re-imports. */
  linkedSessionId: z.string().nullable(),
  /** The HR analysis and chart series (kept so a session completed later can take them over). */
  hr: heartRateDetailsSchema.nullable().optional(),
  sourceUpdatedAt: z.iso.datetime().nullable(),
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
