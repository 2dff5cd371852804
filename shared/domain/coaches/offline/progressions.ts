import { getExercise, progressionChains, type Exercise, type ProgressionChain } from '../../catalog';
import type { HistoryEntry } from '../context';
import { setEffort } from './history';
import { usable, type Plan } from './plan';

export type StepChange = 'new' | 'hold' | 'variation_up' | 'variation_down';

export interface ChainStep {
  exercise: Exercise;
  chain: ProgressionChain;
  /** 0-based position in the chain. */
  index: number;
  change: StepChange;
  /** The history entry the choice was based on. */
  basis: HistoryEntry | undefined;
}

const chainById = new Map(progressionChains.map((chain) => [chain.id, chain]));

/** Share of the chain a level reaches without history (beginner → a quarter of the way). */
const LEVEL_REACH = [0.25, 0.5, 0.75, 1];

/** Verdict on the newest logged attempt of a chain step. */
export function attemptVerdict(exercise: Exercise, entry: HistoryEntry): 'mastered' | 'working' | 'struggled' {
  const sets = entry.sets.filter((s) => (s.reps ?? 0) > 0 || (s.durationSec ?? 0) > 0);
  if (sets.length === 0) return 'working';
  const efforts = sets.map(setEffort);
  const known = efforts.every((e) => e != null);
  const maxEffort = Math.max(...efforts.map((e) => e ?? 0));
  if (exercise.defaultUnits === 'time') {
    const shortest = Math.min(...sets.map((s) => s.durationSec ?? 0));
    const longest = Math.max(...sets.map((s) => s.durationSec ?? 0));
    if (longest < 8 || maxEffort >= 9.5) return 'struggled';
    if (shortest >= 20 && (known ? maxEffort <= 8 : shortest >= 30)) return 'mastered';
    return 'working';
  }
  const fewest = Math.min(...sets.map((s) => s.reps ?? 0));
  const goal = exercise.movementPattern === 'skill' ? 5 : 8;
  if (fewest < 3 || maxEffort >= 9.5) return 'struggled';
  if (fewest >= goal && (known ? maxEffort <= 8 : fewest >= goal + 4)) return 'mastered';
  return 'working';
}

/**
 * Chooses the step of a progression chain for today: from the newest logged step (mastered → one
 * step harder, struggled → one easier, else the same), otherwise from the level; then the nearest
 * step this coach may use here (equipment, level, avoid list), preferring easier to harder.
 */
export function pickChainStep(plan: Plan, chainId: string, used: ReadonlySet<string> = new Set()): ChainStep | undefined {
  const chain = chainById.get(chainId);
  if (!chain) return undefined;
  const open = chain.ids.map((id, index) => ({ index, exercise: used.has(id) ? undefined : usable(plan, id) }));
  const candidates = open.filter((c): c is { index: number; exercise: Exercise } => c.exercise !== undefined);
  if (candidates.length === 0) return undefined;

  const basis = plan.history.find((entry) => chain.ids.includes(entry.exerciseId));
  let target: number;
  let from: number | null = null;
  if (basis) {
    from = chain.ids.indexOf(basis.exerciseId);
    const logged = getExercise(basis.exerciseId);
    const verdict = logged ? attemptVerdict(logged, basis) : 'working';
    target = verdict === 'mastered' ? from + 1 : verdict === 'struggled' ? from - 1 : from;
    if (plan.energy <= 1 && target > from) target = from;
  } else {
    target = Math.round((LEVEL_REACH[plan.rank] ?? 0.5) * (chain.ids.length - 1));
    if (plan.energy <= 2) target -= 1;
  }
  target = Math.max(0, Math.min(chain.ids.length - 1, target));
  const atOrBelow = candidates.filter((c) => c.index <= target);
  const chosen = atOrBelow[atOrBelow.length - 1] ?? candidates[0];
  if (!chosen) return undefined;
  let change: StepChange = 'new';
  if (from != null) change = chosen.index > from ? 'variation_up' : chosen.index < from ? 'variation_down' : 'hold';
  return { exercise: chosen.exercise, chain, index: chosen.index, change, basis };
}
