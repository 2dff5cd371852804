import { useEffect, useRef } from 'react';
import type { TrainingSession } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { describeRecord, formatRecordValue } from '../records/record-format';
import { useExerciseName } from '../useExerciseCatalog';
import { liveStore } from './live-store';

/** "< 1 min", "42 min", "1 h 05 min". */
const minutesText = (minutes: number) => {
  if (minutes < 1) return '< 1 min';
  const rounded = Math.round(minutes);
  return rounded < 60 ? `${rounded} min` : `${Math.floor(rounded / 60)} h ${String(rounded % 60).padStart(2, '0')} min`;
};

/** What a completed session came to: metrics, calories and how they were estimated, training load, new records. */
export function CompletionReport({ session }: { session: TrainingSession }) {
  const i18n = useI18n();
  const { t, m, formatNumber } = i18n;
  const exerciseName = useExerciseName();
  const metrics = session.metrics!;
  const heading = useRef<HTMLHeadingElement>(null);
  // Just completed in this tab: the summary is the next thing to read.
  useEffect(() => {
    if (liveStore.take(session.id, 'justCompleted')) heading.current?.focus();
  }, [session.id]);
  const items: Array<[string, string]> = [
    [t('metrics.sets'), formatNumber(metrics.setCount)],
    [t('metrics.reps'), formatNumber(metrics.totalReps)],
    [t('metrics.volume'), `${formatNumber(metrics.volumeKg)} kg`],
  ];
  if (metrics.distanceKm > 0) items.push([t('metrics.distance'), `${formatNumber(metrics.distanceKm)} km`]);
  if (metrics.durationMin != null) items.push([t('metrics.duration'), minutesText(metrics.durationMin)]);
  if (metrics.rpeAverage != null) items.push([t('metrics.rpe'), formatNumber(metrics.rpeAverage)]);
  if (metrics.calories.kcal != null) items.push([t('metrics.calories'), `${formatNumber(metrics.calories.kcal)} kcal`]);
  if (metrics.sessionLoad != null) items.push([t('metrics.load'), `${formatNumber(metrics.sessionLoad)} ${t('unit.au')}`]);

  return (
    <section aria-labelledby="report-title">
      <h2 id="report-title" tabIndex={-1} ref={heading}>
        {t('report.title')}
      </h2>
      <dl className="metrics">
        {items.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <ul className="plain-list small">
        <li data-testid="calorie-method">{t('report.calories', { method: m.calorieMethod[metrics.calories.method] })}</li>
        {metrics.sessionLoad != null && <li>{t('report.load')}</li>}
      </ul>
      <h3>{t('report.records')}</h3>
      {session.newRecords.length === 0 ? (
        <p className="muted">{t('report.noRecord')}</p>
      ) : (
        <ul className="record-list" aria-label={t('report.records')}>
          {session.newRecords.map((record) => {
            const how = describeRecord({ ...record, formula: record.formula ?? null, reps: record.reps ?? null, loadKg: record.loadKg ?? null, distanceM: record.distanceM ?? null, durationSec: record.durationSec ?? null }, i18n);
            return (
              <li key={`${record.exerciseId}:${record.kind}`} className="record">
                <span className="record-kind">
                  {exerciseName(record.exerciseId)} · {m.recordKind[record.kind]}
                </span>
                <strong className="record-value">{formatRecordValue(record, { formatNumber })}</strong>
                <span className="muted small">
                  {how}
                  {record.previousValue != null && `${how ? ' · ' : ''}${t('records.previous', { value: formatRecordValue({ value: record.previousValue, unit: record.unit }, { formatNumber }) })}`}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
