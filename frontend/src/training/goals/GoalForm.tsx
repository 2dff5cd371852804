import { useRef, useState, type FormEvent } from 'react';
import type { Goal, GoalCreate, GoalKind, GoalUnit } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { ErrorAlert } from '../../ui/Alert';
import { useFocusFirstError } from '../../ui/errors/useFocusFirstError';
import { useFormErrors } from '../../ui/errors/useFormErrors';
import { SelectField, TextAreaField, TextField } from '../../ui/Field';
import { commonExercises } from '../common-exercises';

type Form = Record<'title' | 'kind' | 'targetValue' | 'currentValue' | 'unit' | 'direction' | 'exerciseId' | 'deadline' | 'notes', string>;
/** Each control's label key, by its API field. */
const fieldLabels = {
  title: 'goals.field.title',
  kind: 'goals.field.kind',
  targetValue: 'goals.field.target',
  currentValue: 'goals.field.current',
  unit: 'goals.field.unit',
  direction: 'goals.field.direction',
  exerciseId: 'goals.field.exercise',
  deadline: 'goals.field.deadline',
  notes: 'goals.field.notes',
} as const satisfies Record<keyof Form, string>;

const toForm = (goal?: Goal): Form => ({
  title: goal?.title ?? '',
  kind: goal?.kind ?? 'strength',
  targetValue: goal?.targetValue.toString() ?? '',
  currentValue: goal?.currentValue.toString() ?? '0',
  unit: goal?.unit ?? 'kg',
  direction: goal?.direction ?? 'increase',
  exerciseId: goal?.exerciseId ?? '',
  deadline: goal?.deadline ?? '',
  notes: goal?.notes ?? '',
});

const num = (value: string) => Number(value.trim().replace(',', '.'));
const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** Every field as the API takes it (empty optional fields → null); the API checks the values. */
const toBody = (form: Form): GoalCreate => ({
  title: form.title,
  kind: form.kind as GoalKind,
  targetValue: num(form.targetValue),
  currentValue: form.currentValue.trim() === '' ? 0 : num(form.currentValue),
  unit: form.unit as GoalUnit,
  direction: form.direction as 'increase' | 'decrease',
  exerciseId: orNull(form.exerciseId),
  deadline: orNull(form.deadline),
  notes: orNull(form.notes),
});

interface GoalFormProps {
  goal?: Goal;
  busy: boolean;
  error: unknown;
  onSubmit: (body: GoalCreate) => void;
  onCancel?: () => void;
}

/** Create or edit a goal; the API's field errors (problem+json `errors[].path`) appear under their fields. */
export function GoalForm({ goal, busy, error, onSubmit, onCancel }: GoalFormProps) {
  const { t, m, locale } = useI18n();
  const [form, setForm] = useState(() => toForm(goal));
  const errors = useFormErrors(error, { labels: Object.fromEntries(Object.entries(fieldLabels).map(([field, key]) => [field, t(key)])) });
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, error);
  const set = (key: keyof Form) => (event: { target: { value: string } }) => setForm({ ...form, [key]: event.target.value });
  const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));
  const listId = `goal-exercises-${goal?.id ?? 'new'}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(toBody(form));
  };

  return (
    <form ref={formRef} noValidate onSubmit={submit} aria-label={goal ? t('goals.editNamed', { title: goal.title }) : t('goals.new')}>
      <ErrorAlert error={error} form={errors} />
      <div className="form-grid">
        <TextField label={t('goals.field.title')} required maxLength={120} value={form.title} error={errors.of('title')} onChange={set('title')} />
        <SelectField label={t('goals.field.kind')} value={form.kind} error={errors.of('kind')} onChange={set('kind')} options={options(m.goalKind)} />
        <TextField label={t('goals.field.target')} type="number" step="any" inputMode="decimal" required value={form.targetValue} error={errors.of('targetValue')} onChange={set('targetValue')} />
        <TextField label={t('goals.field.current')} type="number" step="any" inputMode="decimal" value={form.currentValue} error={errors.of('currentValue')} onChange={set('currentValue')} />
        <SelectField label={t('goals.field.unit')} value={form.unit} error={errors.of('unit')} onChange={set('unit')} options={options(m.goalUnit)} />
        <SelectField label={t('goals.field.direction')} value={form.direction} error={errors.of('direction')} onChange={set('direction')} options={options(m.goalDirection)} />
        <TextField label={t('goals.field.exercise')} list={listId} autoComplete="off" hint={t('goals.field.exercise.hint')} value={form.exerciseId} error={errors.of('exerciseId')} onChange={set('exerciseId')} />
        <TextField label={t('goals.field.deadline')} type="date" value={form.deadline} error={errors.of('deadline')} onChange={set('deadline')} />
      </div>
      <datalist id={listId}>
        {commonExercises.map((exercise) => (
          <option key={exercise.id} value={exercise.id} label={exercise[locale]} />
        ))}
      </datalist>
      <TextAreaField label={t('goals.field.notes')} maxLength={1000} value={form.notes} error={errors.of('notes')} onChange={set('notes')} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('common.saving') : goal ? t('common.save') : t('goals.create')}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
