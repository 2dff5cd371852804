/**
 * The Training charts' series, computed from History's list items of completed sessions (pure;
 * tested in test/unit/frontend/forge-charts.test.ts): weekly volume and session-RPE load with a
 * weekly ACWR, and the estimated 1RM of each exercise per session (computed by the API).
 */
import type { SessionListItem } from '../../api/types';

type Completed = Pick<SessionListItem, 'id' | 'localDay' | 'status' | 'metrics' | 'bestSets' | 'completedAt'>;

const DAY_MS = 86_400_000;
const dayNumber = (day: string) => Math.floor(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
const dayOf = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);
const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

/** Monday of the week of a calendar day (ISO weeks). */
export function weekStart(day: string): string {
  const n = dayNumber(day);
  const weekday = (new Date(n * DAY_MS).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return dayOf(n - weekday);
}

export interface WeekPoint {
  /** Monday of the week. */
  week: string;
  volumeKg: number;
  /** Σ Foster session-RPE load (AU) of the week. */
  load: number;
  sessions: number;
  /** This week's load against the mean of the up to 4 weeks before it; null before 2 earlier weeks of history. */
  acwr: number | null;
}

/** Weeks of history an ACWR needs before the week it is computed for. */
export const ACWR_MIN_PRIOR_WEEKS = 2;
const CHRONIC_WEEKS = 4;

/**
 * `weeks` calendar weeks ending with the week of `today`: volume, load and session count of the
 * completed sessions, and a weekly ACWR (load / mean load of the up to 4 previous weeks, counted
 * from the athlete's first week in the data so a new athlete is not diluted by weeks before they
 * started; null with fewer than 2 such weeks, or a zero baseline).
 */
export function weeklySeries(sessions: readonly Completed[], today: string, weeks: number): WeekPoint[] {
  const lastWeek = dayNumber(weekStart(today));
  const all = new Map<number, { volumeKg: number; load: number; sessions: number }>();
  let firstWeek: number | null = null;
  for (const session of sessions) {
    if (session.status !== 'completed') continue;
    const week = dayNumber(weekStart(session.localDay));
    if (week > lastWeek) continue;
    firstWeek = firstWeek === null ? week : Math.min(firstWeek, week);
    const entry = all.get(week) ?? { volumeKg: 0, load: 0, sessions: 0 };
    entry.volumeKg += session.metrics?.volumeKg ?? 0;
    entry.load += session.metrics?.sessionLoad ?? 0;
    entry.sessions += 1;
    all.set(week, entry);
  }
  const loadOf = (week: number) => all.get(week)?.load ?? 0;
  return Array.from({ length: weeks }, (_, i) => {
    const week = lastWeek - (weeks - 1 - i) * 7;
    const entry = all.get(week) ?? { volumeKg: 0, load: 0, sessions: 0 };
    const prior = Array.from({ length: CHRONIC_WEEKS }, (_, k) => week - (k + 1) * 7).filter((w) => firstWeek !== null && w >= firstWeek);
    const chronic = prior.length ? prior.reduce((sum, w) => sum + loadOf(w), 0) / prior.length : 0;
    const acwr = prior.length >= ACWR_MIN_PRIOR_WEEKS && chronic > 0 ? round(entry.load / chronic, 2) : null;
    return { week: dayOf(week), volumeKg: round(entry.volumeKg, 1), load: round(entry.load, 1), sessions: entry.sessions, acwr };
  });
}

export interface OneRepMaxPoint {
  sessionId: string;
  day: string;
  value: number;
  reps: number;
  loadKg: number;
}

/** Per exercise, the best estimated 1RM of each completed session (the API's `bestSets`), oldest first. */
export function oneRepMaxHistory(sessions: readonly Completed[]): Map<string, OneRepMaxPoint[]> {
  const byExercise = new Map<string, OneRepMaxPoint[]>();
  const ordered = sessions.filter((s) => s.status === 'completed').sort((a, b) => (a.localDay === b.localDay ? (a.completedAt ?? '').localeCompare(b.completedAt ?? '') : a.localDay.localeCompare(b.localDay)));
  for (const session of ordered) {
    for (const best of session.bestSets) {
      if (best.e1rmKg === null || best.reps === null || best.loadKg === null) continue;
      const point = { sessionId: session.id, day: session.localDay, value: best.e1rmKg, reps: best.reps, loadKg: best.loadKg };
      byExercise.set(best.exerciseId, [...(byExercise.get(best.exerciseId) ?? []), point]);
    }
  }
  return byExercise;
}
