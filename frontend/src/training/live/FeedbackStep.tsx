import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import type { CompleteRequest, TrainingSession } from '../../api/types';
import { useI18n, type TextKey } from '../../i18n/i18n';
import { ErrorAlert } from '../../ui/Alert';
import { RangeField, TextAreaField, TextField } from '../../ui/Field';
import { useQueuedCompletion } from '../../offline/live-writes';

/** RPE in words (Borg CR-10 anchors). */
const rpeWord = (rpe: number): TextKey => (rpe < 3 ? 'rpe.veryEasy' : rpe < 5 ? 'rpe.easy' : rpe < 7 ? 'rpe.moderate' : rpe < 9 ? 'rpe.hard' : rpe < 10 ? 'rpe.veryHard' : 'rpe.max');

/** The average RPE of the logged sets, to the half point, else 6. */
function setsRpe(session: TrainingSession): number {
  const rpes = session.loggedSets.flatMap((set) => (set.rpe === null ? [] : [set.rpe]));
  return rpes.length ? Math.round((rpes.reduce((a, b) => a + b, 0) / rpes.length) * 2) / 2 : 6;
}

/** Minutes since the session started (1–1440), as a starting value for the actual duration. */
function elapsedMin(session: TrainingSession): string {
  if (!session.startedAt) return '';
  return String(Math.min(1440, Math.max(1, Math.round((Date.now() - Date.parse(session.startedAt)) / 60_000))));
}

/** The pipeline's last step: how hard it felt, how long it took, notes → complete. */
export function FeedbackStep({ session, suggestedNotes = [], onBack, onCompleted }: { session: TrainingSession; suggestedNotes?: string[]; onBack: () => void; onCompleted?: () => void }) {
  const { t, formatNumber } = useI18n();
  // Through the outbox, after the sets still waiting there; offline it waits too.
  const complete = useQueuedCompletion(session.id);
  const [rpe, setRpe] = useState(() => setsRpe(session));
  const [duration, setDuration] = useState(() => elapsedMin(session));
  // The timed blocks' results (AMRAP rounds, For Time) are offered as notes, to keep or change.
  const [notes, setNotes] = useState(() => [session.notes ?? '', ...suggestedNotes.filter((line) => !(session.notes ?? '').includes(line))].filter(Boolean).join('\n'));
  const errors = complete.error instanceof ApiError ? complete.error.fieldMessages() : {};
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: CompleteRequest = { rpeAvg: rpe };
    if (duration.trim()) body.durationActualMin = Number(duration.replace(',', '.'));
    if (notes.trim()) body.notes = notes.trim();
    complete.mutate(body, { onSuccess: () => onCompleted?.() });
  };

  return (
    <form className="card" onSubmit={submit} aria-labelledby="feedback-title">
      <h2 id="feedback-title" tabIndex={-1} ref={heading}>
        {t('feedback.title')}
      </h2>
      <p className="muted">{t('feedback.intro', { sets: session.loggedSets.length })}</p>
      <ErrorAlert error={complete.error} hideFields={['rpeAvg', 'durationActualMin', 'notes']} />
      <RangeField
        label={t('feedback.rpe')}
        min={1}
        max={10}
        step={0.5}
        value={rpe}
        shown={`${formatNumber(rpe)} · ${t(rpeWord(rpe))}`}
        error={errors.rpeAvg}
        onChange={(e) => setRpe(Number(e.target.value))}
      />
      <TextField
        label={t('feedback.duration')}
        type="number"
        min={1}
        max={1440}
        inputMode="numeric"
        hint={t('feedback.duration.hint')}
        value={duration}
        error={errors.durationActualMin}
        onChange={(e) => setDuration(e.target.value)}
      />
      <TextAreaField label={t('feedback.notes')} maxLength={2000} value={notes} error={errors.notes} onChange={(e) => setNotes(e.target.value)} />
      <div className="actions">
        <button type="submit" className="primary big" disabled={complete.isPending}>
          {complete.isPending ? t('common.saving') : t('feedback.submit')}
        </button>
        <button type="button" onClick={onBack} disabled={complete.isPending}>
          {t('feedback.back')}
        </button>
      </div>
    </form>
  );
}
