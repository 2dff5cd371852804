import type { GoalUnit } from '../../api/types';
import type { useI18n } from '../../i18n/i18n';

type I18n = Pick<ReturnType<typeof useI18n>, 'm' | 'formatNumber'>;

/** "5:12" for 312 seconds. */
export const minutesSeconds = (totalSec: number) => {
  const rounded = Math.round(totalSec);
  return `${Math.floor(rounded / 60)}:${String(rounded % 60).padStart(2, '0')}`;
};

/** A goal value with its unit: "140 kg", "12 reps", "5:12 /km", "80 %". */
export function formatGoalValue(value: number, unit: GoalUnit, { m, formatNumber }: I18n): string {
  if (unit === 'sec_per_km') return `${minutesSeconds(value)} ${m.goalUnitSuffix.sec_per_km}`;
  const suffix = m.goalUnitSuffix[unit];
  return suffix ? `${formatNumber(value)} ${suffix}` : formatNumber(value);
}
