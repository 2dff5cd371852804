import type { TableContext } from '../db/context';
import { deleteWearableActivity, upsertWearableActivity } from '../db/entities/activity';
import { putSessionWearable } from '../db/entities/session-wearable';
import { getSession, listSessionHistory } from '../db/entities/training-session';
import { putWearableDay } from '../db/entities/wearable-day';
import { getWearableWorkout, linkWorkoutToSession, listWorkoutsStartingBetween, putWearableWorkout } from '../db/entities/wearable-workout';
import { addDays } from '../domain/science/days';
import { localDay } from '../domain/time/zoned';
import type { TrainingSession } from '../domain/training/session';
import { activityFromWorkout, wearableDaySchema, wearableWorkoutSchema, type WearableWorkout } from '../domain/wearables/imports';
import { bestOverlap, LONGEST_WORKOUT_MS, sessionInterval, type Interval } from '../domain/wearables/matching';
import type { ProviderDay, ProviderWorkout } from '../domain/wearables/provider';
import { workoutCalories } from '../domain/wearables/analytics';
import { sessionWearableSchema, workoutHeartRate, type HeartRateProfile } from '../domain/wearables/session-wearable';
import { disciplineOf } from './providers/sports';

/** What the import needs of the user's profile. */
export type IngestProfile = HeartRateProfile & { timeZone: string };

export type IngestOutcome =
  /** Attached to this training session (its HR metrics and its Forge activity). */
  | { outcome: 'linked'; sessionId: string; workout: WearableWorkout }
  /** No session overlaps: a Forge activity with source `wearable`. */
  | { outcome: 'activity'; workout: WearableWorkout }
  /** Already imported from a later fetch: nothing changed. */
  | { outcome: 'ignored' };

const workoutInterval = (w: Pick<WearableWorkout, 'startAt' | 'endAt'>): Interval => ({ start: Date.parse(w.startAt), end: Date.parse(w.endAt) });

/** A provider's (or a file's) workout as we store it, with its HR analysis. */
export function toWearableWorkout(userId: string, provider: string, workout: ProviderWorkout, profile: IngestProfile, now: Date): WearableWorkout {
  const hr = workoutHeartRate({
    samples: workout.samples,
    window: { start: workout.startAt, end: workout.endAt },
    samplingIntervalSec: workout.samplingIntervalSec,
    profile,
    fallback: { avgHr: workout.avgHr, maxHr: workout.maxHr },
    now,
  });
  const durationMin = Math.round(Math.min(1440, (Date.parse(workout.endAt) - Date.parse(workout.startAt)) / 60_000) * 10) / 10;
  return wearableWorkoutSchema.parse({
    userId,
    provider,
    externalId: workout.externalId,
    type: workout.type,
    title: workout.title,
    discipline: disciplineOf(workout.type),
    startAt: new Date(workout.startAt).toISOString(),
    endAt: new Date(workout.endAt).toISOString(),
    durationMin,
    // The device's own figure, else Keytel 2005 from the average HR and the profile (GPX files carry none).
    calories: workoutCalories({ deviceKcal: workout.calories, avgHr: hr.avgBpm, durationMin }, profile, now).kcal,
    distanceKm: workout.distanceKm,
    minHr: hr.minBpm,
    avgHr: hr.avgBpm,
    maxHr: hr.maxBpm,
    zones: hr.zoneSeconds,
    effortScore: hr.effortScore,
    quality: hr.quality.sampleCount > 0 ? hr.quality.level : null,
    localDay: localDay(workout.startAt, profile.timeZone),
    linkedSessionId: null,
    hr,
    sourceUpdatedAt: workout.sourceUpdatedAt,
    importedAt: now.toISOString(),
  });
}

/** Writes the session's HR metrics from the workout, then the workout's side of the link; false when either side is taken. */
async function link(ctx: TableContext, workout: WearableWorkout, sessionId: string, now: Date): Promise<boolean> {
  if (!workout.hr) return false;
  const metrics = sessionWearableSchema.parse({
    ...workout.hr,
    userId: workout.userId,
    sessionId,
    provider: workout.provider,
    externalId: workout.externalId,
    startAt: workout.startAt,
    endAt: workout.endAt,
    calories: workout.calories,
    distanceM: workout.distanceKm === null ? null : workout.distanceKm * 1000,
    linkedAt: now.toISOString(),
  });
  if ((await putSessionWearable(ctx, metrics)) !== 'linked') return false;
  if (!(await linkWorkoutToSession(ctx, { userId: workout.userId, provider: workout.provider, externalId: workout.externalId, sessionId }))) return false;
  // It may have become an activity before the session was completed: the session's activity carries it now.
  await deleteWearableActivity(ctx, workout.userId, workout.provider, workout.externalId);
  return true;
}

