import { useCapabilities } from '../../api/capabilities';
import type { Today } from '../../api/types';
import { Link, navigate } from '../../app/router';
import { useI18n } from '../../i18n/i18n';
import { ErrorAlert } from '../../ui/Alert';
import { useStartSession } from '../useSessions';

type Summary = Today['activeSessions'][number];
const sessionPath = (id: string) => `/training/sessions/${encodeURIComponent(id)}`;

/** Sessions in progress (resume) and drafts (start), newest first. */
export function OpenSessions({ active, drafts }: { active: Summary[]; drafts: Summary[] }) {
  const { t } = useI18n();
  if (active.length === 0 && drafts.length === 0) return <p className="empty">{t('today.noOpen')}</p>;
  return (
    <section aria-labelledby="open-title">
      <h2 id="open-title" className="visually-hidden">
        {t('today.open')}
      </h2>
      <ul className="session-list">
        {active.map((session) => (
          <SessionRow key={session.id} session={session} />
        ))}
        {drafts.map((session) => (
          <SessionRow key={session.id} session={session} />
        ))}
      </ul>
    </section>
  );
}

function SessionRow({ session }: { session: Summary }) {
  const { t, m } = useI18n();
  const { can } = useCapabilities();
  const start = useStartSession(session.id);
  const startNow = () => start.mutate(undefined, { onSuccess: () => navigate(sessionPath(session.id)) });
  return (
    <li className={`open-session open-${session.status}`}>
      <div>
        <Link to={sessionPath(session.id)} className="session-row-title">
          {session.title}
        </Link>{' '}
        <span className={`badge badge-${session.status}`}>{m.status[session.status]}</span>
        <div className="muted">
          {t('session.coachName', { name: m.coach[session.coach] })} · {m.discipline[session.discipline]} · {t('session.estimated', { min: session.estimatedDurationMin })}
        </div>
        <ErrorAlert error={start.error} />
      </div>
      {session.status === 'active' ? (
        <Link className="button primary" to={sessionPath(session.id)} aria-label={t('today.resumeNamed', { title: session.title })}>
          {t('today.resume')}
        </Link>
      ) : (
        can('POST /training/sessions/{id}/start') && (
          <button type="button" className="primary" onClick={startNow} disabled={start.isPending} aria-label={t('today.startNamed', { title: session.title })}>
            {start.isPending ? t('common.wait') : t('today.start')}
          </button>
        )
      )}
    </li>
  );
}
