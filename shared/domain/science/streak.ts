import { dayNumber, requireDayNumber } from './days';

/**
 * Current streak: consecutive local days with at least one session, ending today, or ending
 * yesterday when nothing is logged yet today (the streak is still alive until the day ends).
 * Days are `YYYY-MM-DD`; invalid and future days are ignored; duplicates count once.
 */
export function currentStreak(days: readonly string[], today: string): number {
  const todayNumber = requireDayNumber(today, 'today');
  const active = new Set(days.map(dayNumber).filter((day): day is number => day !== null && day <= todayNumber));
  let cursor = active.has(todayNumber) ? todayNumber : todayNumber - 1;
  let streak = 0;
  while (active.has(cursor)) {
    streak += 1;
    cursor -= 1;
  }
  return streak;
}

/** Entries (one per session) on days from today − (days − 1) through today. */
export function countInLastDays(sessionDays: readonly string[], today: string, days: number): number {
  const todayNumber = requireDayNumber(today, 'today');
  return sessionDays.map(dayNumber).filter((day) => day !== null && day <= todayNumber && day > todayNumber - days).length;
}
