import { useCapabilities } from '../../api/capabilities';
import { Link, useLocation } from '../../app/router';
import { useI18n } from '../../i18n/i18n';
import { OutboxStatus } from '../../offline/OutboxStatus';
import { useNow } from '../../ui/useNow';
import { useRecovery } from '../recovery/useRecovery';
import { useToday } from '../today/useToday';
import { clock } from './format';
import { liveStateFrom } from './live-position';
import { liveStore, useLiveEntry } from './live-store';
import './live.css';

const sessionPath = (id: string) => `/training/sessions/${encodeURIComponent(id)}`;

/** On every screen but its own: the session in progress, its time, its rest, and the way back. */
export function SessionBar() {
  const { can } = useCapabilities();
  if (!can('GET /training/today')) return null;
  return <ActiveBar />;
}

function ActiveBar() {
  const { t } = useI18n();
  const { can } = useCapabilities();
  const { path } = useLocation();
  const today = useToday();
  const active = today.data?.activeSessions ?? [];
  const session = active[0];
  const entry = useLiveEntry(session?.id ?? null);
  const recovery = useRecovery(can('GET /training/recovery'));
  const now = useNow(1000, !!session);
  if (!session || path === sessionPath(session.id)) return null;
  const started = session.startedAt ? Date.parse(session.startedAt) : null;
  const saved = recovery.data?.sessionId === session.id ? liveStateFrom(recovery.data, now).rest : null;
  const rest = entry.live ? entry.live.rest : saved;
  const restLeft = rest ? Math.ceil((rest.endsAt - now) / 1000) : 0;
  return (
    <aside className="session-bar" aria-label={t('live.bar.label')}>
      <span className="session-bar-dot" aria-hidden="true" />
      <span className="session-bar-text">
        <span className="session-bar-label">{t('live.bar.label')}</span>
        <strong className="session-bar-title">{session.title}</strong>
        {started !== null && <span>{t('live.bar.elapsed', { time: clock((now - started) / 1000) })}</span>}
        {restLeft > 0 && <span className="session-bar-rest">{t('live.bar.rest', { time: clock(restLeft) })}</span>}
        {active.length > 1 && <span>{t('live.bar.more', { n: active.length - 1 })}</span>}
        <OutboxStatus compact />
      </span>
      {/* Going back is resuming: no second question on the session's page. */}
      <Link className="button primary" to={sessionPath(session.id)} onClick={() => liveStore.answerRecovery(session.id, 'resumed')}>
        {t('live.bar.back')}
      </Link>
    </aside>
  );
}
