/** Pure helpers of the session heart-rate panel (unit-tested without React). */

export interface HrSeries {
  startAt: string;
  stepSec: number;
  bpm: Array<number | null>;
}

/**
 * The stored series as one value per minute (the mean of the minute's readings, null for a
 * minute without any), so the chart and its table stay readable for a 2-hour session.
 */
export function perMinute(series: HrSeries): { minutes: number[]; bpm: Array<number | null> } {
  const count = Math.ceil((series.bpm.length * series.stepSec) / 60);
  const sums = new Array<number>(count).fill(0);
  const counts = new Array<number>(count).fill(0);
  series.bpm.forEach((value, index) => {
    if (value === null) return;
    const minute = Math.floor((index * series.stepSec) / 60);
    sums[minute]! += value;
    counts[minute]! += 1;
  });
  return { minutes: sums.map((_, minute) => minute), bpm: sums.map((sum, minute) => (counts[minute]! > 0 ? Math.round(sum / counts[minute]!) : null)) };
}

export const ZONES = ['z1', 'z2', 'z3', 'z4', 'z5'] as const;

/** Seconds per zone → whole minutes (one decimal), and the zone with the most time. */
export function zoneMinutes(seconds: Record<(typeof ZONES)[number], number>): { minutes: number[]; top: number; total: number } {
  const minutes = ZONES.map((zone) => Math.round((seconds[zone] / 60) * 10) / 10);
  const top = minutes.reduce((best, value, index) => (value > minutes[best]! ? index : best), 0);
  return { minutes, top, total: Math.round(minutes.reduce((a, b) => a + b, 0) * 10) / 10 };
}
