import type { TrainingSession } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { exerciseName } from './common-exercises';
import { describeRecord, formatRecordValue } from './records/record-format';

/** What a completed session came to: metrics, calories and how they were estimated, training load, new records. */
export function CompletionReport({ session }: { session: TrainingSession }) {
  const i18n = useI18n();
  const { t, m, locale, formatNumber } = i18n;
  const metrics = session.metrics!;
  const items: Array<[string, string]> = [
    [t('metrics.sets'), formatNumber(metrics.setCount)],
    [t('metrics.reps'), formatNumber(metrics.totalReps)],
    [t('metrics.volume'), `${formatNumber(metrics.volumeKg)} kg`],
  ];
  if (metrics.distanceKm > 0) items.push([t('metrics.distance'), `${formatNumber(metrics.distanceKm)} km`]);
  if (metrics.durationMin != null) items.push([t('metrics.duration'), metrics.durationMin < 1 ? '< 1 min' : `${formatNumber(metrics.durationMin)} min`]);
  if (metrics.rpeAverage != null) items.push([t('metrics.rpe'), formatNumber(metrics.rpeAverage)]);
  if (metrics.calories.kcal != null) items.push([t('metrics.calories'), `${formatNumber(metrics.calories.kcal)} kcal`]);
  if (metrics.sessionLoad != null) items.push([t('metrics.load'), `${formatNumber(metrics.sessionLoad)} ${t('unit.au')}`]);

  return (
    <section aria-labelledby="report-title">
      <h2 id="report-title">{t('report.title')}</h2>
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
                  {exerciseName(record.exerciseId, locale)} · {m.recordKind[record.kind]}
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
