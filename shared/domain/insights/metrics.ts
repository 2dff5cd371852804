import type { Coach, Discipline, MovementPattern } from '../catalog/schema';
import { computeAcwr, type AcwrResult, type DailyLoad } from '../science/acwr';
import { addDays, dayFromNumber, requireDayNumber } from '../science/days';
import { fitnessFatigue, type FitnessFatigue } from '../science/fitness-fatigue';
import { isPositive, round, sum } from '../science/math';
import { monotonyAndStrain, type MonotonyStrain } from '../science/monotony';
import { bestOneRepMax } from '../science/one-rep-max';
import { paceSecPerKm } from '../science/pace';
import type { TrainingSession } from '../training/session';

/**
 * The numbers behind Conseils and Progression: pure, no AI, no clock (callers pass `today`, the
 * athlete's local day). Both providers (the offline analyst and OpenAI) write from these.
 */

/** Days of sessions Conseils looks at (PRODUCT: 90 days). */
export const INSIGHTS_WINDOW_DAYS = 90;
/** Sessions read for either analysis: 24 weeks (the longest Progression period) and the current one. */
export const READ_WINDOW_DAYS = 24 * 7 + 7;

/** A completed session reduced to what the analysis reads. */
export interface InsightSession {
  id: string;
  /** Local day the session is filed under. */
  day: string;
  coach: Coach;
  discipline: Discipline;
  durationMin: number | null;
  /** Session RPE (reported, else the sets' average). */
  rpe: number | null;
  /** Foster session-RPE load (AU). */
  load: number | null;
  volumeKg: number;
  distanceKm: number;
  sets: ReadonlyArray<{ exerciseId: string; reps: number | null; loadKg: number | null; durationSec: number | null; distanceM: number | null; rpe: number | null; rir: number | null }>;
}

/** What the analysis needs to know of an exercise (from the catalog, looked up by the caller). */
export interface ExerciseFacts {
  pattern: MovementPattern;
  discipline: Discipline;
}
export type ExerciseLookup = (exerciseId: string) => ExerciseFacts | null;

export function insightSessionOf(session: TrainingSession): InsightSession | null {
  if (session.status !== 'completed') return null;
  const m = session.metrics;
  return {
    id: session.id,
    day: session.localDay,
    coach: session.coach,
    discipline: session.discipline,
    durationMin: m?.durationMin ?? null,
    rpe: m?.rpeAverage ?? null,
    load: m?.sessionLoad ?? null,
    volumeKg: m?.volumeKg ?? 0,
    distanceKm: m?.distanceKm ?? 0,
    sets: session.loggedSets.map((s) => ({ exerciseId: s.exerciseId, reps: s.reps, loadKg: s.loadKg, durationSec: s.durationSec, distanceM: s.distanceM, rpe: s.rpe, rir: s.rir })),
  };
}

export type Trend = 'up' | 'down' | 'stable';
export type Severity = 'low' | 'medium' | 'high';

export interface WeekPoint {
  /** Monday of the week (YYYY-MM-DD). */
  weekStart: string;
  sessions: number;
  volumeKg: number;
  durationMin: number;
  distanceKm: number;
  /** Mean session RPE of the week; null without any. */
  avgRpe: number | null;
  /** Σ Foster session-RPE load (AU). */
  load: number;
}

export interface DisciplineShare {
  discipline: Discipline;
  sessions: number;
  minutes: number;
  /** Share of the sessions, 0–1 (two decimals). */
  share: number;
}

export interface Trends {
  /** Volume in kg lifted when the athlete lifts, else minutes trained. */
  volume: { trend: Trend; percentage: number; measure: 'kg' | 'min'; recentWeekly: number; previousWeekly: number };
  intensity: { trend: Trend; avgRpe: number | null; recentAvgRpe: number | null; previousAvgRpe: number | null };
  consistency: { percentage: number; activeWeeks: number; weeks: number; sessionsPerWeek: number };
  sessions: { trend: Trend; percentage: number; recentWeekly: number; previousWeekly: number };
}

