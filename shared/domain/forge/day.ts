import * as z from 'zod';
import { isLocalDay } from '../science/days';
import { ACTIVITY_SOURCES, activitySourceSchema, type Activity, type ActivitySource } from './activity';

/**
 * The Forge day aggregate (`FDAY#<localDay>`): totals of the day's activities, per source, kept
 * by the stream consumer so Day and Progression are single reads.
 *
 * Idempotence: the aggregate remembers, per activity id, the revision it applied (or removed).
 * A revision is `<activity createdAt>#<version>`: the version orders the edits of one activity,
 * and createdAt orders incarnations of the same id (a wearable workout re-imported after a
 * disconnect is a new incarnation and counts again). Applying a revision at or below the one
 * remembered changes nothing, so a redelivered record never double-counts, and a removal leaves a
 * tombstone so a late re-delivery of an older write cannot bring the activity back.
 */
export const sourceTotalsSchema = z.object({ calories: z.number(), minutes: z.number(), count: z.int().min(0) });
export type SourceTotals = z.infer<typeof sourceTotalsSchema>;

export const contributionSchema = z.object({
  revision: z.string(),
  source: activitySourceSchema,
  calories: z.number(),
  minutes: z.number(),
  /** Tombstone: removed at this revision (counts nothing). */
  removed: z.boolean(),
});
export type Contribution = z.infer<typeof contributionSchema>;

const bySourceSchema = z.object({ training_session: sourceTotalsSchema, manual: sourceTotalsSchema, wearable: sourceTotalsSchema });

/** What clients see of a day. */
export const forgeDaySummarySchema = z.object({
  userId: z.string(),
  localDay: z.string().refine(isLocalDay),
  calories: z.number(),
  minutes: z.number(),
  count: z.int().min(0),
  bySource: bySourceSchema,
  /** Completed training sessions of the day (the "synced" badge). */
  syncedTrainingSessions: z.int().min(0),
  updatedAt: z.iso.datetime(),
});
export type ForgeDaySummary = z.infer<typeof forgeDaySummarySchema>;

/** The stored aggregate: the summary plus the per-activity bookkeeping and an optimistic-lock version. */
export const forgeDaySchema = forgeDaySummarySchema.extend({
  contributions: z.record(z.string(), contributionSchema),
  version: z.int().min(1),
});
export type ForgeDay = z.infer<typeof forgeDaySchema>;

const VERSION_DIGITS = 16;

/** Orders the states of one activity id: incarnation (createdAt) first, then version. */
export function revisionOf(activity: Pick<Activity, 'createdAt' | 'version'>): string {
  return `${new Date(activity.createdAt).toISOString()}#${String(activity.version).padStart(VERSION_DIGITS, '0')}`;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/** Totals recomputed from the contributions (never incremented, so they cannot drift). */
export function totalsOf(contributions: Record<string, Contribution>): Pick<ForgeDaySummary, 'calories' | 'minutes' | 'count' | 'bySource' | 'syncedTrainingSessions'> {
  const bySource = Object.fromEntries(ACTIVITY_SOURCES.map((source) => [source, { calories: 0, minutes: 0, count: 0 }])) as Record<ActivitySource, SourceTotals>;
  for (const entry of Object.values(contributions)) {
    if (entry.removed) continue;
    const totals = bySource[entry.source];
    totals.calories += entry.calories;
    totals.minutes += entry.minutes;
    totals.count += 1;
  }
  for (const totals of Object.values(bySource)) {
    totals.calories = round1(totals.calories);
    totals.minutes = round1(totals.minutes);
  }
  const all = Object.values(bySource);
  return {
    calories: round1(all.reduce((sum, t) => sum + t.calories, 0)),
    minutes: round1(all.reduce((sum, t) => sum + t.minutes, 0)),
    count: all.reduce((sum, t) => sum + t.count, 0),
    bySource,
    syncedTrainingSessions: bySource.training_session.count,
  };
}

export function emptyForgeDay(userId: string, localDay: string, now: Date): ForgeDay {
  return { userId, localDay, ...totalsOf({}), contributions: {}, updatedAt: now.toISOString(), version: 0 } as ForgeDay;
}

function withContribution(day: ForgeDay, id: string, entry: Contribution, now: Date): ForgeDay {
  const contributions = { ...day.contributions, [id]: entry };
  return { ...day, ...totalsOf(contributions), contributions, updatedAt: now.toISOString(), version: day.version + 1 };
}

/**
 * The day after counting `activity` (replacing its previous contribution), or null when this
 * revision (or a newer one, or its removal) was already applied: nothing to write.
 */
export function applyActivity(day: ForgeDay | null, activity: Activity, now: Date): ForgeDay | null {
  const current = day ?? emptyForgeDay(activity.userId, activity.localDay, now);
  const revision = revisionOf(activity);
  const known = current.contributions[activity.id];
  if (known && known.revision >= revision) return null;
  const entry: Contribution = { revision, source: activity.source, calories: activity.calories ?? 0, minutes: activity.durationMin, removed: false };
  return withContribution(current, activity.id, entry, now);
}

/**
 * The day after removing the activity's contribution at `revision` (a tombstone), or null when
 * there is nothing to do: no aggregate for that day (never recreated by a removal, so deleting an
 * account or a day is final), already removed, or a newer revision is counted.
 */
export function removeActivity(day: ForgeDay | null, activityId: string, revision: string, now: Date): ForgeDay | null {
  if (!day) return null;
  const known = day.contributions[activityId];
  if (known && (known.revision > revision || (known.removed && known.revision >= revision))) return null;
  const entry: Contribution = { revision, source: known?.source ?? 'manual', calories: 0, minutes: 0, removed: true };
  return withContribution(day, activityId, entry, now);
}

export type DayChange =
  | { kind: 'apply'; localDay: string; activity: Activity }
  | { kind: 'remove'; localDay: string; activityId: string; revision: string };

/**
 * What one activity write (stream OLD/NEW images) means for the day aggregates: counted in its
 * day, removed from its day, or moved between days (the old day gets a tombstone at the new revision).
 */
export function dayChanges(oldImage: Activity | null, newImage: Activity | null): DayChange[] {
  if (!oldImage && !newImage) return [];
  if (!newImage) return [{ kind: 'remove', localDay: oldImage!.localDay, activityId: oldImage!.id, revision: revisionOf(oldImage!) }];
  const apply: DayChange = { kind: 'apply', localDay: newImage.localDay, activity: newImage };
  if (!oldImage || oldImage.localDay === newImage.localDay) return [apply];
  return [{ kind: 'remove', localDay: oldImage.localDay, activityId: oldImage.id, revision: revisionOf(newImage) }, apply];
}

/** The client view of a stored day (without the bookkeeping). */
export function summaryOf(day: ForgeDay): ForgeDaySummary {
  return forgeDaySummarySchema.parse(day);
}
