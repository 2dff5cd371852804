import { useCapabilities } from '../../api/capabilities';
import type { Goal } from '../../api/types';
import { Link } from '../../app/router';
import { useI18n } from '../../i18n/i18n';
import { GoalProgress } from '../goals/GoalProgress';

/** The athlete's active goals and how far along each is. */
export function GoalProgressList({ goals }: { goals: Goal[] }) {
  const { t } = useI18n();
  const { can } = useCapabilities();
  const active = goals.filter((goal) => goal.status === 'active');
  return (
    <section className="card" aria-labelledby="today-goals-title">
      <div className="page-head">
        <h2 id="today-goals-title">{t('goals.title')}</h2>
        {can('GET /training/goals', 'POST /training/goals') && <Link to="/training/goals">{t('today.manageGoals')}</Link>}
      </div>
      {active.length === 0 ? (
        <p className="muted">{t('goals.none')}</p>
      ) : (
        <ul className="plain-list goal-list">
          {active.map((goal) => (
            <li key={goal.id}>
              <GoalProgress goal={goal} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
