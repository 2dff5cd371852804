import type { useI18n } from '../i18n/i18n';
import { isManualType } from './forge-format';
import type { ActivitySource } from './types';

type I18n = ReturnType<typeof useI18n>;

/** "Training", "Manual", "Wearable" in the UI's language. */
export const sourceLabel = (t: I18n['t'], source: ActivitySource) => t(`forge.source.${source}`);

/** An activity type in words: the manual types and disciplines are translated, anything else shown as written. */
export function typeLabel({ t, m }: Pick<I18n, 't' | 'm'>, type: string): string {
  // A synced session's type is its discipline: the same words as in Training.
  if (type in m.discipline) return m.discipline[type as keyof typeof m.discipline];
  if (isManualType(type)) return t(`forge.type.${type}`);
  return type;
}

/** 45 → "45 min", 90 → "1 h 30 min". */
export function durationText({ t, formatNumber }: Pick<I18n, 't' | 'formatNumber'>, minutes: number): string {
  if (minutes < 60) return t('forge.unit.min', { min: formatNumber(minutes) });
  const hours = Math.floor(minutes / 60);
  const rest = Math.round(minutes - hours * 60);
  return rest === 0 ? t('forge.unit.h', { h: hours }) : t('forge.unit.hmin', { h: hours, min: rest });
}

/** "3 Mar" for a day on a chart axis (calendar day, UTC so no zone shifts it). */
export const shortDay = (locale: string, day: string) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
/** "Mar 2026" for a month bucket. */
export const monthLabel = (locale: string, day: string) => new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
/** "18:05" (this browser's zone) for an activity's start. */
export const timeOf = (locale: string, iso: string) => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));

/** One/other plural forms: `${base}.one` or `${base}.other` by the locale's rules. */
export function plural(i18n: Pick<I18n, 't' | 'locale'>, base: 'forge.day.synced' | 'forge.count.activities' | 'forge.count.days', count: number, vars: Record<string, string | number> = {}): string {
  const form = new Intl.PluralRules(i18n.locale).select(count) === 'one' ? 'one' : 'other';
  return i18n.t(`${base}.${form}`, { count, ...vars });
}
