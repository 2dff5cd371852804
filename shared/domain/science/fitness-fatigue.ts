import { dayNumber, requireDayNumber } from './days';
import { round } from './math';
import type { DailyLoad } from './acwr';

/** Time constants of the impulse-response model as used by TrainingPeaks' Performance Manager. */
export const FITNESS_DAYS = 42;
export const FATIGUE_DAYS = 7;

export interface FitnessFatigue {
  /** Chronic training load (fitness): exponentially weighted daily load, time constant 42 days. */
  ctl: number;
  /** Acute training load (fatigue): same, time constant 7 days. */
  atl: number;
  /** Training stress balance (form) = yesterday's CTL − yesterday's ATL (Coggan): what today starts with. */
  tsb: number;
  /** Days the averages were built over (from the first day given to today). */
  days: number;
}

/**
 * Fitness / fatigue / form (Banister's impulse-response model in Coggan's CTL/ATL/TSB form):
 * each day x_t = x_{t−1} + (load_t − x_{t−1}) × (1 − e^(−1/τ)), starting from 0 on `fromDay`
 * (days without sessions count as 0 load). τ = 42 d for CTL, 7 d for ATL. Loads are any
 * consistent unit (here Foster session-RPE AU). Future and invalid days are ignored.
 */
export function fitnessFatigue(loads: readonly DailyLoad[], fromDay: string, today: string): FitnessFatigue {
  const start = requireDayNumber(fromDay, 'fromDay');
  const end = requireDayNumber(today, 'today');
  const byDay = new Map<number, number>();
  for (const entry of loads) {
    const day = dayNumber(entry.day);
    if (day === null || day < start || day > end || !Number.isFinite(entry.load) || entry.load <= 0) continue;
    byDay.set(day, (byDay.get(day) ?? 0) + entry.load);
  }
  const kCtl = 1 - Math.exp(-1 / FITNESS_DAYS);
  const kAtl = 1 - Math.exp(-1 / FATIGUE_DAYS);
  let ctl = 0;
  let atl = 0;
  let previous = { ctl: 0, atl: 0 };
  for (let day = start; day <= end; day++) {
    previous = { ctl, atl };
    const load = byDay.get(day) ?? 0;
    ctl += (load - ctl) * kCtl;
    atl += (load - atl) * kAtl;
  }
  return { ctl: round(ctl, 1), atl: round(atl, 1), tsb: round(previous.ctl - previous.atl, 1), days: Math.max(0, end - start + 1) };
}
