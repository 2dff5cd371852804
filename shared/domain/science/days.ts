/**
 * Local calendar days as `YYYY-MM-DD` strings. The caller converts instants to the athlete's
 * local day (profile time zone); here days are plain calendar dates, counted through UTC so that
 * daylight-saving changes never shift them.
 */

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a valid `YYYY-MM-DD`, else null (rejects 2024-02-30). */
export function dayNumber(day: string): number | null {
  const match = DAY_PATTERN.exec(day);
  if (!match) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, date);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== date) return null;
  return ms / MS_PER_DAY;
}

export function isLocalDay(day: string): boolean {
  return dayNumber(day) !== null;
}

/** Like dayNumber but throws: for inputs the caller must already have validated (e.g. `today`). */
export function requireDayNumber(day: string, name = 'day'): number {
  const value = dayNumber(day);
  if (value === null) throw new RangeError(`${name} must be a calendar day YYYY-MM-DD, got "${day}"`);
  return value;
}

/** The `YYYY-MM-DD` of a day number. */
export function dayFromNumber(value: number): string {
  return new Date(value * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(day: string, delta: number): string {
  return dayFromNumber(requireDayNumber(day) + delta);
}
