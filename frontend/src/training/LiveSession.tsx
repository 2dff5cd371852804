import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/client';
import type { LogSetRequest, PrescribedSet, TrainingSession } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { Alert, ErrorAlert } from '../ui/Alert';
import { SelectField, TextField } from '../ui/Field';
import { exerciseName } from './common-exercises';
import { currentPosition, loggedCount, sessionExercises, type LiveState } from './live-position';
import { RestTimer } from './RestTimer';
import { SavedAgo } from './SavedAgo';
import { useLogSet } from './useSessions';

const lastSavedAt = (session: TrainingSession) => (session.loggedSets.length ? Math.max(...session.loggedSets.map((set) => Date.parse(set.completedAt))) : null);
/** A failed send worth resending with the same set id: no answer, a timeout, throttling or a server error. */
const retryable = (error: unknown) => !(error instanceof ApiError) || error.status === 0 || error.status === 408 || error.status === 429 || error.status >= 500;

interface LiveSessionProps {
  session: TrainingSession;
  /** The exercise picked by hand and the rest running (kept by the pipeline, saved in the recovery point). */
  live: LiveState;
  /** When the recovery point was last saved (ms), for "saved Xs ago". */
  snapshotSavedAt: number | null;
  /** `save`: an event worth a recovery point right away (set done, exercise done, rest skipped). */
  onChange: (live: LiveState, save: boolean) => void;
}

/** The live part of an active session: log the next set, rest, see that everything is saved. */
export function LiveSession({ session, live, snapshotSavedAt, onChange }: LiveSessionProps) {
  const { t, locale } = useI18n();
  const exercises = sessionExercises(session);
  const logSet = useLogSet(session.id);
  const [pending, setPending] = useState<LogSetRequest | null>(null);
  const [setSavedAt, setSetSavedAt] = useState(() => lastSavedAt(session));
  const [justSaved, setJustSaved] = useState<string | null>(null);

  const position = currentPosition(session, live.chosen);
  const exerciseIndex = pending?.exerciseIndex ?? position.exerciseIndex;
  const exercise = exercises[exerciseIndex]!;
  const setIndex = pending?.setIndex ?? position.setIndex;
  const target = exercise.sets[Math.min(setIndex, exercise.sets.length - 1)]!;
  const name = exerciseName(exercise.exerciseId, locale, exercise.name);
  const savedAt = Math.max(setSavedAt ?? 0, snapshotSavedAt ?? 0) || null;

  const send = (body: LogSetRequest) => {
    setPending(body);
    setJustSaved(null);
    logSet.mutate(body, {
      onSuccess: ({ session: next }) => {
        setPending(null);
        setSetSavedAt(Date.now());
        setJustSaved(t('live.setSaved', { n: body.setIndex + 1, name }));
        const exerciseDone = loggedCount(next, body.exerciseIndex) >= exercise.sets.length;
        const restSec = target.restSec;
        onChange({ chosen: exerciseDone ? null : live.chosen, rest: restSec > 0 ? { endsAt: Date.now() + restSec * 1000, totalSec: restSec } : null }, true);
      },
      onError: (error) => {
        if (!retryable(error)) setPending(null);
      },
    });
  };

  return (
    <section className="card live" aria-labelledby="live-title">
      <div className="page-head">
        <h2 id="live-title">{t('live.title')}</h2>
        <SavedAgo savedAt={savedAt} saving={logSet.isPending} failed={!!pending && logSet.isError} />
      </div>
      {live.rest && <RestTimer rest={live.rest} onChange={(rest) => onChange({ ...live, rest }, rest === null)} />}
      {justSaved && <Alert kind="success">{justSaved}</Alert>}
      {pending && logSet.isError && <Alert kind="error">{t('live.notSaved')}</Alert>}
      {!pending && <ErrorAlert error={logSet.error} hideFields={[]} />}
      {exercises.length > 1 && (
        <SelectField
          label={t('live.exercise')}
          value={String(exerciseIndex)}
          disabled={!!pending}
          onChange={(e) => onChange({ ...live, chosen: Number(e.target.value) }, false)}
          options={exercises.map((ex, i) => ({
            value: String(i),
            label: `${exerciseName(ex.exerciseId, locale, ex.name)} (${loggedCount(session, i)}/${ex.sets.length})`,
          }))}
        />
      )}
      <SetForm
        key={`${exerciseIndex}:${setIndex}:${pending?.id ?? ''}`}
        heading={t('live.setOf', { n: setIndex + 1, total: exercise.sets.length, name })}
        target={target}
        pending={pending}
        busy={logSet.isPending}
        onSubmit={(values) => send(pending ?? { id: crypto.randomUUID(), exerciseIndex, setIndex, ...values })}
        onDiscard={() => {
          setPending(null);
          logSet.reset();
        }}
      />
    </section>
  );
}
type SetValues = Pick<LogSetRequest, 'reps' | 'loadKg' | 'durationSec' | 'distanceM' | 'rpe'>;
const fields = ['reps', 'loadKg', 'durationSec', 'distanceM'] as const;

interface SetFormProps {
  heading: string;
  target: PrescribedSet;
  pending: LogSetRequest | null;
  busy: boolean;
  onSubmit: (values: SetValues) => void;
  onDiscard: () => void;
}

/** The next set, prefilled from the prescription; read-only while an unsaved attempt is kept for retry. */
function SetForm({ heading, target, pending, busy, onSubmit, onDiscard }: SetFormProps) {
  const { t } = useI18n();
  const shown = fields.filter((field) => target[field] != null);
  const visible = shown.length ? shown : (['reps', 'loadKg'] as const);
  const [values, setValues] = useState<Record<string, string>>(() => {
    const source = pending ?? { ...target, rpe: target.targetRpe };
    return Object.fromEntries([...fields, 'rpe' as const].map((f) => [f, source[f]?.toString() ?? '']));
  });
  const num = (value: string | undefined) => (!value || value.trim() === '' ? null : Number(value.replace(',', '.')));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({ reps: num(values.reps), loadKg: num(values.loadKg), durationSec: num(values.durationSec), distanceM: num(values.distanceM), rpe: num(values.rpe) });
  };
  const input = (field: (typeof fields)[number] | 'rpe', props: { step?: string; min?: number; max?: number }) => (
    <TextField
      key={field}
      label={t(`set.${field === 'rpe' ? 'rpe' : field}`)}
      type="number"
      inputMode="decimal"
      readOnly={!!pending}
      value={values[field] ?? ''}
      onChange={(e) => setValues({ ...values, [field]: e.target.value })}
      {...props}
    />
  );

  return (
    <form onSubmit={submit} className="set-form" aria-label={heading}>
      <h3>{heading}</h3>
      <div className="set-fields">
        {visible.map((field) => input(field, { min: 0, step: field === 'loadKg' ? '0.5' : '1' }))}
        {input('rpe', { min: 1, max: 10, step: '0.5' })}
      </div>
      <div className="actions">
        <button type="submit" className="primary big" disabled={busy}>
          {busy ? t('common.saving') : pending ? t('live.retry') : t('live.logSet')}
        </button>
        {pending && !busy && (
          <button type="button" className="link" onClick={onDiscard}>
            {t('live.discard')}
          </button>
        )}
      </div>
    </form>
  );
}