export type ImbalanceKind = 'push_pull' | 'upper_lower' | 'discipline_mix';
export interface Imbalance {
  kind: ImbalanceKind;
  severity: Severity;
  /** push_pull: push / pull sets; upper_lower: upper / lower sets; discipline_mix: the top discipline's share. */
  ratio: number | null;
  /** push or upper sets; discipline_mix: sessions of the top discipline. */
  first: number;
  /** pull or lower sets; discipline_mix: all sessions. */
  second: number;
  /** discipline_mix: the dominant discipline. */
  discipline?: Discipline;
}

export type StallMeasure = 'estimated_1rm' | 'max_reps' | 'best_pace' | 'longest_hold';
export interface WeakPoint {
  exerciseId: string;
  measure: StallMeasure;
  /** Best value ever in the window (kg, reps, s/km or s). */
  best: number;
  bestDay: string;
  /** Best value of the most recent session of the exercise. */
  latest: number;
  /** Sessions of this exercise since the best. */
  sessionsSince: number;
  weeksStalled: number;
  /** True when the latest is clearly below the best (> 5 % worse). */
  regressing: boolean;
}

export interface TrainingMetrics {
  today: string;
  /** Days analysed (ending today). */
  windowDays: number;
  sessionsAnalyzed: number;
  totals: { sessions: number; volumeKg: number; durationMin: number; distanceKm: number; load: number; avgRpe: number | null };
  weeks: WeekPoint[];
  trends: Trends;
  disciplines: DisciplineShare[];
  load: { acwr: AcwrResult; monotony: MonotonyStrain; fitness: FitnessFatigue };
  balance: { pushSets: number; pullSets: number; upperSets: number; lowerSets: number };
  imbalances: Imbalance[];
  weakPoints: WeakPoint[];
  /** Days since the last session (null without one). */
  daysSinceLast: number | null;
}

/** Monday of the ISO week of a day. */
export function weekStartOf(day: string): string {
  const n = requireDayNumber(day);
  // 1970-01-01 was a Thursday: (n + 3) mod 7 = 0 on Mondays.
  return dayFromNumber(n - ((((n + 3) % 7) + 7) % 7));
}

const percentChange = (recent: number, previous: number): number => {
  if (previous <= 0) return recent > 0 ? 100 : 0;
  return Math.round(((recent - previous) / previous) * 100);
};
const trendOf = (percentage: number, threshold = 5): Trend => (percentage > threshold ? 'up' : percentage < -threshold ? 'down' : 'stable');
const mean = (values: readonly number[]): number | null => (values.length ? sum(values) / values.length : null);

function weekly(sessions: readonly InsightSession[], today: string, weeks: number): WeekPoint[] {
  const last = weekStartOf(today);
  const starts = Array.from({ length: weeks }, (_, i) => addDays(last, -7 * (weeks - 1 - i)));
  return starts.map((weekStart) => {
    const end = addDays(weekStart, 6);
    const inWeek = sessions.filter((s) => s.day >= weekStart && s.day <= end);
    const rpes = inWeek.map((s) => s.rpe).filter((r): r is number => r !== null);
    return {
      weekStart,
      sessions: inWeek.length,
      volumeKg: round(sum(inWeek.map((s) => s.volumeKg)), 1),
      durationMin: round(sum(inWeek.map((s) => s.durationMin ?? 0))),
      distanceKm: round(sum(inWeek.map((s) => s.distanceKm)), 2),
      avgRpe: rpes.length ? round(mean(rpes)!, 1) : null,
      load: round(sum(inWeek.map((s) => s.load ?? 0))),
    };
  });
}

