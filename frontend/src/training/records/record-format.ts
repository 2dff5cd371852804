import type { PersonalRecord } from '../../api/types';
import type { useI18n } from '../../i18n/i18n';
import { minutesSeconds } from '../goals/goal-format';

type I18n = Pick<ReturnType<typeof useI18n>, 't' | 'formatNumber'>;
type Recorded = Pick<PersonalRecord, 'kind' | 'value' | 'unit' | 'formula' | 'reps' | 'loadKg' | 'distanceM' | 'durationSec'>;

/** "1:05:00" for an hour and five minutes, "4:30" under an hour. */
export const clockTime = (totalSec: number) => {
  const rounded = Math.round(totalSec);
  return rounded >= 3600 ? `${Math.floor(rounded / 3600)}:${minutesSeconds(rounded % 3600).padStart(5, '0')}` : minutesSeconds(rounded);
};

/** A record's value in its unit: "112.5 kg", "5.2 km", "400 m", "4:55 /km", "25:00" (duration), "45 s". */
export function formatRecordValue(record: Pick<Recorded, 'value' | 'unit'>, { formatNumber }: Pick<I18n, 'formatNumber'>): string {
  switch (record.unit) {
    case 'kg':
      return `${formatNumber(record.value)} kg`;
    case 'm':
      return record.value >= 1000 ? `${formatNumber(record.value / 1000)} km` : `${formatNumber(record.value)} m`;
    case 'sec_per_km':
      return `${minutesSeconds(record.value)} /km`;
    case 'sec':
      return record.value >= 60 ? clockTime(record.value) : `${formatNumber(record.value)} s`;
  }
}

/** How the value came about: the 1RM formula and the set it was estimated from, or the effort behind a pace. */
export function describeRecord(record: Recorded, { t, formatNumber }: I18n): string {
  const set = record.reps != null && record.loadKg != null ? `${record.reps} × ${formatNumber(record.loadKg)} kg` : null;
  if (record.kind === 'estimated_1rm') {
    if (record.formula === 'actual') return t('records.formula.actual', { set: set ?? '' });
    if (record.formula === 'brzycki' || record.formula === 'epley') return t(`records.formula.${record.formula}`, { set: set ?? '' });
    return '';
  }
  if (record.kind === 'best_pace' && record.distanceM != null && record.durationSec != null) {
    return t('records.paceFrom', { distance: formatRecordValue({ value: record.distanceM, unit: 'm' }, { formatNumber }), time: clockTime(record.durationSec) });
  }
  if (record.kind === 'best_volume') return t('records.volumeExplain');
  return '';
}
