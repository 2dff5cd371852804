import { useRef, useState, type FormEvent } from 'react';
import type { Coach, CustomSessionRequest, Discipline } from '../api/types';
import { navigate } from '../app/router';
import { useI18n } from '../i18n/i18n';
import { ErrorAlert } from '../ui/Alert';
import { useFocusFirstError } from '../ui/errors/useFocusFirstError';
import { useFormErrors } from '../ui/errors/useFormErrors';
import { SelectField, TextField } from '../ui/Field';
import { usePageTitle } from '../ui/usePageTitle';
import { commonExercises, findCommonExercise } from './common-exercises';
import { customSessionFieldOf, SET_FIELDS, SET_LABELS } from './custom-session-fields';
import { useCreateSession } from './useSessions';

interface Row {
  key: number;
  exerciseId: string;
  sets: string;
  reps: string;
  loadKg: string;
  durationSec: string;
  distanceM: string;
  restSec: string;
}

let nextKey = 0;
const newRow = (): Row => ({ key: nextKey++, exerciseId: '', sets: '3', reps: '', loadKg: '', durationSec: '', distanceM: '', restSec: '90' });
const num = (value: string): number | null => (value.trim() === '' ? null : Number(value.replace(',', '.')));

/** Training › new custom session: the athlete's own exercises and sets, saved as a draft. */
export function NewSessionPage() {
  const { t, m, locale } = useI18n();
  usePageTitle(t('session.new'));
  const create = useCreateSession();
  const [title, setTitle] = useState('');
  const [coach, setCoach] = useState<Coach>('force');
  const [discipline, setDiscipline] = useState<Discipline>('strength');
  const [rows, setRows] = useState<Row[]>(() => [newRow()]);
  const labels: Record<string, string> = { title: t('session.title'), coach: t('session.coach'), discipline: t('session.discipline'), exercises: t('session.exercises') };
  const names: Record<string, string> = {};
  rows.forEach((_, index) => {
    const exercise = t('session.exerciseN', { n: index + 1 });
    names[`exercises.${index}`] = exercise;
    labels[`exercises.${index}.exerciseId`] = `${exercise} · ${t('session.exercise')}`;
    labels[`exercises.${index}.sets`] = `${exercise} · ${t('set.count')}`;
    for (const field of SET_FIELDS) labels[`exercises.${index}.${field}`] = `${exercise} · ${t(SET_LABELS[field])}`;
  });
  const errors = useFormErrors(create.error, { labels, names, fieldOf: customSessionFieldOf });
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, create.error);

  const change = (key: number, changes: Partial<Row>) => setRows(rows.map((row) => (row.key === key ? { ...row, ...changes } : row)));
  const pickExercise = (row: Row, exerciseId: string) => {
    const known = findCommonExercise(exerciseId.trim());
    if (known && rows.length === 1) setDiscipline(known.discipline);
    change(row.key, { exerciseId });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: CustomSessionRequest = {
      coach,
      discipline,
      title: title.trim(),
      exercises: rows.map((row) => ({
        exerciseId: row.exerciseId.trim(),
        sets: Array.from({ length: Math.max(1, Math.min(30, Number(row.sets) || 1)) }, () => ({
          reps: num(row.reps),
          loadKg: num(row.loadKg),
          durationSec: num(row.durationSec),
          distanceM: num(row.distanceM),
          restSec: num(row.restSec) ?? 90,
        })),
      })),
    };
    create.mutate(body, { onSuccess: (session) => navigate(`/training/sessions/${encodeURIComponent(session.id)}`) });
  };

  return (
    <form ref={formRef} className="card" onSubmit={submit} aria-labelledby="new-session-title" noValidate>
      <h1 id="new-session-title">{t('session.new')}</h1>
      <ErrorAlert error={create.error} form={errors} />
      <div className="form-grid">
        <TextField label={t('session.title')} required maxLength={160} value={title} error={errors.of('title')} onChange={(e) => setTitle(e.target.value)} />
        <SelectField label={t('session.coach')} value={coach} error={errors.of('coach')} onChange={(e) => setCoach(e.target.value as Coach)} options={Object.entries(m.coach).map(([value, label]) => ({ value, label }))} />
        <SelectField
          label={t('session.discipline')}
          value={discipline}
          error={errors.of('discipline')}
          onChange={(e) => setDiscipline(e.target.value as Discipline)}
          options={Object.entries(m.discipline).map(([value, label]) => ({ value, label }))}
        />
      </div>
      <datalist id="common-exercises">
        {commonExercises.map((exercise) => (
          <option key={exercise.id} value={exercise.id} label={exercise[locale]} />
        ))}
      </datalist>
      <h2>{t('session.exercises')}</h2>
      {errors.of('exercises') && (
        <p className="field-error" role="alert">
          {errors.of('exercises')}
        </p>
      )}
      <ol className="exercise-rows">
        {rows.map((row, index) => (
          <li key={row.key} className="exercise-row" aria-label={t('session.exerciseN', { n: index + 1 })}>
            <TextField
              label={t('session.exercise')}
              list="common-exercises"
              required
              autoComplete="off"
              hint={findCommonExercise(row.exerciseId.trim())?.[locale] ?? t('session.exercise.hint')}
              error={errors.of(`exercises.${index}.exerciseId`)}
              value={row.exerciseId}
              onChange={(e) => pickExercise(row, e.target.value)}
            />
            <div className="set-fields">
              <TextField label={t('set.count')} type="number" min={1} max={30} required value={row.sets} error={errors.of(`exercises.${index}.sets`)} onChange={(e) => change(row.key, { sets: e.target.value })} />
              <TextField label={t('set.reps')} type="number" min={1} inputMode="numeric" value={row.reps} error={errors.of(`exercises.${index}.reps`)} onChange={(e) => change(row.key, { reps: e.target.value })} />
              <TextField label={t('set.loadKg')} type="number" min={0} step="0.5" inputMode="decimal" value={row.loadKg} error={errors.of(`exercises.${index}.loadKg`)} onChange={(e) => change(row.key, { loadKg: e.target.value })} />
              <TextField label={t('set.durationSec')} type="number" min={1} inputMode="numeric" value={row.durationSec} error={errors.of(`exercises.${index}.durationSec`)} onChange={(e) => change(row.key, { durationSec: e.target.value })} />
              <TextField label={t('set.distanceM')} type="number" min={1} inputMode="numeric" value={row.distanceM} error={errors.of(`exercises.${index}.distanceM`)} onChange={(e) => change(row.key, { distanceM: e.target.value })} />
              <TextField label={t('set.restSec')} type="number" min={0} max={900} inputMode="numeric" value={row.restSec} error={errors.of(`exercises.${index}.restSec`)} onChange={(e) => change(row.key, { restSec: e.target.value })} />
            </div>
            {rows.length > 1 && (
              <button type="button" className="link" onClick={() => setRows(rows.filter((r) => r.key !== row.key))}>
                {t('session.removeExercise')}
              </button>
            )}
          </li>
        ))}
      </ol>
      <div className="actions">
        <button type="button" onClick={() => setRows([...rows, newRow()])} disabled={rows.length >= 40}>
          {t('session.addExercise')}
        </button>
        <button type="submit" className="primary" disabled={create.isPending}>
          {create.isPending ? t('common.saving') : t('session.create')}
        </button>
      </div>
    </form>
  );
}
