import * as z from 'zod';
import { coachSchema, disciplineSchema } from '../catalog/schema';
import type { DailyLoad } from '../science/acwr';
import { addDays, isLocalDay } from '../science/days';
import { round, sum } from '../science/math';
import type { TrainingSession } from './session';

/**
 * One local day of Atelier Training, aggregated from completed sessions by the stream consumer.
 * Each session's contribution is kept in the item with the session version it came from, so a
 * redelivered or older version changes nothing and a deleted session can be taken back out.
 */
export const contributionSchema = z.object({
  /** Version of the session this contribution was computed from. */
  version: z.int().min(1),
  /** Tombstone: the session was deleted (or moved to another day) at this version. */
  removed: z.boolean(),
  completedAt: z.iso.datetime().nullable(),
  durationMin: z.number(),
  calories: z.number(),
  /** Foster session-RPE load (AU). */
  load: z.number(),
  volumeKg: z.number(),
  distanceKm: z.number(),
  coach: coachSchema.nullable(),
  discipline: disciplineSchema.nullable(),
});
export type Contribution = z.infer<typeof contributionSchema>;

export const dayTotalsSchema = z.object({
  sessionCount: z.int().min(0),
  durationMin: z.number(),
  calories: z.number(),
  load: z.number(),
  volumeKg: z.number(),
  distanceKm: z.number(),
  /** Latest completion instant of the day's sessions. */
  lastSessionAt: z.iso.datetime().nullable(),
});
export type DayTotals = z.infer<typeof dayTotalsSchema>;

export const trainingDaySchema = dayTotalsSchema.extend({
  userId: z.string(),
  day: z.string().refine(isLocalDay, { message: 'must be a calendar day YYYY-MM-DD', params: { code: 'invalid_day' } }),
  /** Session id → contribution (or tombstone). */
  contributions: z.record(z.string(), contributionSchema),
  /** Optimistic lock of the aggregate item itself (0 = not stored yet). */
  revision: z.int().min(0),
  updatedAt: z.iso.datetime(),
});
export type TrainingDay = z.infer<typeof trainingDaySchema>;

/** A completed session's share of its day. */
export interface SessionContribution extends Omit<Contribution, 'removed'> {
  sessionId: string;
  /** The session's local day (the aggregate it belongs to). */
  day: string;
}

/** The contribution of a session, or null when it does not count (only completed sessions do). */
export function sessionContribution(session: TrainingSession): SessionContribution | null {
  if (session.status !== 'completed') return null;
  const metrics = session.metrics;
  return {
    sessionId: session.id,
    day: session.localDay,
    version: session.version,
    completedAt: session.completedAt,
    durationMin: metrics?.durationMin ?? 0,
    calories: metrics?.calories.kcal ?? 0,
    load: metrics?.sessionLoad ?? 0,
    volumeKg: metrics?.volumeKg ?? 0,
    distanceKm: metrics?.distanceKm ?? 0,
    coach: session.coach,
    discipline: session.discipline,
  };
}

export function emptyTrainingDay(userId: string, day: string, now: Date): TrainingDay {
  return {
    userId,
    day,
    ...totalsOf({}),
    contributions: {},
    revision: 0,
    updatedAt: now.toISOString(),
  };
}

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

export interface DayChange {
  day: TrainingDay;
  /** False when the change was already applied (redelivery) or is older than what is stored. */
  changed: boolean;
}

/**
 * Adds (or replaces) a session's contribution. No change when the stored contribution or
 * tombstone has the same or a newer session version.
 */
export function applyContribution(day: TrainingDay, contribution: SessionContribution, now: Date): DayChange {
  if (contribution.day !== day.day) throw new RangeError(`contribution of ${contribution.day} applied to ${day.day}`);
  const stored = day.contributions[contribution.sessionId];
  if (stored && stored.version >= contribution.version) return { day, changed: false };
  const { sessionId, day: _day, ...rest } = contribution;
  const contributions = { ...day.contributions, [sessionId]: { ...rest, removed: false } };
  return { day: { ...day, ...totalsOf(contributions), contributions, updatedAt: now.toISOString() }, changed: true };
}

/**
 * Takes a session back out of the day, leaving a tombstone at `version` so that a redelivered
 * older record cannot put it back. No change when a newer version is stored or it is already out.
 */
export function removeContribution(day: TrainingDay, sessionId: string, version: number, now: Date): DayChange {
  const stored = day.contributions[sessionId];
  if (stored && (stored.version > version || (stored.removed && stored.version === version))) return { day, changed: false };
  const tombstone: Contribution = {
    version,
    removed: true,
    completedAt: null,
    durationMin: 0,
    calories: 0,
    load: 0,
    volumeKg: 0,
    distanceKm: 0,
    coach: stored?.coach ?? null,
    discipline: stored?.discipline ?? null,
  };
  const contributions = { ...day.contributions, [sessionId]: tombstone };
  return { day: { ...day, ...totalsOf(contributions), contributions, updatedAt: now.toISOString() }, changed: true };
}

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
