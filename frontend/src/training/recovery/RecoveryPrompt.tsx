import { useState } from 'react';
import type { SessionSnapshot } from '../../api/types';
import { navigate, useLocation } from '../../app/router';
import { useI18n } from '../../i18n/i18n';
import { ErrorAlert } from '../../ui/Alert';
import { useNow } from '../../ui/useNow';
import { exerciseName } from '../common-exercises';
import { sessionExercises } from '../live-position';
import { useSession } from '../useSessions';
import { useCancelRecovery, useRecovery } from './useRecovery';

/** On app open: the unfinished live session saved in the last 24 h, offered to resume or cancel, until answered. */
export function RecoveryPrompt() {
  const recovery = useRecovery();
  const [answered, setAnswered] = useState(false);
  if (answered || !recovery.data) return null;
  return <RecoveryOffer snapshot={recovery.data} onAnswered={() => setAnswered(true)} />;
}

function RecoveryOffer({ snapshot, onAnswered }: { snapshot: SessionSnapshot; onAnswered: () => void }) {
  const { t, locale } = useI18n();
  const { path } = useLocation();
  const session = useSession(snapshot.sessionId);
  const cancel = useCancelRecovery();
  const now = useNow(30_000);
  if (session.data?.status !== 'active') return null;

  const target = `/training/sessions/${encodeURIComponent(snapshot.sessionId)}`;
  const exercise = sessionExercises(session.data)[snapshot.exerciseIndex];
  const minutes = Math.max(0, Math.floor((now - Date.parse(snapshot.updatedAt)) / 60_000));
  const ago = minutes < 1 ? t('recovery.justNow') : minutes < 120 ? t('recovery.minutesAgo', { min: minutes }) : t('recovery.hoursAgo', { h: Math.floor(minutes / 60) });
  const where =
    snapshot.step === 'feedback' || !exercise
      ? t('recovery.atFeedback')
      : t('recovery.at', { exercise: exerciseName(exercise.exerciseId, locale, exercise.name), n: Math.min(snapshot.setIndex + 1, exercise.sets.length), total: exercise.sets.length });

  const resume = () => {
    onAnswered();
    if (path === target) document.getElementById(snapshot.step === 'feedback' ? 'feedback-title' : 'live-title')?.scrollIntoView({ block: 'start' });
    else navigate(target);
  };

  return (
    <section className="card recovery" aria-labelledby="recovery-title">
      <h2 id="recovery-title">{t('recovery.title')}</h2>
      <p>
        <strong>{session.data.title}</strong> · {where} · {t('recovery.saved', { ago })}
      </p>
      <p className="muted small">{t('recovery.cancelExplain')}</p>
      <ErrorAlert error={cancel.error} />
      <div className="actions">
        <button type="button" className="primary" onClick={resume}>
          {t('recovery.resume')}
        </button>
        <button type="button" onClick={() => cancel.mutate(snapshot.sessionId, { onSuccess: onAnswered })} disabled={cancel.isPending}>
          {cancel.isPending ? t('common.wait') : t('recovery.cancel')}
        </button>
      </div>
    </section>
  );
}