/** Completed sessions of the days around a workout, best overlap first. */
async function overlappingSession(ctx: TableContext, workout: WearableWorkout): Promise<TrainingSession | null> {
  const page = await listSessionHistory(ctx, workout.userId, { fromDay: addDays(workout.localDay, -1), toDay: addDays(workout.localDay, 1), status: 'completed', limit: 50 });
  const candidates = page.items.flatMap((session) => {
    const interval = sessionInterval(session);
    return interval ? [{ session, interval }] : [];
  });
  return bestOverlap(workoutInterval(workout), candidates, (c) => c.interval)?.session ?? null;
}

/**
 * The one way a workout enters the app, whether a provider poll or a file import brought it:
 * stored (idempotent per provider + external id), then attached to the completed training
 * session it overlaps most (1:1: a session already holding another workout is skipped), else
 * turned into a Forge activity with source `wearable`. A workout already linked stays linked and
 * refreshes its session's metrics.
 */
export async function ingestWorkout(ctx: TableContext, input: { userId: string; provider: string; workout: ProviderWorkout; profile: IngestProfile; now?: Date }): Promise<IngestOutcome> {
  const now = input.now ?? new Date();
  const workout = toWearableWorkout(input.userId, input.provider, input.workout, input.profile, now);
  if ((await putWearableWorkout(ctx, workout)) === 'ignored') return { outcome: 'ignored' };
  const stored = (await getWearableWorkout(ctx, workout.userId, workout.provider, workout.externalId)) ?? workout;
  if (stored.linkedSessionId && (await link(ctx, stored, stored.linkedSessionId, now))) return { outcome: 'linked', sessionId: stored.linkedSessionId, workout: stored };
  const session = await overlappingSession(ctx, stored);
  if (session && (await link(ctx, stored, session.id, now))) return { outcome: 'linked', sessionId: session.id, workout: { ...stored, linkedSessionId: session.id } };
  await upsertWearableActivity(ctx, activityFromWorkout(stored, now));
  return { outcome: 'activity', workout: stored };
}

/**
 * The other order: a session completed after its workout was imported. Links the unlinked
 * workout that overlaps it most; returns its id, or null when none does.
 */
export async function matchCompletedSession(ctx: TableContext, userId: string, sessionId: string, now = new Date()): Promise<string | null> {
  const session = await getSession(ctx, userId, sessionId);
  const interval = session?.status === 'completed' ? sessionInterval(session) : null;
  if (!session || !interval) return null;
  const workouts = await listWorkoutsStartingBetween(ctx, userId, new Date(interval.start - LONGEST_WORKOUT_MS), new Date(interval.end));
  const free = workouts.filter((w) => w.linkedSessionId === null || w.linkedSessionId === sessionId);
  const best = bestOverlap(interval, free, workoutInterval);
  return best && (await link(ctx, best, sessionId, now)) ? `${best.provider}:${best.externalId}` : null;
}

/** A provider's daily data as stored (one item per day and provider; a later fetch wins). */
export async function ingestDay(ctx: TableContext, input: { userId: string; provider: string; day: ProviderDay; now?: Date }): Promise<'written' | 'ignored'> {
  const { day } = input;
  return putWearableDay(
    ctx,
    wearableDaySchema.parse({
      userId: input.userId,
      provider: input.provider,
      localDay: day.localDay,
      steps: day.steps,
      activeCalories: day.activeCalories,
      totalCalories: day.totalCalories,
      restingHr: day.restingHr,
      minHr: day.minHr,
      avgHr: day.avgHr,
      maxHr: day.maxHr,
      hrvMs: null,
      sleepMinutes: null,
      effortScore: null,
      zones: null,
      quality: null,
      sourceUpdatedAt: day.sourceUpdatedAt,
      importedAt: (input.now ?? new Date()).toISOString(),
    }),
  );
}
