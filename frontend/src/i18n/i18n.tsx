import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en, type Messages } from './en';
import { fr } from './fr';

export type Locale = 'en' | 'fr';
export type TextKey = keyof Messages['text'];

const dictionaries: Record<Locale, Messages> = { en, fr };
const STORAGE_KEY = 'twinforge.locale';

/** The last language used on this device, else the browser's (French for any fr-*), else English. */
export function initialLocale(): Locale {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored === 'en' || stored === 'fr') return stored;
  return navigator.languages.some((language) => language.toLowerCase().startsWith('fr')) ? 'fr' : 'en';
}

interface I18n {
  locale: Locale;
  setLocale(locale: Locale): void;
  /** The text for `key` with `{name}` placeholders filled in. */
  t(key: TextKey, vars?: Record<string, string | number>): string;
  /** Labels of enum values (coaches, disciplines, statuses…). */
  m: Messages;
  formatDay(day: string): string;
  formatNumber(value: number): string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState(initialLocale);
  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLocaleState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    const m = dictionaries[locale];
    const days = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    return {
      locale,
      setLocale,
      m,
      t: (key, vars = {}) => m.text[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole)),
      // A local day (YYYY-MM-DD) is a calendar date: format it in UTC so no time zone shifts it.
      formatDay: (day) => days.format(new Date(`${day}T00:00:00Z`)),
      formatNumber: (n) => numbers.format(n),
    };
  }, [locale, setLocale]);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside <I18nProvider>');
  return i18n;
}
