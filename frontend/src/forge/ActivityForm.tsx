import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { ErrorAlert } from '../ui/Alert';
import { SelectField, TextAreaField, TextField } from '../ui/Field';
import { apiFieldToForm, formValuesOf, MANUAL_TYPES, parseActivityForm, type ActivityFormValues, type FieldProblem, type FormField } from './forge-format';
import { typeLabel } from './labels';
import type { Activity, ManualActivityInput } from './types';

interface Props {
  /** The activity being edited, or null for a new one. */
  activity: Activity | null;
  /** Default start of a new activity (`datetime-local` value). */
  defaultStart: string;
  busy: boolean;
  error: unknown;
  onSubmit(body: ManualActivityInput): void;
  onCancel(): void;
}

/** Field errors of the API shown under their fields (not repeated in the summary). */
const apiFields = Object.keys(apiFieldToForm);

/** A manual activity: type, title, start, duration, calories, distance, heart rate and notes. */
export function ActivityForm({ activity, defaultStart, busy, error, onSubmit, onCancel }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [values, setValues] = useState<ActivityFormValues>(() => formValuesOf(activity, defaultStart));
  const [problems, setProblems] = useState<Partial<Record<FormField, FieldProblem>>>({});
  const [attempt, setAttempt] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  const set = (field: FormField) => (event: { target: { value: string } }) => setValues({ ...values, [field]: event.target.value });

  const serverFields: Partial<Record<FormField, string>> = {};
  if (error instanceof ApiError) {
    for (const [path, message] of Object.entries(error.fieldMessages())) {
      const field = apiFieldToForm[path];
      if (field) serverFields[field] = message;
    }
  }
  const problemText = (problem: FieldProblem) => t(`forge.form.error.${problem.key}`, problem.vars);
  const errorOf = (field: FormField) => (problems[field] ? problemText(problems[field]) : serverFields[field]);

  // After a refused submit, the first field to fix gets the focus.
  useEffect(() => {
    if (attempt > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt, error]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseActivityForm(values);
    setAttempt(attempt + 1);
    if ('problems' in parsed) {
      setProblems(parsed.problems);
      return;
    }
    setProblems({});
    onSubmit(parsed.body);
  };

  const typeOptions = [...MANUAL_TYPES, ...(activity && !(MANUAL_TYPES as readonly string[]).includes(activity.type) ? [activity.type] : [])].map((type) => ({ value: type, label: typeLabel(i18n, type) }));
  const titleId = activity ? `edit-${activity.id}` : 'new-activity';

  return (
    <form ref={form} className="forge-form" onSubmit={submit} noValidate aria-labelledby={`${titleId}-title`}>
      <h3 id={`${titleId}-title`}>{activity ? t('forge.form.edit', { title: activity.title }) : t('forge.form.new')}</h3>
      <div className="form-grid">
        <SelectField label={t('forge.form.type')} value={values.type} onChange={set('type')} options={typeOptions} error={errorOf('type')} />
        <TextField label={t('forge.form.title')} value={values.title} onChange={set('title')} maxLength={120} hint={t('forge.form.title.hint')} error={errorOf('title')} />
        <TextField label={t('forge.form.start')} type="datetime-local" value={values.start} onChange={set('start')} required error={errorOf('start')} />
        <TextField label={t('forge.form.duration')} inputMode="numeric" value={values.durationMin} onChange={set('durationMin')} required error={errorOf('durationMin')} />
        <TextField label={t('forge.form.calories')} inputMode="decimal" value={values.calories} onChange={set('calories')} error={errorOf('calories')} />
        <TextField label={t('forge.form.distance')} inputMode="decimal" value={values.distanceKm} onChange={set('distanceKm')} error={errorOf('distanceKm')} />
        <TextField label={t('forge.form.avgHr')} inputMode="numeric" value={values.avgHr} onChange={set('avgHr')} error={errorOf('avgHr')} />
        <TextField label={t('forge.form.maxHr')} inputMode="numeric" value={values.maxHr} onChange={set('maxHr')} error={errorOf('maxHr')} />
      </div>
      <TextAreaField label={t('forge.form.notes')} value={values.notes} onChange={set('notes')} maxLength={2000} error={errorOf('notes')} />
      {Object.keys(problems).length > 0 && <p className="field-error" role="alert">{t('forge.form.fix')}</p>}
      <ErrorAlert error={error} hideFields={apiFields} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('common.saving') : activity ? t('forge.form.submit.edit') : t('forge.form.submit.new')}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
