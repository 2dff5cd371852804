import type { Exercise } from '../../catalog';
import { type BlockFormat, type BlockKind, type PrescribedBlock, type PrescribedExercise, type PrescribedSet } from '../prescription';
import { BLOCK_TRANSITION_SEC, EXERCISE_TRANSITION_SEC, plannedSeconds } from '../planned-duration';
import { isDiscouraged, usable, type Plan } from './plan';
import { exerciseName, tr } from './text';

export function mkSet(fields: Partial<PrescribedSet> & { restSec: number }): PrescribedSet {
  return {
    type: 'working',
    reps: null,
    loadKg: null,
    durationSec: null,
    distanceM: null,
    calories: null,
    targetRpe: null,
    targetRir: null,
    targetHrZone: null,
    targetPaceSecPerKm: null,
    ...fields,
    restSec: Math.max(0, Math.round(fields.restSec)),
  };
}

export function mkEntry(
  plan: Plan,
  exercise: Exercise,
  sets: PrescribedSet[],
  notes: string | null = null,
  scaling: string | null = null,
): PrescribedExercise {
  return { exerciseId: exercise.id, name: exerciseName(exercise, plan.locale), sets, notes, scaling };
}

export function mkBlock(
  name: string,
  kind: BlockKind,
  format: BlockFormat,
  exercises: PrescribedExercise[],
  rounds: number | null = null,
  timeCapMin: number | null = null,
): PrescribedBlock {
  return { name, kind, format, rounds, timeCapMin, exercises };
}

export const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
export const roundTo = (value: number, step: number) => Math.round(value / step) * step;

/** Session length that remains for the main work after the warm-up and a minimal cool-down. */
export const minCooldownSec = (plan: Plan) => clamp(Math.round(plan.targetSec * 0.05), 60, 300);
export const warmupSecFor = (plan: Plan, share = 0.12) => clamp(roundTo(plan.targetSec * share, 15), 120, 900);

/** True when these blocks, a transition and the minimal cool-down fit in the time available. */
export function fits(plan: Plan, blocks: readonly PrescribedBlock[]): boolean {
  return plannedSeconds(blocks) + BLOCK_TRANSITION_SEC + minCooldownSec(plan) <= plan.targetSec;
}

/** Seconds left for more main work (before the minimal cool-down). */
export function spareSec(plan: Plan, blocks: readonly PrescribedBlock[]): number {
  return plan.targetSec - plannedSeconds(blocks) - BLOCK_TRANSITION_SEC - minCooldownSec(plan);
}

/**
 * A block of timed items (one set each, no rest) that lasts exactly `seconds` by the planned-time
 * rule: the work is shared out in 5 s steps by weight, the last item takes the remainder.
 */
export function timedBlock(
  plan: Plan,
  name: string,
  kind: BlockKind,
  items: readonly { exercise: Exercise; weight?: number; set?: Partial<PrescribedSet>; notes?: string | null }[],
  seconds: number,
): PrescribedBlock | null {
  let chosen = [...items];
  while (chosen.length > 1 && seconds - EXERCISE_TRANSITION_SEC * (chosen.length - 1) < 30 * chosen.length) chosen = chosen.slice(0, -1);
  if (chosen.length === 0) return null;
  const work = Math.round(seconds - EXERCISE_TRANSITION_SEC * (chosen.length - 1));
  if (work < 10) return null;
  const totalWeight = chosen.reduce((sum, item) => sum + (item.weight ?? 1), 0);
  let left = work;
  const entries = chosen.map((item, index) => {
    const last = index === chosen.length - 1;
    const share = last ? left : Math.max(5, Math.floor((work * (item.weight ?? 1)) / totalWeight / 5) * 5);
    left -= share;
    return mkEntry(plan, item.exercise, [mkSet({ ...item.set, durationSec: share, restSec: 0 })], item.notes ?? null);
  });
  return mkBlock(name, kind, 'straight', entries);
}

