import type { Exercise } from '../../catalog';

export type Locale = 'en' | 'fr';

export const tr = (locale: Locale, en: string, fr: string): string => (locale === 'fr' ? fr : en);

export const exerciseName = (exercise: Exercise, locale: Locale): string => exercise.name[locale];

/** 245 → "4:05". */
export function clock(totalSec: number): string {
  const sec = Math.max(0, Math.round(totalSec));
  const h = Math.floor(sec / 3600);
  const m = Math.floor((sec % 3600) / 60);
  const s = sec % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}

export function list(locale: Locale, items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  const last = items[items.length - 1];
  return `${items.slice(0, -1).join(', ')} ${tr(locale, 'and', 'et')} ${last}`;
}

export const kg = (value: number): string => `${Number.isInteger(value) ? value : value.toFixed(1)} kg`;

/** 7.5 → "7.5" in English, "7,5" in French. */
export const num = (locale: Locale, value: number): string => {
  const text = Number.isInteger(value) ? String(value) : value.toFixed(1);
  return locale === 'fr' ? text.replace('.', ',') : text;
};

/** "Title: rest" with French spacing before the colon. */
export const colon = (locale: Locale, head: string, rest: string): string => `${head}${locale === 'fr' ? ' : ' : ': '}${rest}`;
