import * as z from '../../zod';
import { coachSchema, disciplineSchema } from '../catalog/schema';
import type { DailyLoad } from '../science/acwr';
import { addDays, isLocalDay } from '../science/days';
import { round, sum } from '../science/math';
import { ledgerChanges, ledgerEntrySchema, ledgerFields, revisionOf, type CountedSource, type DayLedgerRules, type LedgerChange } from '../ledger/day-ledger';
import type { TrainingSession } from './session';

/**
 * One local day of Atelier Training (`TDAY#<day>`), aggregated from completed sessions by the
 * stream consumer. It is a day ledger (shared/domain/ledger/day-ledger.ts): per session id the
 * contribution counted at the session's revision, or a tombstone once deleted or moved away.
 */
export const contributionSchema = z.extend(ledgerEntrySchema, {
  completedAt: z.nullable(z.iso.datetime()),
  durationMin: z.number(),
  calories: z.number(),
  /** Foster session-RPE load (AU). */
  load: z.number(),
  volumeKg: z.number(),
  distanceKm: z.number(),
  coach: z.nullable(coachSchema),
  discipline: z.nullable(disciplineSchema),
});
export type Contribution = z.infer<typeof contributionSchema>;

export const dayTotalsSchema = z.object({
  sessionCount: z.int().check(z.minimum(0)),
  durationMin: z.number(),
  calories: z.number(),
  load: z.number(),
  volumeKg: z.number(),
  distanceKm: z.number(),
  /** Latest completion instant of the day's sessions. */
  lastSessionAt: z.nullable(z.iso.datetime()),
});
export type DayTotals = z.infer<typeof dayTotalsSchema>;

export const trainingDaySchema = z.extend(dayTotalsSchema, {
  userId: z.string(),
  day: z.string().check(z.refine(isLocalDay, { error: 'must be a calendar day YYYY-MM-DD', params: { code: 'invalid_day' } })),
  ...ledgerFields(contributionSchema),
});
export type TrainingDay = z.infer<typeof trainingDaySchema>;

/** What a session counts for in its local day, or null when it does not count (only completed sessions do). */
export function sessionContribution(session: TrainingSession | null): CountedSource<Contribution> | null {
  if (session?.status !== 'completed') return null;
  const metrics = session.metrics;
  return {
    sourceId: session.id,
    day: session.localDay,
    entry: {
      revision: revisionOf(session),
      removed: false,
      completedAt: session.completedAt,
      durationMin: metrics?.durationMin ?? 0,
      calories: metrics?.calories.kcal ?? 0,
      load: metrics?.sessionLoad ?? 0,
      volumeKg: metrics?.volumeKg ?? 0,
      distanceKm: metrics?.distanceKm ?? 0,
      coach: session.coach,
      discipline: session.discipline,
    },
  };
}

/** What one session write (stream OLD/NEW images, null when absent or gone) means for the training days. */
export const sessionDayChanges = (before: TrainingSession | null, after: TrainingSession | null): LedgerChange<Contribution>[] =>
  ledgerChanges(sessionContribution(before), sessionContribution(after));

/** Totals recomputed from the live contributions (never incremented, so they cannot drift). */
export function totalsOf(contributions: Readonly<Record<string, Contribution>>): DayTotals {
  const live = Object.values(contributions).filter((c) => !c.removed);
  return {
    sessionCount: live.length,
    durationMin: round(sum(live.map((c) => c.durationMin)), 1),
    calories: round(sum(live.map((c) => c.calories))),
    load: round(sum(live.map((c) => c.load)), 1),
    volumeKg: round(sum(live.map((c) => c.volumeKg)), 2),
    distanceKm: round(sum(live.map((c) => c.distanceKm)), 3),
    lastSessionAt: latest(live.map((c) => c.completedAt)),
  };
}

/** The ledger rules of training days. */
export const trainingDayLedger: DayLedgerRules<Contribution, TrainingDay> = {
  empty: (userId, day, now) => ({ userId, day, ...totalsOf({}), contributions: {}, version: 0, updatedAt: now.toISOString() }),
  totals: totalsOf,
  tombstone: (revision, counted) => ({
    revision,
    removed: true,
    completedAt: null,
    durationMin: 0,
    calories: 0,
    load: 0,
    volumeKg: 0,
    distanceKm: 0,
    coach: counted?.coach ?? null,
    discipline: counted?.discipline ?? null,
  }),
};

/** The local days [today − (count − 1), today]. */
export function lastDays(today: string, count: number): { fromDay: string; toDay: string } {
  if (!Number.isInteger(count) || count < 1) throw new RangeError('count must be a positive integer');
  return { fromDay: addDays(today, -(count - 1)), toDay: today };
}

/** One entry per session (what `computeReadiness` and `currentStreak` expect). */
export const sessionDaysOf = (days: readonly Pick<TrainingDay, 'day' | 'sessionCount'>[]): string[] =>
  days.flatMap((d) => Array.from({ length: d.sessionCount }, () => d.day));

/** Daily loads for `computeAcwr`. */
export const dailyLoadsOf = (days: readonly Pick<TrainingDay, 'day' | 'load' | 'sessionCount'>[]): DailyLoad[] =>
  days.filter((d) => d.sessionCount > 0).map((d) => ({ day: d.day, load: d.load }));

/** Completion instant of the most recent session of these days, or null. */
export const lastSessionAtOf = (days: readonly Pick<TrainingDay, 'lastSessionAt'>[]): string | null => latest(days.map((d) => d.lastSessionAt));

function latest(instants: readonly (string | null)[]): string | null {
  let best: string | null = null;
  for (const at of instants) if (at !== null && (best === null || Date.parse(at) > Date.parse(best))) best = at;
  return best;
}
