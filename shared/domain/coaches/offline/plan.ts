import {
  catalog,
  coaches,
  equipment as equipmentValues,
  foldText,
  getExercise,
  levelRank,
  movementPatterns,
  muscleAliases,
  muscles as muscleValues,
  normalizeExerciseName,
  resolveExercise,
  type Coach,
  type Equipment,
  type Exercise,
  type Level,
  type MovementPattern,
  type Muscle,
} from '../../catalog';
import type { CoachContext, HistoryEntry } from '../context';
import { sortHistory } from './history';
import { possibleWith } from './implements';
import { createRng, dayNumber, hashString, type Rng } from '../../rng';
import type { Locale } from './text';

/** Exercises each coach may prescribe, in catalog order; built once. */
const byCoach = new Map<Coach, Exercise[]>(coaches.map((coach) => [coach, catalog.filter((e) => e.coaches.includes(coach))]));

export type GoalTag = 'strength' | 'hypertrophy' | 'power' | 'fatloss' | 'endurance' | 'mobility' | 'speed' | 'race';

/**
 * Goal vocabulary, matched as whole words of the folded goal text ("powerlifting" is a strength
 * word, never "power"); a trailing `*` matches any ending ("hypertroph*" → hypertrophy, hypertrophie).
 */
const GOAL_WORDS: Readonly<Record<GoalTag, readonly string[]>> = {
  strength: ['strength', 'strong', 'stronger', 'force', '1rm', 'powerlifting', 'powerlifter', 'max', 'maximal'],
  hypertrophy: ['hypertroph*', 'muscle', 'muscles', 'mass', 'masse', 'bodybuilding', 'musculation', 'size', 'volume'],
  power: ['power', 'puissance', 'explosiv*', 'olympic', 'weightlifting', 'halterophilie', 'detente'],
  fatloss: ['fat', 'weight loss', 'lose weight', 'perte de poids', 'perdre du poids', 'seche', 'lean', 'minceur', 'maigrir', 'calorie*'],
  endurance: ['endurance', 'cardio', 'stamina', 'aerob*', 'marathon', 'half marathon', 'semi marathon', '10k', '5k', '10 km', '5 km', 'trail', 'triathlon', 'conditioning'],
  mobility: ['mobility', 'mobilite', 'flexib*', 'souplesse', 'stretch*', 'etirement*'],
  speed: ['speed', 'vitesse', 'sprint*', 'fast', 'faster', 'rapide'],
  race: ['hyrox', 'race', 'competition', 'compet', 'deka', 'simulation'],
};

const wordPatterns = new Map<string, RegExp>();

/** True when `text` (folded) contains `word` as a whole word or phrase (`word*` = any ending). */
export function hasWord(text: string, word: string): boolean {
  let pattern = wordPatterns.get(word);
  if (!pattern) {
    const stem = word.endsWith('*');
    const body = foldText(stem ? word.slice(0, -1) : word).replace(/ /g, '\\s+');
    pattern = new RegExp(`(?:^|[^a-z0-9])${body}${stem ? '[a-z0-9]*' : ''}(?=$|[^a-z0-9])`);
    wordPatterns.set(word, pattern);
  }
  return pattern.test(text);
}

export const hasAnyWord = (text: string, words: readonly string[]): boolean => words.some((word) => hasWord(text, word));

export interface CompiledAvoid {
  ids: Set<string>;
  muscles: Set<Muscle>;
  patterns: Set<MovementPattern>;
  equipment: Set<Equipment>;
  unknown: string[];
}

export interface Plan {
  ctx: CoachContext;
  coach: Coach;
  locale: Locale;
  rng: Rng;
  /** Days since epoch of ctx.date: rotates templates from one day to the next. */
  day: number;
  level: Level;
  rank: number;
  energy: number;
  targetSec: number;
  history: HistoryEntry[];
  goals: Set<GoalTag>;
  /** All goals folded into one lower-case, accent-free string (for keyword checks). */
  goalText: string;
  /** Goals that drove a choice (the others get a note saying they were not understood). */
  goalsUnderstood: Set<string>;
  avoid: CompiledAvoid;
  /** What this coach may prescribe here: allowed, available, level-appropriate, not avoided. */
  pool: Exercise[];
  poolIds: Set<string>;
  notes: string[];
}

export function compileAvoid(entries: readonly string[]): CompiledAvoid {
  const out: CompiledAvoid = { ids: new Set(), muscles: new Set(), patterns: new Set(), equipment: new Set(), unknown: [] };
  for (const raw of entries) {
    const text = raw.trim();
    if (!text) continue;
    const lower = text.toLowerCase();
    const folded = foldText(text);
    const normalized = normalizeExerciseName(text);
    if (getExercise(lower)) {
      out.ids.add(lower);
      continue;
    }
    const muscle = muscleValues.find((m) => foldText(m) === folded || foldText(m) === normalized);
    if (muscle) {
      out.muscles.add(muscle);
      continue;
    }
    const alias = muscleAliases[folded] ?? muscleAliases[normalized];
    if (alias) {
      alias.forEach((m) => out.muscles.add(m));
      continue;
    }
    const pattern = movementPatterns.find((p) => foldText(p) === folded || foldText(p) === normalized);
    if (pattern) {
      out.patterns.add(pattern);
      continue;
    }
    const item = equipmentValues.find((e) => e !== 'none' && (foldText(e) === folded || foldText(e) === normalized));
    if (item) {
      out.equipment.add(item);
      continue;
    }
    const id = resolveExercise(text);
    if (id) {
      out.ids.add(id);
      continue;
    }
    out.unknown.push(text);
  }
  return out;
}

