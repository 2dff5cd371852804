import { useId, useMemo, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { SelectField, type SelectOption } from './Field';

/** The browser's IANA zone (e.g. Europe/Paris), or undefined when it does not say. */
export function deviceTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}

let zones: string[] | undefined;
/** Every IANA zone the browser knows (plus UTC), computed once. */
function allZones(): string[] {
  zones ??= [...new Set([...(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []), 'UTC'])].sort();
  return zones;
}

const offsets = new Map<string, string>();
/** "UTC+09:00" for Asia/Tokyo now (daylight saving included); "UTC" for a zero offset. */
function offsetOf(zone: string): string {
  let offset = offsets.get(zone);
  if (offset === undefined) {
    try {
      const name = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(new Date()).find((part) => part.type === 'timeZoneName')?.value ?? '';
      offset = name.replace(/^GMT/, 'UTC');
    } catch {
      offset = '';
    }
    offsets.set(zone, offset);
  }
  return offset;
}

const readable = (zone: string) => zone.replaceAll('_', ' ');
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[\s_/-]+/g, ' ')
    .trim();

/**
 * Time-zone picker: a search box narrowing a select of every zone the browser knows, with
 * this device's zone suggested first and the current one always present; each zone shows its
 * current UTC offset. The select is the field (its `error` is shown and announced there).
 */
export function TimeZoneField({ label, value, onChange, error }: { label: string; value: string; onChange: (zone: string) => void; error?: string | undefined }) {
  const { t } = useI18n();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const device = deviceTimeZone();
  const option = (zone: string, note?: string): SelectOption => {
    const offset = offsetOf(zone);
    return { value: zone, label: `${readable(zone)}${offset ? ` — ${offset}` : ''}${note ? ` (${note})` : ''}` };
  };
  const matching = useMemo(() => {
    const folded = fold(query);
    return folded ? allZones().filter((zone) => fold(zone).includes(folded)) : allZones();
  }, [query]);
  const suggested: SelectOption[] = [];
  if (value) suggested.push(option(value, value === device ? t('profile.timeZone.device') : t('profile.timeZone.current')));
  if (device && device !== value) suggested.push(option(device, t('profile.timeZone.device')));
  const shown = new Set(suggested.map((entry) => entry.value));
  return (
    <div className="timezone-field">
      <div className="field">
        <label htmlFor={searchId}>{t('profile.timeZone.search')}</label>
        <input
          id={searchId}
          type="search"
          autoComplete="off"
          value={query}
          aria-describedby={`${searchId}-hint ${searchId}-count`}
          onChange={(event) => {
            setQuery(event.target.value);
            const folded = fold(event.target.value);
            const first = folded ? allZones().find((zone) => fold(zone).includes(folded)) : undefined;
            // One match: pick it, so typing a city is enough.
            if (first && allZones().filter((zone) => fold(zone).includes(folded)).length === 1) onChange(first);
          }}
        />
        <small id={`${searchId}-hint`}>{t('profile.timeZone.searchHint')}</small>
        <small id={`${searchId}-count`} role="status">
          {!query.trim()
            ? ''
            : matching.length === 1
              ? t('profile.timeZone.match')
              : matching.length
                ? t('profile.timeZone.matches', { count: matching.length })
                : t('profile.timeZone.none', { query: query.trim() })}
        </small>
      </div>
      <SelectField
        label={label}
        value={value}
        error={error}
        onChange={(event) => onChange(event.target.value)}
        options={[]}
        groups={[
          { label: t('profile.timeZone.suggested'), options: suggested },
          { label: t('profile.timeZone.all'), options: matching.filter((zone) => !shown.has(zone)).map((zone) => option(zone)) },
        ]}
      />
    </div>
  );
}
