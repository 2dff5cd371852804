import { navigate, useLocation } from '../app/router';
import { useI18n } from '../i18n/i18n';
import { Chart } from '../ui/charts/Chart';
import { ErrorAlert } from '../ui/Alert';
import { SelectField } from '../ui/Field';
import { usePageTitle } from '../ui/usePageTitle';
import { SOURCE_COLORS, SOURCES, trendWords } from './forge-format';
import { durationText, monthLabel, plural, shortDay, sourceLabel } from './labels';
import { useForgeProgression } from './useForge';
import type { ForgeProgression, ProgressionPeriod, Trend } from './types';
import './forge.css';

const periods: ProgressionPeriod[] = ['week', 'month', 'quarter'];

/** Forge › Progression: minutes and calories per week (4 or 12 weeks) or per month (6 months), stacked by source. */
export function ProgressionPage() {
  const { t } = useI18n();
  const { search } = useLocation();
  const raw = search.get('period');
  const period: ProgressionPeriod = (periods as string[]).includes(raw ?? '') ? (raw as ProgressionPeriod) : 'month';
  const progression = useForgeProgression(period);
  usePageTitle(t('forge.progression.title'));
  const data = progression.data;

  return (
    <section aria-labelledby="forge-progression-title" className="forge">
      <h1 id="forge-progression-title">{t('forge.progression.title')}</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t('forge.progression.period')}>
        <SelectField label={t('forge.progression.period')} value={period} onChange={(e) => navigate(`/forge/progression?period=${e.target.value}`, { replace: true })} options={periods.map((p) => ({ value: p, label: t(`forge.progression.${p}`) }))} />
      </form>
      {progression.isPending && <p aria-busy="true">{t('common.loading')}</p>}
      {progression.isError && <ErrorAlert error={progression.error} />}
      {data && <ProgressionView data={data} />}
    </section>
  );
}

function ProgressionView({ data }: { data: ForgeProgression }) {
    const i18n = useI18n();
    const { t, locale, formatDay, formatNumber } = i18n;
    const weekly = data.granularity === 'week';
    const bucket = t(weekly ? 'forge.progression.bucket.week' : 'forge.progression.bucket.month');
    const buckets = t(weekly ? 'forge.progression.buckets.week' : 'forge.progression.buckets.month');
    const categories = data.series.map((b) => (weekly ? shortDay(locale, b.start) : monthLabel(locale, b.start)));
    const names = data.series.map((b) => {
      const name = weekly ? t('forge.progression.weekOf', { day: formatDay(b.start) }) : monthLabel(locale, b.start);
      return b.partial ? `${name} ${t('forge.progression.partial')}` : name;
    });
    const trendText = (metric: 'calories' | 'minutes', trend: Trend) => {
      const words = trendWords(trend);
      const show = (n: number) => (metric === 'calories' ? `${formatNumber(n)} kcal` : durationText(i18n, n));
      const vars = { metric: t(`forge.trend.${metric}`), bucket, current: show(trend.current), previous: show(trend.previous) };
      if (words.kind === 'up' || words.kind === 'down') return t(`forge.progression.trend.${words.kind}`, { ...vars, percent: words.percent });
      return t(`forge.progression.trend.${words.kind}`, vars);
    };
    const empty = data.totals.count === 0;
    const maxMinutes = Math.max(...data.series.map((b) => b.minutes));
    const best = data.series.find((b) => b.minutes === maxMinutes);
    return (
      <>
        <section className="card" aria-labelledby="forge-progression-summary">
          <h2 id="forge-progression-summary">{t('forge.progression.summary')}</h2>
          <p className="muted">{t('forge.progression.range', { from: formatDay(data.from), to: formatDay(data.to) })}</p>
          {empty ? (
            <p className="empty">{t('forge.progression.nothing')}</p>
          ) : (
            <>
              <p data-testid="forge-progression-totals">
                {t('forge.progression.totals', {
                  calories: formatNumber(data.totals.calories),
                  minutes: durationText(i18n, data.totals.minutes),
                  activities: plural(i18n, 'forge.count.activities', data.totals.count),
                  days: plural(i18n, 'forge.count.days', data.totals.activeDays),
                })}{' '}
                {t('forge.progression.average', { bucket, calories: formatNumber(data.averagePerBucket.calories), minutes: durationText(i18n, data.averagePerBucket.minutes) })}
              </p>
              <ul className="forge-trends">
                <li className={`forge-trend forge-trend-${data.trends.minutes.direction}`}>{trendText('minutes', data.trends.minutes)}</li>
                <li className={`forge-trend forge-trend-${data.trends.calories.direction}`}>{trendText('calories', data.trends.calories)}</li>
              </ul>
            </>
          )}
        </section>
        <section className="card" aria-label={t(weekly ? 'forge.chart.minutesPerWeek' : 'forge.chart.minutesPerMonth')}>
          <Chart
            headingLevel={2}
            title={t(weekly ? 'forge.chart.minutesPerWeek' : 'forge.chart.minutesPerMonth')}
            summary={
              empty || !best
                ? t('forge.progression.nothing')
                : t('forge.chart.minutes.summary', { total: durationText(i18n, data.totals.minutes), count: data.series.length, buckets, best: names[data.series.indexOf(best)]!, max: durationText(i18n, best.minutes) })
            }
            categories={categories}
            categoryNames={names}
            categoryHeader={t(weekly ? 'chart.week' : 'forge.table.month')}
            stacked
            series={SOURCES.map((source) => ({ key: source, label: sourceLabel(t, source), values: data.series.map((b) => b.bySource[source].minutes), color: SOURCE_COLORS[source], kind: 'bar' as const }))}
            format={(n) => `${formatNumber(Math.round(n))} min`}
            axisFormat={{ left: (n) => formatNumber(n) }}
          />
        </section>
        <section className="card" aria-label={t(weekly ? 'forge.chart.caloriesPerWeek' : 'forge.chart.caloriesPerMonth')}>
          <Chart
            headingLevel={2}
            title={t(weekly ? 'forge.chart.caloriesPerWeek' : 'forge.chart.caloriesPerMonth')}
            summary={empty ? t('forge.progression.nothing') : t('forge.chart.calories.summary', { total: formatNumber(data.totals.calories), count: data.series.length, buckets, bucket, average: formatNumber(data.averagePerBucket.calories) })}
            categories={categories}
            categoryNames={names}
            categoryHeader={t(weekly ? 'chart.week' : 'forge.table.month')}
            stacked
            series={SOURCES.map((source) => ({ key: source, label: sourceLabel(t, source), values: data.series.map((b) => b.bySource[source].calories), color: SOURCE_COLORS[source], kind: 'bar' as const }))}
            format={(n) => `${formatNumber(Math.round(n * 10) / 10)} kcal`}
            axisFormat={{ left: (n) => formatNumber(n) }}
          />
        </section>
      </>
    );
  }