function trendsOf(sessions: readonly InsightSession[], today: string, windowDays: number): Trends {
  const windowStart = addDays(today, -(windowDays - 1));
  const first = sessions.length ? sessions.reduce((a, s) => (s.day < a ? s.day : a), today) : today;
  // Weeks since the athlete's first session in the window (a newcomer is not judged on weeks before it).
  const allWeeks = Math.ceil(windowDays / 7);
  const coveredDays = requireDayNumber(today) - requireDayNumber(first < windowStart ? windowStart : first) + 1;
  const weeksCovered = Math.max(1, Math.min(allWeeks, Math.ceil(coveredDays / 7)));
  const series = weekly(sessions, today, weeksCovered);
  const half = Math.max(1, Math.floor(series.length / 2));
  const recent = series.slice(-half);
  const previous = series.length > half ? series.slice(0, series.length - half) : [];
  const lifts = sessions.some((s) => s.volumeKg > 0);
  const measureOf = (w: WeekPoint) => (lifts ? w.volumeKg : w.durationMin);
  const avgOf = (ws: readonly WeekPoint[], f: (w: WeekPoint) => number) => (ws.length ? sum(ws.map(f)) / ws.length : 0);
  const recentVolume = avgOf(recent, measureOf);
  const previousVolume = avgOf(previous, measureOf);
  const volumePct = previous.length ? percentChange(recentVolume, previousVolume) : 0;
  const recentSessions = avgOf(recent, (w) => w.sessions);
  const previousSessions = avgOf(previous, (w) => w.sessions);
  const sessionsPct = previous.length ? percentChange(recentSessions, previousSessions) : 0;
  const recentStart = recent[0]?.weekStart ?? today;
  const rpeOf = (list: readonly InsightSession[]) => {
    const rpes = list.map((s) => s.rpe).filter((r): r is number => r !== null);
    return rpes.length ? round(mean(rpes)!, 1) : null;
  };
  const recentRpe = rpeOf(sessions.filter((s) => s.day >= recentStart));
  const previousRpe = previous.length ? rpeOf(sessions.filter((s) => s.day < recentStart)) : null;
  const rpeDelta = recentRpe !== null && previousRpe !== null ? recentRpe - previousRpe : 0;
  const activeWeeks = series.filter((w) => w.sessions > 0).length;
  return {
    volume: { trend: previous.length ? trendOf(volumePct) : 'stable', percentage: volumePct, measure: lifts ? 'kg' : 'min', recentWeekly: round(recentVolume, 1), previousWeekly: round(previousVolume, 1) },
    intensity: { trend: rpeDelta > 0.3 ? 'up' : rpeDelta < -0.3 ? 'down' : 'stable', avgRpe: rpeOf(sessions), recentAvgRpe: recentRpe, previousAvgRpe: previousRpe },
    consistency: { percentage: Math.round((activeWeeks / series.length) * 100), activeWeeks, weeks: series.length, sessionsPerWeek: round(sessions.length / series.length, 1) },
    sessions: { trend: previous.length ? trendOf(sessionsPct, 10) : 'stable', percentage: sessionsPct, recentWeekly: round(recentSessions, 1), previousWeekly: round(previousSessions, 1) },
  };
}

function disciplinesOf(sessions: readonly InsightSession[]): DisciplineShare[] {
  const by = new Map<Discipline, { sessions: number; minutes: number }>();
  for (const s of sessions) {
    const entry = by.get(s.discipline) ?? { sessions: 0, minutes: 0 };
    entry.sessions += 1;
    entry.minutes += s.durationMin ?? 0;
    by.set(s.discipline, entry);
  }
  return [...by]
    .map(([discipline, v]) => ({ discipline, sessions: v.sessions, minutes: round(v.minutes), share: round(v.sessions / sessions.length, 2) }))
    .sort((a, b) => b.sessions - a.sessions || b.minutes - a.minutes || a.discipline.localeCompare(b.discipline));
}

const PUSH: ReadonlySet<MovementPattern> = new Set(['horizontal-push', 'vertical-push']);
const PULL: ReadonlySet<MovementPattern> = new Set(['horizontal-pull', 'vertical-pull']);
const LOWER: ReadonlySet<MovementPattern> = new Set(['squat', 'hinge', 'lunge']);

/** A set counts toward balance when something was done in it (reps, time or distance). */
const didWork = (s: InsightSession['sets'][number]) => isPositive(s.reps) || isPositive(s.durationSec) || isPositive(s.distanceM);

function balanceOf(sessions: readonly InsightSession[], lookup: ExerciseLookup) {
  let pushSets = 0;
  let pullSets = 0;
  let lowerSets = 0;
  for (const session of sessions) {
    for (const set of session.sets) {
      if (!didWork(set)) continue;
      const pattern = lookup(set.exerciseId)?.pattern;
      if (!pattern) continue;
      if (PUSH.has(pattern)) pushSets++;
      else if (PULL.has(pattern)) pullSets++;
      else if (LOWER.has(pattern)) lowerSets++;
    }
  }
  return { pushSets, pullSets, upperSets: pushSets + pullSets, lowerSets };
}

