import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useCapabilities } from '../../api/capabilities';
import { keys, staleTimes } from '../../api/keys';
import type { SessionListItem } from '../../api/types';
import { unwrap } from '../../api/typed-client';
import { useApp } from '../../app/context';
import { useI18n } from '../../i18n/i18n';
import { ErrorAlert } from '../../ui/Alert';
import { Chart } from '../../ui/charts/Chart';
import { SelectField } from '../../ui/Field';
import { useExerciseName } from '../useExerciseCatalog';
import { oneRepMaxHistory, weeklySeries } from './training-series';

const WEEKS = 12;
/** At most this many pages of 100 sessions are read (500 sessions in 90 days is a lot). */
const MAX_PAGES = 5;
const COLORS = { volume: '#0f766e', load: '#c2410c', acwr: '#6d28d9', e1rm: '#1d4ed8' };

const localToday = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};
const flagOf = (ratio: number) => (ratio < 0.8 ? 'low' : ratio <= 1.3 ? 'optimal' : ratio <= 1.5 ? 'high' : 'very_high');

/** Completed sessions of the last 90 days (History's route), refetched when a session changes. */
function useCompletedSessions(enabled: boolean) {
  const { http } = useApp();
  return useQuery({
    queryKey: keys.trainingSeries,
    enabled,
    staleTime: staleTimes.records,
    queryFn: async () => {
      const items: SessionListItem[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < MAX_PAGES; page++) {
        const answer = await unwrap(http.GET('/training/sessions', { params: { query: { period: 'quarter', status: 'completed', limit: 100, ...(cursor ? { cursor } : {}) } } }));
        items.push(...answer.items);
        cursor = answer.nextCursor || undefined;
        if (!cursor) return { items, complete: true };
      }
      return { items, complete: false };
    },
  });
}

/** Training › Records: weekly volume, weekly load with its ACWR, and estimated 1RM over time per exercise. */
export function TrainingCharts() {
  const i18n = useI18n();
  const { t, m, locale, formatDay, formatNumber } = i18n;
  const { can } = useCapabilities();
  const allowed = can('GET /training/sessions');
  const sessions = useCompletedSessions(allowed);
  const [chosen, setChosen] = useState('');
  const exerciseName = useExerciseName();
  if (!allowed) return null;

  const heading = (
    <h2 id="training-charts-title" className="chart-section-title">
      {t('chart.training.title')}
    </h2>
  );
  if (sessions.isPending) return <section className="card" aria-labelledby="training-charts-title">{heading}<p aria-busy="true">{t('common.loading')}</p></section>;
  if (sessions.isError) return <section className="card" aria-labelledby="training-charts-title">{heading}<ErrorAlert error={sessions.error} /></section>;
  const completed = sessions.data.items;
  if (completed.length === 0) {
    return (
      <section className="card" aria-labelledby="training-charts-title">
        {heading}
        <p className="empty">{t('chart.training.none')}</p>
      </section>
    );
  }

  const weeks = weeklySeries(completed, localToday(), WEEKS);
  const weekLabels = weeks.map((w) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${w.week}T00:00:00Z`)));
  const weekNames = weeks.map((w) => formatDay(w.week));
  const totalVolume = weeks.reduce((sum, w) => sum + w.volumeKg, 0);
  const biggest = weeks.reduce((best, w) => (w.volumeKg > best.volumeKg ? w : best), weeks[0]!);
  const latest = weeks[weeks.length - 1]!;
  const kg = (n: number) => `${formatNumber(Math.round(n * 10) / 10)} kg`;

  const history = oneRepMaxHistory(completed);
  const exercises = [...history.keys()].sort((a, b) => exerciseName(a).localeCompare(exerciseName(b), locale));
  const exercise = exercises.includes(chosen) ? chosen : (exercises[0] ?? '');
  const points = history.get(exercise) ?? [];
  const name = exercise ? exerciseName(exercise) : '';
  const best = Math.max(0, ...points.map((p) => p.value));
  const e1rmSummary =
    points.length === 1
      ? t('chart.e1rm.single', { exercise: name, value: formatNumber(points[0]!.value), day: formatDay(points[0]!.day) })
      : points.length > 1
        ? t('chart.e1rm.summary', { exercise: name, first: formatNumber(points[0]!.value), firstDay: formatDay(points[0]!.day), last: formatNumber(points[points.length - 1]!.value), lastDay: formatDay(points[points.length - 1]!.day), best: formatNumber(best) })
        : '';

  return (
    <section className="card" aria-labelledby="training-charts-title">
      {heading}
      <p className="muted">{t('chart.training.intro', { count: completed.length })}</p>
      {!sessions.data.complete && <p className="muted small">{t('chart.training.truncated', { count: completed.length })}</p>}
      <Chart
        title={t('chart.volume.title')}
        summary={totalVolume > 0 ? t('chart.volume.summary', { total: formatNumber(Math.round(totalVolume)), weeks: WEEKS, max: formatNumber(biggest.volumeKg), week: formatDay(biggest.week) }) : t('chart.volume.empty')}
        categories={weekLabels}
        categoryNames={weekNames}
        categoryHeader={t('chart.week')}
        series={[{ key: 'volume', label: t('chart.volume.series'), values: weeks.map((w) => w.volumeKg), color: COLORS.volume, kind: 'bar' }]}
        format={kg}
        axisFormat={{ left: (n) => formatNumber(n) }}
      />
      <Chart
        title={t('chart.load.title')}
        summary={
          latest.acwr !== null
            ? t('chart.load.summary', { load: formatNumber(latest.load), acwr: formatNumber(latest.acwr), flag: m.acwrFlag[flagOf(latest.acwr)] })
            : t('chart.load.summaryNoRatio', { load: formatNumber(latest.load) })
        }
        categories={weekLabels}
        categoryNames={weekNames}
        categoryHeader={t('chart.week')}
        series={[
          { key: 'load', label: t('chart.load.series'), values: weeks.map((w) => w.load), color: COLORS.load, kind: 'bar' },
          { key: 'acwr', label: t('chart.load.acwr'), values: weeks.map((w) => w.acwr), color: COLORS.acwr, kind: 'line', axis: 'right' },
        ]}
        format={(n, s) => (s.key === 'acwr' ? formatNumber(n) : `${formatNumber(n)} ${t('unit.au')}`)}
        axisFormat={{ left: (n) => formatNumber(n), right: (n) => formatNumber(n) }}
      />
      <p className="muted small">{t('chart.load.explain')}</p>
      <h3>{t('chart.e1rm.title')}</h3>
      {exercises.length === 0 ? (
        <p className="empty">{t('chart.e1rm.none')}</p>
      ) : (
        <>
          <SelectField label={t('chart.e1rm.exercise')} value={exercise} onChange={(e) => setChosen(e.target.value)} options={exercises.map((id) => ({ value: id, label: exerciseName(id) }))} />
          <Chart
            title={`${t('chart.e1rm.title')} · ${name}`}
            summary={e1rmSummary}
            categories={points.map((p) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${p.day}T00:00:00Z`)))}
            categoryNames={points.map((p) => `${formatDay(p.day)} (${formatNumber(p.reps)} × ${kg(p.loadKg)})`)}
            categoryHeader={t('chart.session')}
            series={[{ key: 'e1rm', label: t('chart.e1rm.series'), values: points.map((p) => p.value), color: COLORS.e1rm, kind: 'line' }]}
            format={kg}
            axisFormat={{ left: (n) => formatNumber(n) }}
          />
          <p className="muted small">{t('chart.e1rm.formula')}</p>
        </>
      )}
    </section>
  );
}
