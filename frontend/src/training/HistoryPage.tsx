import { useEffect, useRef } from 'react';
import type { Coach, Discipline, HistoryPeriod, SessionListItem } from '../api/types';
import { useCapabilities } from '../api/capabilities';
import { Link, navigate, useLocation } from '../app/router';
import { useI18n } from '../i18n/i18n';
import { ErrorAlert } from '../ui/Alert';
import { SelectField } from '../ui/Field';
import { usePageTitle } from '../ui/usePageTitle';
import { useSessionHistory } from './useSessions';

const periods: HistoryPeriod[] = ['week', 'month', 'quarter', 'year'];

/** Training › History: the athlete's sessions, filtered by period and coach, 20 at a time. */
export function HistoryPage() {
  const { t, m } = useI18n();
  usePageTitle(t('history.title'));
  const { can } = useCapabilities();
  const { search } = useLocation();
  const period = (periods as string[]).includes(search.get('period') ?? '') ? (search.get('period') as HistoryPeriod) : 'month';
  const rawType = search.get('type') ?? '';
  const type = rawType in m.coach ? (rawType as Coach) : '';
  const rawDiscipline = search.get('discipline') ?? '';
  const discipline = rawDiscipline in m.discipline ? (rawDiscipline as Discipline) : '';
  const history = useSessionHistory({ period, type, discipline });
  const sessions = history.data?.pages.flatMap((page) => page.items) ?? [];
  // After "Load more", focus moves to the first session it added (the button may be gone).
  const list = useRef<HTMLUListElement>(null);
  const firstAdded = useRef<number | null>(null);
  useEffect(() => {
    if (firstAdded.current === null || sessions.length <= firstAdded.current) return;
    list.current?.querySelectorAll<HTMLElement>(':scope > li > a')[firstAdded.current]?.focus();
    firstAdded.current = null;
  }, [sessions.length]);
  const loadMore = () => {
    firstAdded.current = sessions.length;
    void history.fetchNextPage();
  };

  const filter = (changes: Record<string, string>) => {
    const next = new URLSearchParams({ period, type, discipline, ...changes });
    for (const [key, value] of [...next]) if (!value) next.delete(key);
    navigate(`/training/history?${next}`, { replace: true });
  };

  return (
    <section aria-labelledby="history-title">
      <div className="page-head">
        <h1 id="history-title">{t('history.title')}</h1>
        {can('POST /training/sessions') && (
          <div className="actions">
            <Link className="button primary" to="/training/prepare">
              {t('session.new')}
            </Link>
            <Link to="/training/new">{t('prepare.writeOwn')}</Link>
          </div>
        )}
        {can('POST /training/imports') && <Link to="/training/import">{t('imports.link')}</Link>}
      </div>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t('history.filters')}>
        <SelectField label={t('history.period')} value={period} onChange={(e) => filter({ period: e.target.value })} options={periods.map((p) => ({ value: p, label: m.period[p] }))} />
        <SelectField
          label={t('history.coach')}
          value={type}
          onChange={(e) => filter({ type: e.target.value })}
          options={[{ value: '', label: t('history.allCoaches') }, ...Object.entries(m.coach).map(([value, label]) => ({ value, label }))]}
        />
        <SelectField
          label={t('history.discipline')}
          value={discipline}
          onChange={(e) => filter({ discipline: e.target.value })}
          options={[{ value: '', label: t('history.allDisciplines') }, ...Object.entries(m.discipline).map(([value, label]) => ({ value, label }))]}
        />
      </form>
      {history.isPending && <p aria-busy="true">{t('common.loading')}</p>}
      {history.isError && <ErrorAlert error={history.error} />}
      {history.isSuccess && sessions.length === 0 && <p className="empty">{t('history.empty')}</p>}
      <ul className="session-list" ref={list}>
        {sessions.map((session) => (
          <SessionRow key={session.id} session={session} />
        ))}
      </ul>
      {history.hasNextPage && (
        <button type="button" onClick={loadMore} disabled={history.isFetchingNextPage}>
          {history.isFetchingNextPage ? t('common.loading') : t('history.more')}
        </button>
      )}
      {history.isFetchNextPageError && <ErrorAlert error={history.error} />}
    </section>
  );
}

function SessionRow({ session }: { session: SessionListItem }) {
  const { t, m, formatDay, formatNumber } = useI18n();
  const metrics = session.metrics;
  return (
    <li>
      <Link to={`/training/sessions/${encodeURIComponent(session.id)}`} className="session-row">
        <span className="session-row-title">{session.title}</span>
        <span className={`badge badge-${session.status}`}>{m.status[session.status]}</span>
        <span className="muted">
          {formatDay(session.localDay)} · {t('session.coachName', { name: m.coach[session.coach] })} · {m.discipline[session.discipline]}
        </span>
        <span className="muted">
          {t('history.sets', { count: session.setCount })}
          {metrics && metrics.volumeKg > 0 && ` · ${formatNumber(metrics.volumeKg)} kg`}
          {metrics?.durationMin != null && ` · ${formatNumber(metrics.durationMin)} min`}
        </span>
      </Link>
    </li>
  );
}