/** Minimum work before a ratio says anything. */
const MIN_BALANCE_SETS = 12;

function ratioSeverity(ratio: number, thresholds: { low: number; medium: number; high: number }): Severity | null {
  const skew = ratio >= 1 ? ratio : 1 / ratio;
  if (skew >= thresholds.high) return 'high';
  if (skew >= thresholds.medium) return 'medium';
  if (skew >= thresholds.low) return 'low';
  return null;
}

function imbalancesOf(balance: TrainingMetrics['balance'], disciplines: readonly DisciplineShare[], sessionCount: number): Imbalance[] {
  const found: Imbalance[] = [];
  const pair = (kind: 'push_pull' | 'upper_lower', first: number, second: number, thresholds: { low: number; medium: number; high: number }) => {
    if (first + second < MIN_BALANCE_SETS) return;
    if (first === 0 || second === 0) {
      found.push({ kind, severity: 'high', ratio: null, first, second });
      return;
    }
    const ratio = round(first / second, 2);
    const severity = ratioSeverity(ratio, thresholds);
    if (severity) found.push({ kind, severity, ratio, first, second });
  };
  pair('push_pull', balance.pushSets, balance.pullSets, { low: 1.3, medium: 1.6, high: 2.2 });
  pair('upper_lower', balance.upperSets, balance.lowerSets, { low: 1.8, medium: 2.5, high: 3.5 });
  const top = disciplines[0];
  if (top && sessionCount >= 6 && top.share >= 0.85) {
    found.push({ kind: 'discipline_mix', severity: top.share === 1 && sessionCount >= 12 ? 'medium' : 'low', ratio: top.share, first: top.sessions, second: sessionCount, discipline: top.discipline });
  }
  const rank: Record<Severity, number> = { high: 0, medium: 1, low: 2 };
  return found.sort((a, b) => rank[a.severity] - rank[b.severity]);
}

/** The best performance of one exercise in one session, by the measure that fits what was logged. */
function sessionBest(sets: InsightSession['sets']): { measure: StallMeasure; value: number } | null {
  const oneRms = sets.map((s) => bestOneRepMax(s.reps, s.loadKg)?.value ?? 0).filter((v) => v > 0);
  if (oneRms.length) return { measure: 'estimated_1rm', value: Math.max(...oneRms) };
  const paces = sets.map((s) => (isPositive(s.distanceM) && s.distanceM >= 1000 ? paceSecPerKm(s.distanceM, s.durationSec) : null)).filter((v): v is number => v !== null);
  if (paces.length) return { measure: 'best_pace', value: Math.min(...paces) };
  const reps = sets.filter((s) => !isPositive(s.loadKg)).map((s) => s.reps ?? 0).filter((v) => v > 0);
  if (reps.length) return { measure: 'max_reps', value: Math.max(...reps) };
  const holds = sets.filter((s) => !isPositive(s.distanceM) && !isPositive(s.reps)).map((s) => s.durationSec ?? 0).filter((v) => v > 0);
  if (holds.length) return { measure: 'longest_hold', value: Math.max(...holds) };
  return null;
}

/** An exercise counts as stalled after this many sessions and days without beating its best. */
export const STALL_MIN_SESSIONS = 3;
export const STALL_MIN_DAYS = 21;

/**
 * Weak points: exercises trained regularly whose best (estimated 1RM, pace, max reps or hold) has
 * not improved for at least 3 sessions and 3 weeks, most stalled first (at most 5).
 */
