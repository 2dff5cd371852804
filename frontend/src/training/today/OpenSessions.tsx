import type { Today } from '../../api/types';
import { Link, navigate } from '../../app/router';
import { useI18n } from '../../i18n/i18n';
import { StartSession } from '../live/StartSession';

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
      </div>
      {session.status === 'active' ? (
        <Link className="button primary" to={sessionPath(session.id)} aria-label={t('today.resumeNamed', { title: session.title })}>
          {t('today.resume')}
        </Link>
      ) : (
        // One session at a time: offers to resume or finish the one in progress instead.
        <StartSession session={session} className="primary" text={t('today.start')} label={t('today.startNamed', { title: session.title })} onStarted={() => navigate(sessionPath(session.id))} />
      )}
    </li>
  );
}
