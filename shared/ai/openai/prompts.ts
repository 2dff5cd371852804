import type { Coach, Exercise } from '../../domain/catalog';
import type { CoachContext, HistoryEntry } from '../../domain/coaches/context';
import { createPlan } from '../../domain/coaches/offline';
import { BLOCK_TRANSITION_SEC, EXERCISE_TRANSITION_SEC } from '../../domain/coaches/planned-duration';

/**
 * What each coach programs, and how (mirrors the offline coach, so both providers write the same
 * kind of session and fill the same coachFields).
 */
const COACH_STYLE: Readonly<Record<Coach, string>> = {
  force: [
    'You are the FORCE coach (strength training).',
    'Program main lifts as sets × reps × load: take the load from an estimated 1RM (Epley from the last logged sets: load × (1 + (reps + reps in reserve)/30)) or, without history, prescribe by RPE targets (targetRpe, loadKg null).',
    'Ramp 2–3 warm-up sets (type "warmup") before each main lift. Rest 2–3 min on main lifts, 60–90 s on accessories.',
    'Progressive overload from the last session of the same exercise: all working sets done at RPE ≤ 8 → +2.5 kg (or +1 rep for bodyweight/dumbbell work); a set at RPE ≥ 9.5 or missed reps → hold or deload.',
    'Low energy (1–2) → fewer sets and lower RPE; high energy (4–5) → one more set or a top set.',
    'coachFields: coach "force", workingMaxes (exerciseId, estimatedOneRepMaxKg or null, basis "history" | "rpe_target") and progressionApplied (exerciseId, change, loadDeltaKg, repsDelta, short reason) for each main lift.',
  ].join('\n'),
  endurance: [
    'You are the ENDURANCE coach (running, cycling, rowing, ski erg, swimming).',
    'Structure: an easy warm-up (zone 1–2), the main set (steady work or intervals by heart-rate zone and/or pace), an easy cool-down.',
    'Heart-rate zones are % of max HR: Z1 50–60, Z2 60–70, Z3 70–80, Z4 80–90, Z5 90–100. Max HR = the profile value, else 208 − 0.7 × age (Tanaka).',
    'Give each work set durationSec or distanceM, targetHrZone and, when a reference pace is known from history, targetPaceSecPerKm; recoveries are restSec.',
    'Low energy (1–2) → recovery or aerobic session in zones 1–2 only; high energy → threshold, VO2max or hills.',
    'coachFields: coach "endurance", sessionType, targetZones, intervalStructure (e.g. "5 × 4:00 Z4 / 2:00 easy"), totalZoneMinutes for zones 1–5, maxHeartRate, heartRateZones (5 bands in bpm) and referencePaceSecPerKm (null when unknown).',
  ].join('\n'),
  functional: [
    'You are the FUNCTIONAL coach (mixed-modal conditioning).',
    'After a warm-up, program one main piece as AMRAP, EMOM or For Time (block format "amrap" | "emom" | "for_time" with timeCapMin and rounds when fixed), mixing gymnastics, weightlifting and monostructural movements. Longer sessions may add a strength EMOM before it.',
    'Each exercise gets a short "scaling" text; loads per hand for dumbbells/kettlebells.',
    'coachFields: coach "functional", workoutFormat of the main piece, scalingOptions for levels "rx", "scaled" and "foundations", and the intended stimulus.',
  ].join('\n'),
  calisthenics: [
    'You are the CALISTHENICS coach (bodyweight strength and skills).',
    'Pick the step of each progression chain the athlete owns (from history and level): skill work first (holds in durationSec, stopped 1–2 reps or a few seconds before failure), then strength (push, pull, legs, core).',
    'Keep pushing and pulling sets balanced (ratio close to 1).',
    'coachFields: coach "calisthenics", skillFocus, progressionLevels (exerciseId, chain id, level = 1-based step, of = steps in the chain), pushSets, pullSets and pushPullRatio (null when there is no pulling).',
  ].join('\n'),
  competitions: [
    'You are the COMPETITIONS coach (HYROX-style fitness racing).',
    'Program runs and stations (sled push/pull, burpee broad jumps, rowing, ski erg, farmers carry, sandbag lunges, wall balls…) with target splits; use the "stations" block format for race simulations and intervals for run work.',
    'coachFields: coach "competitions", stations (exerciseId, targetSplitSec), runSplits (distanceM, targetSec) and totalTargetSec.',
  ].join('\n'),
};

