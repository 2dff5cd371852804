import type { LogSetRequest } from '../../api/types';
import type { useI18n } from '../../i18n/i18n';
import { parseDecimal, parseTime } from './format';
import type { Field } from './live-position';

export type SetNumbers = Required<Pick<LogSetRequest, 'reps' | 'loadKg' | 'durationSec' | 'distanceM' | 'rpe'>>;

/** The API's bounds of a logged set (functions/training/schemas.ts logSetBody). */
const BOUNDS: Record<Field, { min: number; max: number; whole: boolean }> = {
  reps: { min: 0, max: 1000, whole: true },
  loadKg: { min: 0, max: 600, whole: false },
  durationSec: { min: 0, max: 86_400, whole: true },
  distanceM: { min: 0, max: 500_000, whole: false },
  rpe: { min: 1, max: 10, whole: false },
};

/** A row's typed values → the numbers to log, or the sentence saying what to fix (in the UI's language). */
export function parseRowValues(values: Partial<Record<Field, string>>, t: ReturnType<typeof useI18n>['t']): SetNumbers | string {
  const out: SetNumbers = { reps: null, loadKg: null, durationSec: null, distanceM: null, rpe: null };
  for (const field of Object.keys(BOUNDS) as Field[]) {
    const text = values[field] ?? '';
    const value = field === 'durationSec' ? parseTime(text) : parseDecimal(text);
    if (value === null) continue;
    if (field === 'durationSec' && Number.isNaN(value)) return t('live.invalid.time');
    const { min, max, whole } = BOUNDS[field];
    const label = t(`live.field.${field}`);
    if (Number.isNaN(value) || value < min || value > max || (whole && !Number.isInteger(value))) return t(whole ? 'live.invalid.whole' : 'live.invalid.range', { field: label, min, max });
    out[field] = value;
  }
  return out;
}

/** Nothing that says what was done (RPE alone does not). */
export const isEmptySet = (set: SetNumbers) => set.reps === null && set.loadKg === null && set.durationSec === null && set.distanceM === null;
