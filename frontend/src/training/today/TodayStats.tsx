import type { Today } from '../../api/types';
import { Link } from '../../app/router';
import { useI18n } from '../../i18n/i18n';

/** Today's totals from training sessions only (Forge has its own Day view), and the sessions completed today. */
export function TodayStats({ stats, completed }: { stats: Today['stats']; completed: Today['completedToday'] }) {
  const { t, m, formatNumber } = useI18n();
  const items: Array<[string, string]> = [
    [t('today.stats.count'), formatNumber(stats.count)],
    [t('today.stats.minutes'), `${formatNumber(stats.minutes)} min`],
    [t('today.stats.calories'), `${formatNumber(stats.calories)} kcal`],
    [t('today.stats.load'), `${formatNumber(stats.load)} ${t('unit.au')}`],
  ];
  return (
    <section className="card" aria-labelledby="stats-title">
      <h2 id="stats-title">{t('today.stats')}</h2>
      <dl className="metrics" data-testid="today-stats">
        {items.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {completed.length > 0 && (
        <ul className="plain-list">
          {completed.map((session) => (
            <li key={session.id}>
              <Link to={`/training/sessions/${encodeURIComponent(session.id)}`}>
                {[session.coach && t('session.coachName', { name: m.coach[session.coach] }), session.discipline && m.discipline[session.discipline]].filter(Boolean).join(' · ') || t('today.completedSession')}
              </Link>
              <span className="muted">
                {session.durationMin > 0 && ` · ${formatNumber(session.durationMin)} min`}
                {session.calories > 0 && ` · ${formatNumber(session.calories)} kcal`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