export function stalledExercises(sessions: readonly InsightSession[], today: string): WeakPoint[] {
  const history = new Map<string, Array<{ day: string; measure: StallMeasure; value: number }>>();
  for (const session of [...sessions].sort((a, b) => a.day.localeCompare(b.day))) {
    const byExercise = new Map<string, InsightSession['sets'][number][]>();
    for (const set of session.sets) byExercise.set(set.exerciseId, [...(byExercise.get(set.exerciseId) ?? []), set]);
    for (const [exerciseId, sets] of byExercise) {
      const best = sessionBest(sets);
      if (best) history.set(exerciseId, [...(history.get(exerciseId) ?? []), { day: session.day, ...best }]);
    }
  }
  const todayNumber = requireDayNumber(today);
  const points: WeakPoint[] = [];
  for (const [exerciseId, entries] of history) {
    const measure = entries.at(-1)!.measure;
    const same = entries.filter((e) => e.measure === measure);
    if (same.length < STALL_MIN_SESSIONS + 1) continue;
    const better = (a: number, b: number) => (measure === 'best_pace' ? a < b : a > b);
    let bestIndex = 0;
    same.forEach((e, i) => {
      if (better(e.value, same[bestIndex]!.value)) bestIndex = i;
    });
    const best = same[bestIndex]!;
    const sessionsSince = same.length - 1 - bestIndex;
    const days = todayNumber - requireDayNumber(best.day);
    if (sessionsSince < STALL_MIN_SESSIONS || days < STALL_MIN_DAYS) continue;
    const latest = same.at(-1)!.value;
    const regressing = measure === 'best_pace' ? latest > best.value * 1.05 : latest < best.value * 0.95;
    points.push({ exerciseId, measure, best: best.value, bestDay: best.day, latest, sessionsSince, weeksStalled: Math.floor(days / 7), regressing });
  }
  return points.sort((a, b) => b.weeksStalled - a.weeksStalled || b.sessionsSince - a.sessionsSince || a.exerciseId.localeCompare(b.exerciseId)).slice(0, 5);
}

export interface MetricsInput {
  /** Completed sessions (any order); those outside the window are ignored. */
  sessions: readonly InsightSession[];
  /** The athlete's local today. */
  today: string;
  /** Days analysed, ending today (Conseils 90; Progression 28 / 84 / 168). */
  windowDays: number;
  /** Weeks of the weekly series (defaults to the window's). */
  weeks?: number;
  lookup: ExerciseLookup;
}

/** Every metric of the analysis for one window. */
export function computeTrainingMetrics(input: MetricsInput): TrainingMetrics {
  const { today, windowDays, lookup } = input;
  const from = addDays(today, -(windowDays - 1));
  const all = input.sessions.filter((s) => s.day <= today);
  const sessions = all.filter((s) => s.day >= from);
  // Load science reads every session given (CTL needs more than the window), from the first one.
  const loads: DailyLoad[] = all.filter((s) => isPositive(s.load)).map((s) => ({ day: s.day, load: s.load! }));
  const firstDay = all.length ? all.reduce((a, s) => (s.day < a ? s.day : a), today) : today;
  const balance = balanceOf(sessions, lookup);
  const disciplines = disciplinesOf(sessions);
  const rpes = sessions.map((s) => s.rpe).filter((r): r is number => r !== null);
  const lastDay = sessions.length ? sessions.reduce((a, s) => (s.day > a ? s.day : a), sessions[0]!.day) : null;
  return {
    today,
    windowDays,
    sessionsAnalyzed: sessions.length,
    totals: {
      sessions: sessions.length,
      volumeKg: round(sum(sessions.map((s) => s.volumeKg)), 1),
      durationMin: round(sum(sessions.map((s) => s.durationMin ?? 0))),
      distanceKm: round(sum(sessions.map((s) => s.distanceKm)), 2),
      load: round(sum(sessions.map((s) => s.load ?? 0))),
      avgRpe: rpes.length ? round(mean(rpes)!, 1) : null,
    },
    weeks: weekly(sessions, today, input.weeks ?? Math.ceil(windowDays / 7)),
    trends: trendsOf(sessions, today, windowDays),
    disciplines,
    load: {
      acwr: computeAcwr({ loads, today, historyStartDay: all.length ? firstDay : null }),
      monotony: monotonyAndStrain(loads, today),
      fitness: fitnessFatigue(loads, firstDay, today),
    },
    balance,
    imbalances: imbalancesOf(balance, disciplines, sessions.length),
    weakPoints: stalledExercises(sessions, today),
    daysSinceLast: lastDay ? requireDayNumber(today) - requireDayNumber(lastDay) : null,
  };
}
