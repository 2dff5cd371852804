import type { PersonalRecord } from '../../api/types';
import { Link } from '../../app/router';
import { useI18n } from '../../i18n/i18n';
import { en } from '../../i18n/en';
import { ErrorAlert } from '../../ui/Alert';
import { usePageTitle } from '../../ui/usePageTitle';
import { TrainingCharts } from './TrainingCharts';
import { useExerciseName } from '../useExerciseCatalog';
import { describeRecord, formatRecordValue } from './record-format';
import { useRecords } from './useRecords';

/** Record kinds in the order shown (the English labels list every kind, checked by their type). */
const kindOrder = Object.keys(en.recordKind) as Array<PersonalRecord['kind']>;

/** Training › Records: personal records grouped by exercise, each with its unit and how it was measured. */
export function RecordsPage() {
  const { t, locale } = useI18n();
  usePageTitle(t('records.title'));
  const records = useRecords();
  const exerciseName = useExerciseName();
  const groups = new Map<string, PersonalRecord[]>();
  for (const record of records.data ?? []) groups.set(record.exerciseId, [...(groups.get(record.exerciseId) ?? []), record]);
  const exercises = [...groups.keys()].sort((a, b) => exerciseName(a).localeCompare(exerciseName(b), locale));

  return (
    <section aria-labelledby="records-title">
      <h1 id="records-title">{t('records.title')}</h1>
      <TrainingCharts />
      {records.isPending && <p aria-busy="true">{t('common.loading')}</p>}
      {records.isError && <ErrorAlert error={records.error} />}
      {records.isSuccess && exercises.length === 0 && <p className="empty">{t('records.empty')}</p>}
      {exercises.map((exerciseId) => (
        <ExerciseRecords key={exerciseId} exerciseId={exerciseId} records={groups.get(exerciseId)!} />
      ))}
    </section>
  );
}

function ExerciseRecords({ exerciseId, records }: { exerciseId: string; records: PersonalRecord[] }) {
  const i18n = useI18n();
  const { t, m, formatDay, formatNumber } = i18n;
  const sorted = [...records].sort((a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind));
  const name = useExerciseName()(exerciseId);
  return (
    <section className="card" aria-labelledby={`records-${exerciseId}`}>
      <h2 id={`records-${exerciseId}`}>{name}</h2>
      <ul className="record-list">
        {sorted.map((record) => {
          const how = describeRecord(record, i18n);
          const day = formatDay(record.achievedAt.slice(0, 10));
          return (
            <li key={record.kind} className="record">
              <span className="record-kind">{m.recordKind[record.kind]}</span>
              <strong className="record-value">{formatRecordValue(record, { formatNumber })}</strong>
              <span className="muted small">
                {how && `${how} · `}
                {record.sessionId ? <Link to={`/training/sessions/${encodeURIComponent(record.sessionId)}`}>{day}</Link> : day}
                {record.previousValue != null && ` · ${t('records.previous', { value: formatRecordValue({ value: record.previousValue, unit: record.unit }, { formatNumber }) })}`}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
