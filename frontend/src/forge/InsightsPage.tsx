import { navigate, useLocation } from '../app/router';
import { useI18n } from '../i18n/i18n';
import { Chart } from '../ui/charts/Chart';
import { ErrorAlert } from '../ui/Alert';
import { SelectField } from '../ui/Field';
import { usePageTitle } from '../ui/usePageTitle';
import { caloriesPerDay, SOURCE_COLORS, SOURCES, trendWords } from './forge-format';
import { durationText, plural, shortDay, sourceLabel } from './labels';
import { useActivitiesInRange, useForgeInsights } from './useForge';
import type { ForgeInsights, InsightsPeriod, Trend } from './types';
import './forge.css';

const periods: InsightsPeriod[] = ['week', 'month'];
type TrendMetric = keyof ForgeInsights['trends'];

/** Forge › Insights: the last 7 or 30 days against the ones before, share per source, trends in words, calories per day. */
export function InsightsPage() {
  const i18n = useI18n();
  const { t, formatDay, formatNumber } = i18n;
  const { search } = useLocation();
  const period: InsightsPeriod = search.get('period') === 'month' ? 'month' : 'week';
  const insights = useForgeInsights(period);
  usePageTitle(t('forge.insights.title'));
  const data = insights.data;

  const value = (metric: TrendMetric, n: number) =>
    metric === 'calories' ? `${formatNumber(n)} kcal` : metric === 'minutes' ? durationText(i18n, n) : metric === 'activeDays' ? plural(i18n, 'forge.count.days', n) : plural(i18n, 'forge.count.activities', n);
  const sentence = (metric: TrendMetric, trend: Trend) => {
    const words = trendWords(trend);
    const vars = { metric: t(`forge.trend.${metric}`), current: value(metric, trend.current), previous: value(metric, trend.previous) };
    if (words.kind === 'up' || words.kind === 'down') return t(`forge.trend.${words.kind}`, { ...vars, percent: words.percent });
    return t(`forge.trend.${words.kind}`, vars);
  };

  return (
    <section aria-labelledby="forge-insights-title" className="forge">
      <h1 id="forge-insights-title">{t('forge.insights.title')}</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t('forge.insights.period')}>
        <SelectField label={t('forge.insights.period')} value={period} onChange={(e) => navigate(`/forge/insights?period=${e.target.value}`, { replace: true })} options={periods.map((p) => ({ value: p, label: t(`forge.insights.${p}`) }))} />
      </form>
      {insights.isPending && <p aria-busy="true">{t('common.loading')}</p>}
      {insights.isError && <ErrorAlert error={insights.error} />}
      {data && (
        <>
          <section className="card" aria-labelledby="forge-insights-trends">
            <h2 id="forge-insights-trends">{t('forge.insights.trends')}</h2>
            <p className="muted">
              {t('forge.insights.range', { from: formatDay(data.current.from), to: formatDay(data.current.to), previousFrom: formatDay(data.previous.from), previousTo: formatDay(data.previous.to) })}
            </p>
            {data.current.count === 0 && <p className="empty">{t('forge.insights.nothing')}</p>}
            <ul className="forge-trends" data-testid="forge-trends">
              {(['calories', 'minutes', 'count', 'activeDays'] as const).map((metric) => (
                <li key={metric} className={`forge-trend forge-trend-${data.trends[metric].direction}`}>
                  <span aria-hidden="true" className="forge-trend-arrow">
                    {data.trends[metric].direction === 'up' ? '▲' : data.trends[metric].direction === 'down' ? '▼' : '▶'}
                  </span>
                  {sentence(metric, data.trends[metric])}
                </li>
              ))}
            </ul>
            {data.current.count > 0 && (
              <p>
                {t('forge.insights.averages', { calories: formatNumber(data.current.avgCaloriesPerDay), minutes: durationText(i18n, data.current.avgMinutesPerDay) })}
                {data.bestDay && ` ${t('forge.insights.bestDay', { day: formatDay(data.bestDay.date), calories: formatNumber(data.bestDay.calories), minutes: durationText(i18n, data.bestDay.minutes) })}`}
                {data.mainSource && ` ${t('forge.insights.mainSource', { source: sourceLabel(t, data.mainSource) })}`}
                {data.current.syncedTrainingSessions > 0 && ` ${t('forge.insights.synced', { count: data.current.syncedTrainingSessions })}`}
              </p>
            )}
          </section>
          <section className="card" aria-labelledby="forge-insights-share">
            <h2 id="forge-insights-share">{t('forge.insights.share')}</h2>
            <div className="table-scroll" tabIndex={0} role="region" aria-label={t('forge.insights.share')}>
              <table className="forge-table" data-testid="forge-share">
                <caption className="visually-hidden">{t('forge.insights.share')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('forge.table.source')}</th>
                    <th scope="col">{t('forge.metric.calories')}</th>
                    <th scope="col">{t('forge.metric.minutes')}</th>
                    <th scope="col">{t('forge.metric.count')}</th>
                  </tr>
                </thead>
                <tbody>
                  {SOURCES.map((source) => {
                    const s = data.current.bySource[source];
                    const share = (n: number | null) => (n === null ? null : <span className="forge-share">{formatNumber(n)} %</span>);
                    return (
                      <tr key={source}>
                        <th scope="row">
                          <span className={`forge-dot forge-dot-${source}`} aria-hidden="true" /> {sourceLabel(t, source)}
                        </th>
                        <td>
                          {formatNumber(s.calories)} kcal {share(s.shareOfCalories)}
                        </td>
                        <td>
                          {durationText(i18n, s.minutes)} {share(s.shareOfMinutes)}
                        </td>
                        <td>{formatNumber(s.count)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </section>
          <section className="card" aria-label={t('forge.chart.caloriesPerDay')}>
            <CaloriesPerDay from={data.current.from} to={data.current.to} />
          </section>
        </>
      )}
    </section>
  );
}

/** Calories per day of the period, stacked by source, from the period's activities. */
function CaloriesPerDay({ from, to }: { from: string; to: string }) {
  const { t, locale, formatDay, formatNumber } = useI18n();
  const range = useActivitiesInRange(from, to);
  if (range.isPending) return <p aria-busy="true">{t('common.loading')}</p>;
  if (range.isError) return <ErrorAlert error={range.error} />;
  const { days, bySource } = caloriesPerDay(range.data.items, from, to);
  const totals = days.map((_, i) => SOURCES.reduce((sum, s) => sum + bySource[s][i]!, 0));
  const total = totals.reduce((a, b) => a + b, 0);
  const best = totals.indexOf(Math.max(...totals));
  const summary =
    total > 0
      ? t('forge.chart.caloriesPerDay.summary', { total: formatNumber(Math.round(total * 10) / 10), days: days.length, max: formatNumber(Math.round(totals[best]! * 10) / 10), day: formatDay(days[best]!) })
      : t('forge.chart.caloriesPerDay.none');
  return (
    <>
      <Chart
        headingLevel={2}
        title={t('forge.chart.caloriesPerDay')}
        summary={summary}
        categories={days.map((day) => shortDay(locale, day))}
        categoryNames={days.map((day) => formatDay(day))}
        categoryHeader={t('forge.table.day')}
        stacked
        series={SOURCES.map((source) => ({ key: source, label: sourceLabel(t, source), values: bySource[source], color: SOURCE_COLORS[source], kind: 'bar' as const }))}
        format={(n) => `${formatNumber(Math.round(n * 10) / 10)} kcal`}
        axisFormat={{ left: (n) => formatNumber(n) }}
      />
      {!range.data.complete && <p className="muted small">{t('forge.chart.truncated')}</p>}
    </>
  );
}
