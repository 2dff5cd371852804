import type { TrainingSession } from '../../api/types';
import { useCapabilities } from '../../api/capabilities';
import { Link } from '../../app/router';
import { useI18n } from '../../i18n/i18n';
import { ErrorAlert } from '../../ui/Alert';
import { AnotherSessionActiveError, useStartSession } from '../useSessions';
import { liveStore } from './live-store';

const sessionPath = (id: string) => `/training/sessions/${encodeURIComponent(id)}`;

/**
 * "Start the session", one session at a time: when another one is in progress it offers to
 * resume it or to finish it first instead of starting a second one. After the start, the live
 * view focuses the first set.
 */
export function StartSession(props: { session: Pick<TrainingSession, 'id' | 'title'>; className?: string; text?: string; label?: string; onStarted?: () => void }) {
  const { session, className = 'primary big', text, label, onStarted } = props;
  const { t } = useI18n();
  const { can } = useCapabilities();
  const start = useStartSession(session.id);
  if (!can('POST /training/sessions/{id}/start')) return null;
  const other = start.error instanceof AnotherSessionActiveError ? start.error.session : null;
  const begin = () =>
    start.mutate(undefined, {
      onSuccess: () => {
        liveStore.markStarted(session.id);
        onStarted?.();
      },
    });
  return (
    <div className="start-session">
      {other ? (
        <section className="card one-active" role="alert" aria-labelledby={`one-active-${session.id}`}>
          <h2 id={`one-active-${session.id}`}>{t('live.oneActive.title')}</h2>
          <p>{t('live.oneActive.text', { title: other.title })}</p>
          <div className="actions">
            <Link className="button primary" to={sessionPath(other.id)} onClick={() => liveStore.answerRecovery(other.id, 'resumed')}>
              {t('live.oneActive.resume', { title: other.title })}
            </Link>
            <Link className="button" to={`${sessionPath(other.id)}?finish=1`} onClick={() => liveStore.answerRecovery(other.id, 'resumed')}>
              {t('live.oneActive.finish')}
            </Link>
          </div>
        </section>
      ) : (
        <>
          <ErrorAlert error={start.error} />
          <button type="button" className={className} onClick={begin} disabled={start.isPending} aria-label={label}>
            {start.isPending ? t('common.wait') : (text ?? t('session.start'))}
          </button>
        </>
      )}
    </div>
  );
}
