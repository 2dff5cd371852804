import { Link, navigate, useLocation } from '../app/router';
import { useI18n } from '../i18n/i18n';
import { ErrorAlert } from '../ui/Alert';
import { SelectField, TextField } from '../ui/Field';
import { usePageTitle } from '../ui/usePageTitle';
import { ActivityItem } from './ActivityItem';
import { addDays, daysBetween, SOURCES } from './forge-format';
import { plural, sourceLabel } from './labels';
import { useForgeHistory, type ForgeHistoryFilters } from './useForge';
import type { Activity } from './types';
import './forge.css';

/** The API's longest range (functions/forge/schemas.ts MAX_HISTORY_DAYS). */
const MAX_RANGE_DAYS = 366;
const isDay = (value: string | null): value is string => !!value && /^\d{4}-\d{2}-\d{2}$/.test(value);
const localToday = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

/** Forge › History: activities of every source, newest first, filtered by source and dates, 20 at a time. */
export function HistoryPage() {
  const i18n = useI18n();
  const { t, formatDay } = i18n;
  const { search } = useLocation();
  usePageTitle(t('forge.history.title'));
  const to = isDay(search.get('to')) ? search.get('to')! : localToday();
  const from = isDay(search.get('from')) ? search.get('from')! : addDays(to, -29);
  const rawSource = search.get('source') ?? '';
  const source = (SOURCES as readonly string[]).includes(rawSource) ? (rawSource as ForgeHistoryFilters['source']) : '';
  const rangeError = from > to ? t('forge.history.error.reversed') : daysBetween(from, to).length > MAX_RANGE_DAYS ? t('forge.history.error.tooLong', { max: MAX_RANGE_DAYS }) : undefined;
  const history = useForgeHistory({ from, to, source }, !rangeError);
  const activities = history.data?.pages.flatMap((page) => page.items) ?? [];

  const filter = (changes: Record<string, string>) => {
    const next = new URLSearchParams({ from, to, source, ...changes });
    for (const [key, value] of [...next]) if (!value) next.delete(key);
    navigate(`/forge/history?${next}`, { replace: true });
  };

  const byDay: Array<{ day: string; items: Activity[] }> = [];
  for (const activity of activities) {
    const last = byDay[byDay.length - 1];
    if (last && last.day === activity.localDay) last.items.push(activity);
    else byDay.push({ day: activity.localDay, items: [activity] });
  }

  return (
    <section aria-labelledby="forge-history-title" className="forge">
      <h1 id="forge-history-title">{t('forge.history.title')}</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t('forge.history.filters')}>
        <SelectField
          label={t('forge.history.source')}
          value={source}
          onChange={(e) => filter({ source: e.target.value })}
          options={[{ value: '', label: t('forge.history.allSources') }, ...SOURCES.map((s) => ({ value: s, label: sourceLabel(t, s) }))]}
        />
        <TextField label={t('forge.history.from')} type="date" value={from} max={to} onChange={(e) => isDay(e.target.value) && filter({ from: e.target.value })} error={rangeError} />
        <TextField label={t('forge.history.to')} type="date" value={to} onChange={(e) => isDay(e.target.value) && filter({ to: e.target.value })} />
      </form>
      {!rangeError && history.isPending && <p aria-busy="true">{t('common.loading')}</p>}
      {history.isError && !history.isFetchNextPageError && <ErrorAlert error={history.error} />}
      {history.isSuccess && activities.length === 0 && <p className="empty">{t('forge.history.empty')}</p>}
      {byDay.map(({ day, items }) => (
        <section key={day} className="forge-history-day" aria-labelledby={`forge-history-${day}`}>
          <div className="page-head">
            <h2 id={`forge-history-${day}`}>{formatDay(day)}</h2>
            <Link to={`/forge/day?date=${day}`} aria-label={t('forge.history.openDayNamed', { day: formatDay(day) })}>
              {t('forge.history.openDay')}
            </Link>
          </div>
          <ul className="forge-activities">
            {items.map((activity) => (
              <li key={activity.id}>
                <ActivityItem activity={activity} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      {activities.length > 0 && <p className="muted small" role="status">{plural(i18n, 'forge.count.activities', activities.length)}{!history.hasNextPage && ` · ${t('forge.history.end')}`}</p>}
      {history.hasNextPage && (
        <button type="button" onClick={() => void history.fetchNextPage()} disabled={history.isFetchingNextPage}>
          {history.isFetchingNextPage ? t('common.loading') : t('forge.history.more')}
        </button>
      )}
      {history.isFetchNextPageError && <ErrorAlert error={history.error} />}
    </section>
  );
}