/** Usable ids of a list, rotated by day for variety, not discouraged first, at most `count`. */
export function rotatePick(plan: Plan, ids: readonly string[], count: number, used: ReadonlySet<string> = new Set()): Exercise[] {
  const found = ids.filter((id) => !used.has(id)).map((id) => usable(plan, id)).filter((e): e is Exercise => e !== undefined);
  const clean = found.filter((e) => !isDiscouraged(e, plan.avoid));
  const group = clean.length >= Math.min(count, found.length) ? clean : found;
  if (group.length === 0) return [];
  const start = plan.day % group.length;
  const rotated = [...group.slice(start), ...group.slice(0, start)];
  return rotated.slice(0, count);
}

export type Focus = 'lower' | 'upper' | 'full' | 'run' | 'swim' | 'calisthenics';

const WARMUP_DRILLS: Readonly<Record<Focus, readonly string[]>> = {
  lower: ['leg-swings', 'worlds-greatest-stretch', 'deep-squat-hold', 'ankle-rocks', 'ninety-ninety-hip-switch', 'inchworm', 'cat-cow'],
  upper: ['arm-circles', 'shoulder-dislocate', 'scapular-push-up', 'thoracic-rotation', 'reverse-snow-angel', 'cat-cow', 'wrist-mobility'],
  full: ['inchworm', 'worlds-greatest-stretch', 'arm-circles', 'leg-swings', 'thoracic-rotation', 'cat-cow', 'deep-squat-hold'],
  run: ['leg-swings', 'ankle-rocks', 'worlds-greatest-stretch', 'high-knees', 'inchworm'],
  swim: ['arm-circles', 'shoulder-dislocate', 'thoracic-rotation', 'scapular-push-up'],
  calisthenics: ['wrist-mobility', 'arm-circles', 'scapular-push-up', 'cat-cow', 'shoulder-dislocate', 'deep-squat-hold', 'reverse-snow-angel'],
};

const COOLDOWN_STRETCHES: Readonly<Record<Focus, readonly string[]>> = {
  lower: ['hamstring-stretch', 'hip-flexor-stretch', 'pigeon-stretch', 'couch-stretch', 'calf-stretch', 'childs-pose', 'breathing-reset'],
  upper: ['doorway-chest-stretch', 'childs-pose', 'thoracic-rotation', 'downward-dog', 'breathing-reset'],
  full: ['childs-pose', 'pigeon-stretch', 'hamstring-stretch', 'doorway-chest-stretch', 'hip-flexor-stretch', 'breathing-reset'],
  run: ['calf-stretch', 'hamstring-stretch', 'hip-flexor-stretch', 'couch-stretch', 'pigeon-stretch', 'breathing-reset'],
  swim: ['doorway-chest-stretch', 'childs-pose', 'thoracic-rotation', 'downward-dog', 'breathing-reset'],
  calisthenics: ['wrist-mobility', 'doorway-chest-stretch', 'childs-pose', 'downward-dog', 'pigeon-stretch', 'breathing-reset'],
};

/** Any mobility work, the last resort of warm-ups and cool-downs. */
const ANY_MOBILITY = ['cat-cow', 'childs-pose', 'breathing-reset', 'thoracic-rotation', 'dead-bug', 'downward-dog', 'brisk-walk'];

/**
 * General warm-up: an easy pulse raiser (first usable of `cardioIds`) then mobility drills for the
 * focus. Lasts exactly `seconds`.
 */
export function warmupBlock(plan: Plan, seconds: number, focus: Focus, cardioIds: readonly string[]): PrescribedBlock | null {
  const cardio = cardioIds.map((id) => usable(plan, id)).find((e): e is Exercise => e !== undefined && !isDiscouraged(e, plan.avoid));
  const drillCount = clamp(Math.floor(seconds / (cardio ? 120 : 75)), 1, 4);
  let drills = rotatePick(plan, WARMUP_DRILLS[focus], drillCount);
  if (drills.length === 0) drills = rotatePick(plan, ANY_MOBILITY, drillCount);
  const items = [
    ...(cardio ? [{ exercise: cardio, weight: drills.length > 0 ? drills.length * 1.2 : 1, set: { targetHrZone: 2, targetRpe: 3 } }] : []),
    ...drills.map((exercise) => ({ exercise, weight: 1, notes: null })),
  ];
  return timedBlock(plan, tr(plan.locale, 'Warm-up', 'Échauffement'), 'warmup', items, seconds);
}

