import { round, sum } from './math';
import { dayNumber, requireDayNumber } from './days';
import type { LocalizedText } from './types';

export type AcwrFlag = 'low' | 'optimal' | 'high' | 'very_high' | 'insufficient_data';

export interface DailyLoad {
  /** Local calendar day `YYYY-MM-DD`; several entries on one day add up. */
  day: string;
  /** Session load in AU (e.g. Foster session-RPE). */
  load: number;
}

export interface AcwrInput {
  loads: readonly DailyLoad[];
  /** The athlete's local today; the acute window ends with it. */
  today: string;
  /** First day of the athlete's training history, when known (e.g. first session ever). */
  historyStartDay?: string | null;
}

export interface AcwrResult {
  /** Acute / chronic, two decimals; null when the chronic load is 0 or data is insufficient. */
  ratio: number | null;
  /** Σ load over the 7 days ending today. */
  acuteLoad: number;
  /** Average weekly load over the 28 days before the acute week (Σ / 4 when fully covered). */
  chronicWeeklyLoad: number;
  historyDays: number;
  flag: AcwrFlag;
  message: LocalizedText;
}

export const ACUTE_DAYS = 7;
export const CHRONIC_DAYS = 28;
export const MIN_HISTORY_DAYS = 14;

export const ACWR_MESSAGES: Readonly<Record<AcwrFlag, LocalizedText>> = {
  low: {
    en: 'This week is lighter than usual: fine for recovery, but fitness fades if it lasts.',
    fr: 'Semaine plus légère que d’habitude : bien pour récupérer, mais la forme baisse si cela dure.',
  },
  optimal: {
    en: 'Your load this week matches what your body is used to: a good zone to progress safely.',
    fr: 'Votre charge de la semaine correspond à ce dont votre corps a l’habitude : bonne zone pour progresser sans risque.',
  },
  high: {
    en: 'This week is clearly harder than usual: keep an eye on fatigue and plan easier days.',
    fr: 'Cette semaine est nettement plus dure que d’habitude : surveillez la fatigue et prévoyez des jours plus légers.',
  },
  very_high: {
    en: 'Load spike: far more than you are used to, which raises injury risk. Ease off for a few days.',
    fr: 'Pic de charge : bien plus que d’habitude, ce qui augmente le risque de blessure. Levez le pied quelques jours.',
  },
  insufficient_data: {
    en: 'Not enough recent training data (at least two weeks) to compare this week with your usual load.',
    fr: 'Pas assez de données d’entraînement récentes (au moins deux semaines) pour comparer cette semaine à votre charge habituelle.',
  },
};

export function acwrFlag(ratio: number): Exclude<AcwrFlag, 'insufficient_data'> {
  if (ratio < 0.8) return 'low';
  if (ratio <= 1.3) return 'optimal';
  return ratio <= 1.5 ? 'high' : 'very_high';
}

/**
 * Acute:chronic workload ratio, rolling-average and uncoupled (Windt & Gabbett 2018; Lolli et
 * al. 2019): acute = Σ load of the 7 days ending today; chronic = average weekly load of the 28
 * days before the acute week (Σ / 4), so the acute week is not part of its own baseline.
 * While history is shorter than 5 weeks, the chronic average is taken over the covered days only
 * (Σ / (covered days / 7)) instead of diluting it with days before the athlete started.
 * Under 14 days of history → 'insufficient_data'. Chronic 0 with acute > 0 → 'very_high'.
 * Flags: < 0.8 low, 0.8–1.3 optimal, > 1.3–1.5 high, > 1.5 very_high.
 */
export function computeAcwr(input: AcwrInput): AcwrResult {
  const today = requireDayNumber(input.today, 'today');
  const entries = input.loads
    .map((entry) => ({ day: dayNumber(entry.day), load: Number.isFinite(entry.load) && entry.load > 0 ? entry.load : 0 }))
    .filter((entry): entry is { day: number; load: number } => entry.day !== null && entry.day <= today);
  const explicitStart = input.historyStartDay ? dayNumber(input.historyStartDay) : null;
  const start = explicitStart ?? (entries.length > 0 ? Math.min(...entries.map((entry) => entry.day)) : null);
  const historyDays = start === null ? 0 : Math.max(0, today - start + 1);

  const loadBetween = (from: number, to: number) => sum(entries.filter((e) => e.day >= from && e.day <= to).map((e) => e.load));
  const acuteLoad = round(loadBetween(today - ACUTE_DAYS + 1, today), 1);
  const chronicTo = today - ACUTE_DAYS;
  const chronicFrom = Math.max(chronicTo - CHRONIC_DAYS + 1, start ?? chronicTo + 1);
  const coveredDays = Math.max(0, chronicTo - chronicFrom + 1);
  const chronicWeeklyLoad = coveredDays > 0 ? round(loadBetween(chronicFrom, chronicTo) / (coveredDays / 7), 1) : 0;

  const result = (ratio: number | null, flag: AcwrFlag): AcwrResult =>
    ({ ratio, acuteLoad, chronicWeeklyLoad, historyDays, flag, message: ACWR_MESSAGES[flag] });
  if (historyDays < MIN_HISTORY_DAYS) return result(null, 'insufficient_data');
  if (chronicWeeklyLoad === 0) return result(null, acuteLoad > 0 ? 'very_high' : 'insufficient_data');
  const ratio = round(acuteLoad / chronicWeeklyLoad, 2);
  return result(ratio, acwrFlag(ratio));
}