const rules = (ctx: CoachContext) =>
  [
    'Write ONE training session as JSON that matches the response schema exactly.',
    'Use ONLY exercise ids from the allowed list in the request, spelled exactly; never invent an exercise. "name" is the exercise name.',
    'Every field is required; use null when a value does not apply (e.g. loadKg for bodyweight work).',
    `Fit the time available: the planned time is the sum over sets of work (durationSec; else distance × pace; else reps × ~3 s) + restSec, plus ${EXERCISE_TRANSITION_SEC} s between exercises and ${BLOCK_TRANSITION_SEC} s between blocks; blocks repeat "rounds" times; AMRAP/EMOM blocks last timeCapMin. It must be within ±10 % of durationMin and estimatedDurationMin must state it.`,
    'Respect the avoid list (injuries, disliked exercises) and the athlete\'s level; energy 1 = very tired, 5 = fresh.',
    `Write every text in ${ctx.locale === 'fr' ? 'French' : 'English'}; keep texts short (notes and scaling: one sentence or null; at most 5 coachNotes).`,
    `The session's coach is "${ctx.coach}": set "coach" and coachFields.coach to it.`,
  ].join('\n');

/** The system prompt: the coach's programming style and the common rules. */
export const systemPrompt = (ctx: CoachContext): string => `${COACH_STYLE[ctx.coach]}\n\nRules:\n${rules(ctx)}`;

/** Exercises the model may use here: the coach's, available with the equipment, at the level, not avoided. */
export function allowedExercises(ctx: CoachContext): Exercise[] {
  return createPlan(ctx).pool;
}

const allowedLine = (e: Exercise, locale: 'en' | 'fr') =>
  `${e.id} | ${e.name[locale]} | ${e.discipline}/${e.movementPattern}${e.unilateral ? ' (per side)' : ''} | ${e.defaultUnits} | ${e.equipment.join('+')}`;

function setText(set: HistoryEntry['sets'][number]): string {
  const parts: string[] = [];
  if (set.loadKg != null && set.loadKg > 0) parts.push(`${set.loadKg}kg`);
  if (set.reps != null) parts.push(`×${set.reps}`);
  if (set.distanceM != null) parts.push(`${set.distanceM}m`);
  if (set.durationSec != null) parts.push(`${set.durationSec}s`);
  if (set.rpe != null) parts.push(`@RPE${set.rpe}`);
  else if (set.rir != null) parts.push(`@RIR${set.rir}`);
  return parts.join('');
}

/** Recent performances, compact: the two newest entries of up to 20 exercises. */
export function historySummary(history: readonly HistoryEntry[]): string[] {
  const byExercise = new Map<string, HistoryEntry[]>();
  const sorted = [...history].sort((a, b) => b.performedAt.localeCompare(a.performedAt));
  for (const entry of sorted) {
    const list = byExercise.get(entry.exerciseId) ?? [];
    if (list.length < 2) list.push(entry);
    byExercise.set(entry.exerciseId, list);
  }
  return [...byExercise]
    .slice(0, 20)
    .map(([id, entries]) => `${id}: ${entries.map((e) => `${e.performedAt.slice(0, 10)} ${e.sets.slice(0, 8).map(setText).join(', ')}`).join(' | ')}`);
}

/** The request: the context (without raw history) and the allowed exercise list. */
export function userPrompt(ctx: CoachContext, allowed: readonly Exercise[]): string {
  const request = {
    coach: ctx.coach,
    discipline: ctx.discipline ?? 'coach decides',
    durationMin: ctx.durationMin,
    energy: ctx.energy,
    level: ctx.level,
    goals: ctx.goals,
    avoid: ctx.avoid,
    equipment: ctx.equipment.length ? ctx.equipment : ['bodyweight only'],
    athlete: ctx.profile,
    date: ctx.date,
  };
  const history = historySummary(ctx.history);
  return [
    `Session request:\n${JSON.stringify(request)}`,
    `Recent performances (newest first; load×reps@effort):\n${history.length ? history.join('\n') : 'none'}`,
    `Allowed exercises (id | name | discipline/pattern | units | equipment):\n${allowed.map((e) => allowedLine(e, ctx.locale ?? 'en')).join('\n')}`,
  ].join('\n\n');
}

/** Follow-up after a rejected answer: what to fix. */
export const retryPrompt = (problems: readonly string[]): string =>
  `Your previous answer was rejected:\n- ${problems.slice(0, 12).join('\n- ')}\nWrite the whole session again, fixing these points and using only ids from the allowed list.`;
