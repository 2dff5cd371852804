import type { Goal } from '../../api/types';

type Measured = Pick<Goal, 'targetValue' | 'currentValue' | 'direction'>;
const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Progress 0–1 toward the target, as the API computes it (shared/domain/training/goal.ts
 * `goalProgress`; test/unit/frontend checks they agree): current / target when more wins,
 * target / current when less wins, 1 once reached.
 */
export function goalProgress(goal: Measured): number {
  if (goal.direction === 'increase') {
    if (goal.targetValue <= 0) return goal.currentValue >= goal.targetValue ? 1 : 0;
    return round3(clamp01(goal.currentValue / goal.targetValue));
  }
  if (goal.currentValue <= goal.targetValue) return 1;
  if (goal.currentValue <= 0 || goal.targetValue <= 0) return 0;
  return round3(clamp01(goal.targetValue / goal.currentValue));
}