export function cooldownBlock(plan: Plan, seconds: number, focus: Focus, leadIds: readonly string[] = []): PrescribedBlock | null {
  const lead = leadIds.map((id) => usable(plan, id)).find((e): e is Exercise => e !== undefined);
  const count = clamp(Math.floor(seconds / 90), 1, 6) - (lead ? 1 : 0);
  let stretches = rotatePick(plan, COOLDOWN_STRETCHES[focus], Math.max(1, count));
  if (stretches.length === 0) stretches = rotatePick(plan, ANY_MOBILITY, Math.max(1, count));
  const items = [
    ...(lead ? [{ exercise: lead, weight: 1.5, set: { targetHrZone: 1, targetRpe: 2 } }] : []),
    ...stretches.map((exercise) => ({ exercise })),
  ];
  if (items.length === 0) return null;
  return timedBlock(plan, tr(plan.locale, 'Cool-down', 'Retour au calme'), 'cooldown', items, seconds);
}

/** A single steady piece that can last any time: used when the main work could not fill the session. */
export function fillerBlock(plan: Plan, seconds: number, ids: readonly string[]): PrescribedBlock | null {
  if (seconds < 120) return null;
  const exercise = ids.map((id) => usable(plan, id)).find((e): e is Exercise => e !== undefined && !isDiscouraged(e, plan.avoid));
  if (!exercise) return null;
  const entry = mkEntry(
    plan,
    exercise,
    [mkSet({ durationSec: Math.round(seconds), targetHrZone: 2, targetRpe: 4, restSec: 0 })],
    tr(plan.locale, 'Easy, conversational pace (zone 2).', 'Allure facile, conversation possible (zone 2).'),
  );
  return mkBlock(tr(plan.locale, 'Aerobic finisher', 'Finisher aérobie'), 'conditioning', 'straight', [entry]);
}

export const STEADY_CARDIO = ['bike-erg', 'row-erg', 'ski-erg', 'recovery-spin', 'incline-walk', 'air-bike', 'run', 'brisk-walk'];

/**
 * Completes a session: adds a steady filler when the main work left a large gap, then a cool-down
 * that takes exactly the remaining time (within the 5 s rounding of its items).
 */
export function finish(
  plan: Plan,
  blocks: PrescribedBlock[],
  focus: Focus,
  fillerIds: readonly string[] = STEADY_CARDIO,
  cooldownLead: readonly string[] = [],
): PrescribedBlock[] {
  const target = plan.targetSec;
  const out = [...blocks];
  let remaining = target - plannedSeconds(out) - BLOCK_TRANSITION_SEC;
  const maxCooldown = Math.max(300, Math.round(target * 0.15));
  const idealCooldown = clamp(Math.round(target * 0.08), 120, 600);
  if (remaining > maxCooldown) {
    const filler = fillerBlock(plan, remaining - idealCooldown - BLOCK_TRANSITION_SEC, fillerIds);
    if (filler) {
      out.push(filler);
      remaining = target - plannedSeconds(out) - BLOCK_TRANSITION_SEC;
      plan.notes.push(
        tr(
          plan.locale,
          'An easy aerobic finisher fills the rest of the time available.',
          'Un finisher aérobie facile complète le temps disponible.',
        ),
      );
    }
  }
  if (remaining >= 30) {
    const cooldown = cooldownBlock(plan, remaining, focus, cooldownLead);
    if (cooldown) out.push(cooldown);
  }
  return out;
}
