import * as z from '../../zod';
import { isLocalDay } from '../science/days';
import { ledgerChanges, ledgerEntrySchema, ledgerFields, revisionOf, type CountedSource, type DayLedgerRules, type LedgerChange } from '../ledger/day-ledger';
import { ACTIVITY_SOURCES, activitySourceSchema, type Activity, type ActivitySource } from './activity';

/**
 * The Forge day aggregate (`FDAY#<localDay>`): totals of the day's activities, per source, kept
 * by the stream consumer so Day and Progression are single reads. It is a day ledger
 * (shared/domain/ledger/day-ledger.ts): per activity id the entry counted at its revision, or a tombstone.
 */
export const sourceTotalsSchema = z.object({ calories: z.number(), minutes: z.number(), count: z.int().check(z.minimum(0)) });
export type SourceTotals = z.infer<typeof sourceTotalsSchema>;

export const contributionSchema = z.extend(ledgerEntrySchema, {
  source: activitySourceSchema,
  calories: z.number(),
  minutes: z.number(),
});
export type Contribution = z.infer<typeof contributionSchema>;

const bySourceSchema = z.object({ training_session: sourceTotalsSchema, manual: sourceTotalsSchema, wearable: sourceTotalsSchema });

/** What clients see of a day. */
export const forgeDaySummarySchema = z.object({
  userId: z.string(),
  localDay: z.string().check(z.refine(isLocalDay)),
  calories: z.number(),
  minutes: z.number(),
  count: z.int().check(z.minimum(0)),
  bySource: bySourceSchema,
  /** Completed training sessions of the day (the "synced" badge). */
  syncedTrainingSessions: z.int().check(z.minimum(0)),
  updatedAt: z.iso.datetime(),
});
export type ForgeDaySummary = z.infer<typeof forgeDaySummarySchema>;

/** The stored aggregate: the summary plus the ledger's per-activity bookkeeping and version. */
export const forgeDaySchema = z.extend(forgeDaySummarySchema, ledgerFields(contributionSchema));
export type ForgeDay = z.infer<typeof forgeDaySchema>;

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

/** The ledger rules of Forge days. */
export const forgeDayLedger: DayLedgerRules<Contribution, ForgeDay> = {
  empty: (userId, localDay, now) => ({ userId, localDay, ...totalsOf({}), contributions: {}, updatedAt: now.toISOString(), version: 0 }),
  totals: totalsOf,
  tombstone: (revision, counted) => ({ revision, removed: true, source: counted?.source ?? 'manual', calories: 0, minutes: 0 }),
};

/** What an activity counts for in its day. */
export const countedActivity = (activity: Activity): CountedSource<Contribution> => ({
  sourceId: activity.id,
  day: activity.localDay,
  entry: { revision: revisionOf(activity), removed: false, source: activity.source, calories: activity.calories ?? 0, minutes: activity.durationMin },
});

/** What one activity write (stream OLD/NEW images, null when absent or gone) means for the day aggregates. */
export const dayChanges = (oldImage: Activity | null, newImage: Activity | null): LedgerChange<Contribution>[] =>
  ledgerChanges(oldImage && countedActivity(oldImage), newImage && countedActivity(newImage));

/** The client view of a stored day (without the bookkeeping). */
export function summaryOf(day: ForgeDay): ForgeDaySummary {
  return forgeDaySummarySchema.parse(day);
}
