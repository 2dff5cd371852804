import { navigate, useLocation } from '../../app/router';
import { useI18n } from '../../i18n/i18n';
import { ErrorAlert } from '../../ui/Alert';
import { Chart } from '../../ui/charts/Chart';
import { usePageTitle } from '../../ui/usePageTitle';
import { AnalysisMeta } from './AnalysisMeta';
import { periods, useProgression, useRefreshProgression, type ProgressionPeriod, type ProgressionResponse } from './useInsights';
import './insights.css';

const COLORS = { volume: '#0f766e', sessions: '#1d4ed8', rpe: '#c2410c', load: '#6d28d9' };

/** Training › Progression: the period switch, two paragraphs, three recommendations and the weekly series as charts. */
export function ProgressionPage() {
  const { t } = useI18n();
  const { search } = useLocation();
  const raw = search.get('period');
  const period: ProgressionPeriod = (periods as string[]).includes(raw ?? '') ? (raw as ProgressionPeriod) : 'week';
  const progression = useProgression(period);
  const refresh = useRefreshProgression(period);
  usePageTitle(t('progression.title'));
  return (
    <section aria-labelledby="progression-title" className="insights">
      <h1 id="progression-title">{t('progression.title')}</h1>
      <p className="muted">{t('progression.intro')}</p>
      <fieldset className="insights-periods">
        <legend>{t('progression.period')}</legend>
        {periods.map((p) => (
          <label key={p} className={p === period ? 'insights-period insights-period-on' : 'insights-period'}>
            <input type="radio" name="progression-period" value={p} checked={p === period} onChange={() => navigate(`/training/progression?period=${p}`, { replace: true })} />
            {t(`progression.period.${p}`)}
          </label>
        ))}
      </fieldset>
      {progression.isPending && <p aria-busy="true">{t('common.loading')}</p>}
      {progression.isError && <ErrorAlert error={progression.error} />}
      {progression.data && (
        <>
          <ProgressionView data={progression.data} />
          <AnalysisMeta data={progression.data} refresh={refresh} />
        </>
      )}
    </section>
  );
}

function ProgressionView({ data }: { data: ProgressionResponse }) {
  const { t, m, locale, formatDay, formatNumber } = useI18n();
  const weeks = data.facts?.weeks ?? [];
  const short = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const categories = weeks.map((w) => short.format(new Date(`${w.weekStart}T00:00:00Z`)));
  const names = weeks.map((w) => t('progression.weekOf', { day: formatDay(w.weekStart) }));
  const total = (f: (w: (typeof weeks)[number]) => number) => weeks.reduce((sum, w) => sum + f(w), 0);
  const heaviest = weeks.reduce((best, w) => (w.volumeKg > (best?.volumeKg ?? -1) ? w : best), weeks[0]);
  const busiest = weeks.reduce((best, w) => (w.load > (best?.load ?? -1) ? w : best), weeks[0]);
  const rpes = weeks.filter((w) => w.avgRpe !== null);
  const sessionsCount = total((w) => w.sessions);
  const avgRpe = rpes.length ? total((w) => (w.avgRpe ?? 0) * w.sessions) / Math.max(1, rpes.reduce((s, w) => s + w.sessions, 0)) : null;
  const volume = total((w) => w.volumeKg);

  return (
    <>
      <section className="card" aria-labelledby="progression-analysis-title">
        <h2 id="progression-analysis-title">{t('progression.analysis')}</h2>
        <p data-testid="progression-paragraph">{data.content.paragraph1}</p>
        <p data-testid="progression-paragraph">{data.content.paragraph2}</p>
      </section>
      <section className="card" aria-labelledby="progression-recs-title">
        <h2 id="progression-recs-title">{t('progression.recommendations')}</h2>
        <ol className="insights-recs" data-testid="progression-recommendations">
          {data.content.recommendations.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ol>
      </section>
      {weeks.length > 0 && data.sessionsAnalyzed > 0 && (
        <section className="card" aria-labelledby="progression-charts-title">
          <h2 id="progression-charts-title">{t('progression.charts')}</h2>
          {volume > 0 ? (
            <Chart
              title={t('progression.chart.volume')}
              summary={t('progression.chart.volume.summary', { total: formatNumber(Math.round(volume)), weeks: weeks.length, best: formatNumber(Math.round(heaviest?.volumeKg ?? 0)), day: formatDay(heaviest?.weekStart ?? weeks[0]!.weekStart) })}
              categories={categories}
              categoryNames={names}
              categoryHeader={t('progression.week')}
              series={[{ key: 'volume', label: t('progression.series.volume'), values: weeks.map((w) => w.volumeKg), color: COLORS.volume, kind: 'bar' }]}
              format={(value) => `${formatNumber(Math.round(value))} kg`}
              axisFormat={{ left: (value) => formatNumber(Math.round(value)) }}
            />
          ) : (
            <p className="muted">{t('progression.chart.volume.none')}</p>
          )}
          <Chart
            title={t('progression.chart.sessions')}
            summary={avgRpe === null ? t('progression.chart.sessions.noRpe', { count: sessionsCount, weeks: weeks.length }) : t('progression.chart.sessions.summary', { count: sessionsCount, weeks: weeks.length, rpe: formatNumber(Math.round(avgRpe * 10) / 10) })}
            categories={categories}
            categoryNames={names}
            categoryHeader={t('progression.week')}
            series={[
              { key: 'sessions', label: t('progression.series.sessions'), values: weeks.map((w) => w.sessions), color: COLORS.sessions, kind: 'bar' },
              { key: 'rpe', label: t('progression.series.rpe'), values: weeks.map((w) => w.avgRpe), color: COLORS.rpe, kind: 'line', axis: 'right' },
            ]}
            format={(value) => formatNumber(Math.round(value * 10) / 10)}
          />
          <Chart
            title={t('progression.chart.load')}
            summary={t('progression.chart.load.summary', { total: formatNumber(Math.round(total((w) => w.load))), weeks: weeks.length, best: formatNumber(Math.round(busiest?.load ?? 0)) })}
            categories={categories}
            categoryNames={names}
            categoryHeader={t('progression.week')}
            series={[{ key: 'load', label: t('progression.series.load'), values: weeks.map((w) => w.load), color: COLORS.load, kind: 'bar' }]}
            format={(value) => formatNumber(Math.round(value))}
          />
          {data.facts && data.facts.disciplines.length > 0 && (
            <>
              <h3>{t('progression.disciplines')}</h3>
              <ul className="insights-list">
                {data.facts.disciplines.map((d) => (
                  <li key={d.discipline}>
                    {t('progression.discipline.line', { discipline: m.discipline[d.discipline as keyof typeof m.discipline] ?? d.discipline, count: d.sessions, percent: formatNumber(Math.round(d.share * 100)) })}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </>
  );
}
