import { useCapabilities } from '../../api/capabilities';
import type { Today } from '../../api/types';
import { Link } from '../../app/router';
import { useI18n } from '../../i18n/i18n';
import { ErrorAlert } from '../../ui/Alert';
import { usePageTitle } from '../../ui/usePageTitle';
import { GoalProgressList } from './GoalProgressList';
import { LoadBalanceCard } from './LoadBalanceCard';
import { LocationSummary } from './LocationSummary';
import { OpenSessions } from './OpenSessions';
import { ReadinessCard } from './ReadinessCard';
import { TodayStats } from './TodayStats';
import { useToday } from './useToday';

/** Training › Today, the landing screen: what to resume, how ready the athlete is, today's training, goals and places. */
export function TodayPage() {
  const { t } = useI18n();
  usePageTitle(t('today.title'));
  const { can } = useCapabilities();
  const today = useToday();
  return (
    <section aria-labelledby="today-title">
      <div className="page-head">
        <h1 id="today-title">{t('today.title')}</h1>
        {can('POST /training/sessions') && (
          <div className="actions">
            <Link className="button primary" to="/training/prepare">
              {t('session.new')}
            </Link>
            <Link to="/training/new">{t('prepare.writeOwn')}</Link>
          </div>
        )}
      </div>
      {today.isPending && <p aria-busy="true">{t('common.loading')}</p>}
      {today.isError && <ErrorAlert error={today.error} />}
      {today.data && <TodayContent today={today.data} />}
    </section>
  );
}

function TodayContent({ today }: { today: Today }) {
  const { t, m, formatDay } = useI18n();
  return (
    <>
      <p className="muted today-date">{formatDay(today.today)}</p>
      <OpenSessions active={today.activeSessions} drafts={today.draftSessions} />
      <div className="card-grid">
        <ReadinessCard readiness={today.readiness} />
        <LoadBalanceCard acwr={today.acwr} />
      </div>
      <TodayStats stats={today.stats} completed={today.completedToday} />
      <div className="card-grid">
        <GoalProgressList goals={today.goals} />
        <LocationSummary locations={today.locations} />
      </div>
      {today.devices.length > 0 && (
        <section className="card" aria-labelledby="devices-title">
          <h2 id="devices-title">{t('today.devices')}</h2>
          <ul className="plain-list">
            {today.devices.map((device) => (
              <li key={device.provider}>
                {device.provider} · {m.deviceStatus[device.status]}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