/** Hard exclusion: avoided id, a primary muscle, pattern or equipment on the avoid list. */
export function isAvoided(exercise: Exercise, avoid: CompiledAvoid): boolean {
  return (
    avoid.ids.has(exercise.id) ||
    exercise.primaryMuscles.some((m) => avoid.muscles.has(m)) ||
    avoid.patterns.has(exercise.movementPattern) ||
    exercise.equipment.some((e) => avoid.equipment.has(e))
  );
}

/** Soft exclusion: an avoided muscle only works as a secondary muscle (used when nothing else fits). */
export function isDiscouraged(exercise: Exercise, avoid: CompiledAvoid): boolean {
  return exercise.secondaryMuscles.some((m) => avoid.muscles.has(m));
}

function parseGoals(goals: readonly string[]): { tags: Set<GoalTag>; text: string; understood: Set<string> } {
  const text = goals.map(foldText).join(' | ');
  const tags = new Set<GoalTag>();
  const understood = new Set<string>();
  for (const goal of goals) {
    const folded = foldText(goal);
    for (const [tag, words] of Object.entries(GOAL_WORDS) as [GoalTag, readonly string[]][]) {
      if (hasAnyWord(folded, words)) {
        tags.add(tag);
        understood.add(goal);
      }
    }
  }
  return { tags, text, understood };
}

/** Goals a coach acted on (marks them understood) when one of `words` is in it. */
export function goalsMatching(plan: Plan, words: readonly string[]): boolean {
  let found = false;
  for (const goal of plan.ctx.goals) {
    if (hasAnyWord(foldText(goal), words)) {
      plan.goalsUnderstood.add(goal);
      found = true;
    }
  }
  return found;
}

/** Canonical text of the inputs, independent of key order, for the PRNG seed. */
function seedText(ctx: CoachContext): string {
  return [
    ctx.coach,
    ctx.discipline ?? '-',
    ctx.date,
    ctx.level,
    ctx.energy,
    ctx.durationMin,
    [...ctx.equipment].sort().join(','),
    [...ctx.goals].map(foldText).sort().join(','),
    [...ctx.avoid].map(foldText).sort().join(','),
    ctx.history.length,
    ctx.history.map((h) => `${h.exerciseId}@${h.performedAt}`).sort().slice(-5).join(','),
  ].join('|');
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

export function createPlan(ctx: CoachContext): Plan {
  const durationMin = clamp(Math.round(ctx.durationMin), 10, 180);
  const energy = clamp(Math.round(ctx.energy), 1, 5);
  const rank = levelRank(ctx.level);
  const avoid = compileAvoid(ctx.avoid);
  const available = [...ctx.equipment];
  const pool = (byCoach.get(ctx.coach) ?? []).filter(
    (e) => possibleWith(e, available) && levelRank(e.minLevel) <= rank && !isAvoided(e, avoid),
  );
  const { tags, text, understood } = parseGoals(ctx.goals);
  return {
    ctx,
    coach: ctx.coach,
    locale: ctx.locale ?? 'en',
    rng: createRng(hashString(seedText(ctx))),
    day: dayNumber(ctx.date),
    level: ctx.level,
    rank,
    energy,
    targetSec: durationMin * 60,
    history: sortHistory(ctx.history),
    goals: tags,
    goalText: text,
    goalsUnderstood: understood,
    avoid,
    pool,
    poolIds: new Set(pool.map((e) => e.id)),
    notes: [],
  };
}

/** The exercise when this coach may use it here. */
export function usable(plan: Plan, id: string): Exercise | undefined {
  return plan.poolIds.has(id) ? getExercise(id) : undefined;
}

/** First usable id of a preference list, preferring exercises that do not load an avoided muscle. */
export function firstUsable(plan: Plan, ids: readonly string[], used: ReadonlySet<string> = new Set()): Exercise | undefined {
  const candidates = ids.filter((id) => !used.has(id)).map((id) => usable(plan, id)).filter((e): e is Exercise => e !== undefined);
  return candidates.find((e) => !isDiscouraged(e, plan.avoid)) ?? candidates[0];
}

/** Newest history entry of an exercise. */
export function lastEntry(plan: Plan, id: string): HistoryEntry | undefined {
  return plan.history.find((entry) => entry.exerciseId === id);
}

/** Position of the newest history entry of the exercise (lower = more recent), or Infinity. */
export function recency(plan: Plan, id: string): number {
  const index = plan.history.findIndex((entry) => entry.exerciseId === id);
  return index < 0 ? Infinity : index;
}

/**
 * Picks among candidates: unused ones, not discouraged first; the most recently trained when
 * `preferHistory` (continuity lets overload build up), else a deterministic draw.
 */
export function choose(plan: Plan, candidates: readonly Exercise[], used: ReadonlySet<string>, preferHistory = true): Exercise | undefined {
  const fresh = candidates.filter((e) => !used.has(e.id));
  const clean = fresh.filter((e) => !isDiscouraged(e, plan.avoid));
  const group = clean.length > 0 ? clean : fresh;
  if (group.length === 0) return undefined;
  if (preferHistory) {
    const trained = group.filter((e) => recency(plan, e.id) < Infinity).sort((a, b) => recency(plan, a.id) - recency(plan, b.id));
    if (trained[0]) return trained[0];
  }
  return plan.rng.pick(group);
}

export const energyFactor = (plan: Plan): number => [0.7, 0.85, 1, 1.08, 1.15][plan.energy - 1] ?? 1;
