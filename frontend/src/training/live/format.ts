import type { PrescribedSet } from '../../api/types';
import type { useI18n } from '../../i18n/i18n';
import type { Field } from './live-position';

type I18n = Pick<ReturnType<typeof useI18n>, 't' | 'formatNumber'>;

/** 75 → "1:15", 3725 → "1:02:05". */
export function clock(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** "1:30" / "1:02:05" / "90" (seconds) → seconds; null when blank; NaN when unreadable. */
export function parseTime(text: string): number | null {
  const value = text.trim();
  if (value === '') return null;
  if (/^\d+$/.test(value)) return Number(value);
  const match = /^(?:(\d+):)?(\d{1,3}):(\d{1,2})$/.exec(value);
  if (!match) return Number.NaN;
  const [, h, m, s] = match;
  if (Number(s) >= 60 || (h !== undefined && Number(m) >= 60)) return Number.NaN;
  return Number(h ?? 0) * 3600 + Number(m) * 60 + Number(s);
}

/** A decimal typed with a comma or a point; null when blank; NaN when unreadable. */
export function parseDecimal(text: string): number | null {
  const value = text.trim().replace(',', '.');
  if (value === '') return null;
  return /^\d+(?:\.\d+)?$/.test(value) ? Number(value) : Number.NaN;
}

/** A field's value as typed in its input (time as m:ss). */
export const inputText = (field: Field, value: number | null | undefined): string =>
  value == null ? '' : field === 'durationSec' ? clock(value) : String(value);

export function distanceText(metres: number, formatNumber: I18n['formatNumber']): string {
  return metres >= 1000 ? `${formatNumber(metres / 1000)} km` : `${formatNumber(metres)} m`;
}

type Values = Partial<Pick<PrescribedSet, 'reps' | 'loadKg' | 'durationSec' | 'distanceM' | 'calories' | 'targetRpe' | 'targetRir' | 'targetHrZone'>> & { rpe?: number | null };

/** "5 × 100 kg · RPE 8", "2 km · 10:00", "12 reps", "13 cal". */
export function describeValues(set: Values, { t, formatNumber }: I18n): string {
  const parts: string[] = [];
  if (set.reps != null) parts.push(set.loadKg != null ? `${set.reps} × ${formatNumber(set.loadKg)} kg` : t('set.repsN', { n: set.reps }));
  else if (set.loadKg != null) parts.push(`${formatNumber(set.loadKg)} kg`);
  if (set.distanceM != null) parts.push(distanceText(set.distanceM, formatNumber));
  if (set.durationSec != null) parts.push(clock(set.durationSec));
  if (set.calories != null) parts.push(`${set.calories} cal`);
  const rpe = set.rpe ?? set.targetRpe;
  if (rpe != null) parts.push(`RPE ${formatNumber(rpe)}`);
  if (set.targetRir != null) parts.push(`RIR ${set.targetRir}`);
  if (set.targetHrZone != null) parts.push(`Z${set.targetHrZone}`);
  return parts.join(' · ') || '–';
}
