import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/client';
import type { TrainingSession } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { ErrorAlert } from '../ui/Alert';
import { TextField } from '../ui/Field';
import { useCompleteSession } from './useSessions';

/** Ends an active session with how hard it felt (RPE 1–10) and optional notes. */
export function CompleteForm({ session }: { session: TrainingSession }) {
  const { t } = useI18n();
  const complete = useCompleteSession(session.id);
  const [rpe, setRpe] = useState('');
  const [notes, setNotes] = useState('');
  const errors = complete.error instanceof ApiError ? complete.error.fieldMessages() : {};

  const submit = (event: FormEvent) => {
    event.preventDefault();
    complete.mutate({ ...(rpe.trim() ? { rpeAvg: Number(rpe.replace(',', '.')) } : {}), ...(notes.trim() ? { notes: notes.trim() } : {}) });
  };

  return (
    <form className="card" onSubmit={submit} aria-labelledby="complete-title">
      <h2 id="complete-title">{t('complete.title')}</h2>
      <ErrorAlert error={complete.error} hideFields={['rpeAvg', 'notes']} />
      <div className="form-grid">
        <TextField label={t('complete.rpe')} type="number" min={1} max={10} step="0.5" inputMode="decimal" value={rpe} error={errors.rpeAvg} onChange={(e) => setRpe(e.target.value)} />
        <TextField label={t('complete.notes')} maxLength={2000} value={notes} error={errors.notes} onChange={(e) => setNotes(e.target.value)} />
      </div>
      <button type="submit" className="primary" disabled={complete.isPending || session.loggedSets.length === 0}>
        {complete.isPending ? t('common.saving') : t('complete.submit')}
      </button>
    </form>
  );
}
