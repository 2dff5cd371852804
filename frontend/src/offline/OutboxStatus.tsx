import { useI18n } from '../i18n/i18n';
import { waitingSets } from './merge';
import { useOutbox, useOutboxState } from './OutboxProvider';
import './offline.css';

/**
 * How safe the athlete's writes are when the network is not there: "Offline — 3 sets waiting",
 * "Sending 3 sets…", and each write the API refused for good (with Dismiss), for one session or all.
 */
export function OutboxStatus({ sessionId, compact = false }: { sessionId?: string; compact?: boolean }) {
  const { t, locale } = useI18n();
  const outbox = useOutbox();
  const { queue, held, offline } = useOutboxState();
  const mine = sessionId ? queue.filter((op) => op.sessionId === sessionId) : queue;
  const n = waitingSets(mine);
  const shownHeld = compact ? [] : held.filter((entry) => !sessionId || entry.op.sessionId === sessionId);
  let line: string | null = null;
  if (offline) line = n === 0 ? t('offline.kept') : n === 1 ? t('offline.waitingOne') : t('offline.waiting', { n });
  else if (n > 0) line = n === 1 ? t('offline.sendingOne') : t('offline.sending', { n });
  const Line = compact ? 'span' : 'p';
  const time = (iso: string) => new Date(iso).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });

  return (
    <>
      <Line className={offline ? 'outbox-status outbox-offline' : 'outbox-status'} role="status" data-testid="outbox-status">
        {line}
      </Line>
      {shownHeld.map(({ op, reason, detail }) => (
        <div key={op.id} className="alert alert-error outbox-held" role="alert">
          <p>
            {t(op.kind === 'complete' ? 'offline.held.complete' : 'offline.held.set', {
              time: time(op.queuedAt),
              reason: reason === 'session_closed' ? t('offline.reason.closed') : t('offline.reason.refused', { detail }),
            })}
          </p>
          <button type="button" onClick={() => void outbox?.dismiss(op.id)}>
            {t('offline.dismiss')}
          </button>
        </div>
      ))}
    </>
  );
}
