import { dayNumber, requireDayNumber } from './days';
import { round, sum } from './math';
import type { DailyLoad } from './acwr';

export interface MonotonyStrain {
  /** Σ load of the 7 days ending today (AU). */
  weeklyLoad: number;
  /** Mean daily load / its standard deviation over those 7 days (rest days count as 0); null when the SD is 0. */
  monotony: number | null;
  /** weeklyLoad × monotony (AU); null with monotony. */
  strain: number | null;
}

/**
 * Training monotony and strain (Foster 1998, Med Sci Sports Exerc 30:1164–1168) over the 7 days
 * ending `today`: monotony = mean / SD of the daily loads (population SD, rest days as 0), strain =
 * weekly load × monotony. Monotony above ~2 with a high strain is the pattern Foster linked to
 * illness and overreaching.
 */
export function monotonyAndStrain(loads: readonly DailyLoad[], today: string): MonotonyStrain {
  const end = requireDayNumber(today, 'today');
  const daily = Array.from({ length: 7 }, () => 0);
  for (const entry of loads) {
    const day = dayNumber(entry.day);
    if (day === null || day > end || day <= end - 7 || !Number.isFinite(entry.load) || entry.load <= 0) continue;
    daily[6 - (end - day)]! += entry.load;
  }
  const weeklyLoad = sum(daily);
  const mean = weeklyLoad / 7;
  const sd = Math.sqrt(sum(daily.map((load) => (load - mean) ** 2)) / 7);
  if (weeklyLoad === 0 || sd === 0) return { weeklyLoad: round(weeklyLoad, 1), monotony: null, strain: null };
  const monotony = round(mean / sd, 2);
  return { weeklyLoad: round(weeklyLoad, 1), monotony, strain: round(weeklyLoad * monotony) };
}
