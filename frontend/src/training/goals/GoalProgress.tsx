import type { Goal } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { Bar } from '../../ui/Bar';
import { formatGoalValue } from './goal-format';
import { goalProgress } from './goal-progress';

/** A goal's title, "current / target" and progress bar. */
export function GoalProgress({ goal }: { goal: Goal }) {
  const i18n = useI18n();
  const { t, formatDay } = i18n;
  const percent = Math.round(goalProgress(goal) * 100);
  const values = t('goals.progress', { current: formatGoalValue(goal.currentValue, goal.unit, i18n), target: formatGoalValue(goal.targetValue, goal.unit, i18n) });
  return (
    <div className="goal-progress">
      <div className="part-head">
        <strong>{goal.title}</strong>
        <span>{percent} %</span>
      </div>
      <Bar label={goal.title} value={percent} valueText={`${percent} % · ${values}`} tone={goal.status === 'achieved' || percent >= 100 ? 'ready' : undefined} />
      <small className="muted">
        {values}
        {goal.deadline && ` · ${t('goals.by', { day: formatDay(goal.deadline) })}`}
      </small>
    </div>
  );
}
