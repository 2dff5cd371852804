import type { SessionSnapshot } from '../../api/types';
import { navigate, useLocation } from '../../app/router';
import { useI18n } from '../../i18n/i18n';
import { ErrorAlert } from '../../ui/Alert';
import { useNow } from '../../ui/useNow';
import { liveBlocks, liveStateFrom, tableRows } from '../live/live-position';
import { liveStore, useLiveEntry } from '../live/live-store';
import { useExerciseName } from '../useExerciseCatalog';
import { useSession } from '../useSessions';
import { useCancelRecovery, useRecovery } from './useRecovery';

const sessionPath = (id: string) => `/training/sessions/${encodeURIComponent(id)}`;

/**
 * On app open: the unfinished live session saved in the last 24 h, offered to resume or cancel,
 * until answered. On that session's own page the live view offers it in place instead.
 */
export function RecoveryPrompt() {
  const recovery = useRecovery();
  const { path } = useLocation();
  const entry = useLiveEntry(recovery.data?.sessionId ?? null);
  if (!recovery.data || entry.recovery || entry.live || path === sessionPath(recovery.data.sessionId)) return null;
  return <RecoveryOffer snapshot={recovery.data} />;
}

/** "Resume your session? Bench press, set 2 · rest running · saved 1 min ago" — Resume / Cancel. */
export function RecoveryOffer({ snapshot }: { snapshot: SessionSnapshot }) {
  const { t } = useI18n();
  const { path } = useLocation();
  const session = useSession(snapshot.sessionId);
  const cancel = useCancelRecovery();
  const exerciseName = useExerciseName();
  const now = useNow(1000);
  if (session.data?.status !== 'active') return null;

  const target = sessionPath(snapshot.sessionId);
  const live = liveStateFrom(snapshot, now);
  const entry = liveBlocks(session.data)
    .flatMap((block) => block.exercises.map((exercise) => ({ block, exercise })))
    .find(({ exercise }) => exercise.exerciseIndex === snapshot.exerciseIndex);
  const minutes = Math.max(0, Math.floor((now - Date.parse(snapshot.updatedAt)) / 60_000));
  const ago = minutes < 1 ? t('recovery.justNow') : minutes < 120 ? t('recovery.minutesAgo', { min: minutes }) : t('recovery.hoursAgo', { h: Math.floor(minutes / 60) });
  let where = t('recovery.atFeedback');
  if (snapshot.step !== 'feedback' && entry) {
    const name = exerciseName(entry.exercise.exercise.exerciseId, entry.exercise.exercise.name);
    const ordinal = tableRows(session.data, live, entry.block, entry.exercise).findIndex((row) => row.setIndex === snapshot.setIndex);
    where = ordinal === -1 || entry.block.timed ? name : t('live.recovery.at', { exercise: name, n: ordinal + 1 });
  }

  const resume = () => {
    liveStore.answerRecovery(snapshot.sessionId, 'resumed');
    if (path !== target) navigate(target);
  };

  return (
    <section className="card recovery" aria-labelledby="recovery-title">
      <h2 id="recovery-title">{t('recovery.title')}</h2>
      <p>
        <strong>{session.data.title}</strong> · {where}
        {live.rest && ` · ${t('live.recovery.rest')}`} · {t('recovery.saved', { ago })}
      </p>
      <p className="muted small">{t('recovery.cancelExplain')}</p>
      <ErrorAlert error={cancel.error} />
      <div className="actions">
        <button type="button" className="primary" onClick={resume}>
          {t('recovery.resume')}
        </button>
        <button
          type="button"
          onClick={() => cancel.mutate(snapshot.sessionId, { onSuccess: () => liveStore.answerRecovery(snapshot.sessionId, 'cancelled') })}
          disabled={cancel.isPending}
        >
          {cancel.isPending ? t('common.wait') : t('recovery.cancel')}
        </button>
      </div>
    </section>
  );
}
