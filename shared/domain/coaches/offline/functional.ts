import { getExercise, type Exercise } from '../../catalog';
import { type FunctionalFields, type PrescribedBlock, type PrescribedExercise, type PrescribedSet, type Prescription } from '../prescription';
import { BLOCK_TRANSITION_SEC, EXERCISE_TRANSITION_SEC, SECONDS_PER_REP, setWorkSec } from '../planned-duration';
import { clamp, finish, mkBlock, mkEntry, mkSet, roundTo, spareSec, warmupBlock, warmupSecFor } from './build';
import { choose, recency, type Plan } from './plan';
import { pickChainStep } from './progressions';
import { roundLoad, strengthDose, type Scheme } from './strength';
import { colon, exerciseName, kg, list, tr } from './text';

type Modality = 'M' | 'G' | 'W';
type MetconFormat = 'amrap' | 'emom' | 'for_time';

const LOADED_STRENGTH_FOR_METCON = new Set([
  'power-clean', 'hang-power-clean', 'push-press', 'front-squat', 'deadlift', 'goblet-squat', 'dumbbell-lunge', 'dumbbell-step-up',
  'dumbbell-shoulder-press', 'overhead-press', 'clean-and-jerk', 'power-snatch', 'kettlebell-deadlift',
]);
const NOT_IN_METCON = new Set([
  'prone-ytw-raise', 'doorframe-row', 'wall-push-up', 'assisted-squat', 'scapular-pull-up', 'dead-hang', 'negative-pull-up', 'negative-dip',
  'band-pull-apart', 'pallof-press', 'cable-woodchop', 'back-extension', 'turkish-get-up', 'inverted-row', 'bench-dip', 'incline-push-up',
  'knee-push-up', 'assisted-pistol-squat', 'glute-bridge', 'skin-the-cat', 'brisk-walk', 'incline-walk', 'recovery-spin', 'row-sprints',
  'skierg-sprints', 'bike-sprints', 'suitcase-carry',
]);

/** Reps per round that take roughly 30–45 s for a trained athlete. */
const METCON_REPS: Readonly<Record<string, number>> = {
  burpee: 10, 'box-jump': 12, 'box-step-over': 12, 'wall-ball': 15, thruster: 10, 'dumbbell-thruster': 12, 'kettlebell-swing': 15,
  'kettlebell-snatch': 8, 'dumbbell-snatch': 8, 'devil-press': 6, 'dumbbell-clean-and-press': 8, 'double-under': 40, 'single-under': 60,
  'jumping-jack': 30, 'mountain-climber': 30, 'toes-to-bar': 10, 'kipping-pull-up': 10, 'wall-walk': 4, 'rope-climb': 2, 'med-ball-slam': 12,
  'sandbag-over-shoulder': 6, 'jump-squat': 15, 'broad-jump': 6, 'sit-up': 15, 'ghd-sit-up': 12, 'skater-jump': 10, 'push-up': 12, 'pull-up': 8,
  'chest-to-bar-pull-up': 8, 'air-squat': 20, 'walking-lunge': 10, 'pistol-squat': 5, 'wall-handstand-push-up': 6, 'ring-dip': 8,
  'parallel-bar-dip': 10, 'bar-muscle-up': 4, 'ring-muscle-up': 3, 'power-clean': 6, 'hang-power-clean': 8, 'push-press': 8, 'front-squat': 8,
  deadlift: 8, 'goblet-squat': 12, 'dumbbell-lunge': 8, 'dumbbell-step-up': 8, 'hanging-knee-raise': 10, 'ring-row': 12,
  'band-assisted-pull-up': 8, 'clean-and-jerk': 4, 'power-snatch': 5, 'pike-push-up': 10, 'decline-push-up': 10, 'clap-push-up': 8,
  'cossack-squat': 6, 'overhead-press': 8, 'dumbbell-shoulder-press': 10, 'kettlebell-deadlift': 12,
};

/** Per-round dose of distance, calorie and timed movements. */
const MONO_DOSE: Readonly<Record<string, Partial<PrescribedSet>>> = {
  run: { distanceM: 400 }, 'treadmill-run': { distanceM: 400 }, 'row-erg': { calories: 15 }, 'ski-erg': { calories: 12 },
  'bike-erg': { calories: 15 }, 'air-bike': { calories: 12 }, 'shuttle-run': { distanceM: 100 }, 'battle-rope-waves': { durationSec: 30 },
  'bear-crawl': { distanceM: 20 }, 'farmers-carry': { distanceM: 50 }, 'sled-push': { distanceM: 20 }, 'sled-pull': { distanceM: 20 },
  'sandbag-lunge': { distanceM: 20 }, 'sandbag-carry': { distanceM: 50 }, 'burpee-broad-jump': { distanceM: 20 }, 'high-knees': { durationSec: 30 },
};

/** RX loads [male, female] in kg (per hand for dumbbells/kettlebells, ball weight for wall/med balls). */
const RX: Readonly<Record<string, readonly [number, number]>> = {
  'kettlebell-swing': [24, 16], 'kettlebell-snatch': [24, 16], 'dumbbell-snatch': [22.5, 15], 'dumbbell-thruster': [22.5, 15],
  'devil-press': [22.5, 15], 'dumbbell-clean-and-press': [22.5, 15], thruster: [43, 29], 'power-clean': [61, 43], 'hang-power-clean': [61, 43],
  'push-press': [52, 34], 'front-squat': [61, 43], deadlift: [84, 57], 'goblet-squat': [24, 16], 'dumbbell-lunge': [22.5, 15],
  'dumbbell-step-up': [22.5, 15], 'wall-ball': [9, 6], 'med-ball-slam': [10, 6], 'sandbag-over-shoulder': [70, 45], 'farmers-carry': [32, 24],
  'sandbag-lunge': [20, 10], 'sandbag-carry': [45, 30], 'clean-and-jerk': [61, 43], 'power-snatch': [43, 29], 'overhead-press': [40, 25],
  'dumbbell-shoulder-press': [22.5, 15], 'kettlebell-deadlift': [32, 24], 'sled-push': [100, 70], 'sled-pull': [80, 60],
};

/** Easier variations used for scaling when the catalog has no `progression.easier`. */
const SCALE_TO: Readonly<Record<string, string>> = {
  'toes-to-bar': 'hanging-knee-raise', 'kipping-pull-up': 'band-assisted-pull-up', 'wall-handstand-push-up': 'pike-push-up', burpee: 'knee-push-up',
  'wall-walk': 'inchworm', 'rope-climb': 'ring-row', 'ghd-sit-up': 'sit-up', 'devil-press': 'dumbbell-snatch', thruster: 'dumbbell-thruster',
  'jump-squat': 'air-squat', 'broad-jump': 'air-squat', 'skater-jump': 'walking-lunge', 'clap-push-up': 'push-up', 'burpee-broad-jump': 'burpee',
};

const FUNCTIONAL_CARDIO = ['row-erg', 'bike-erg', 'air-bike', 'ski-erg', 'single-under', 'run', 'jumping-jack'];
const FUNCTIONAL_FILLER = ['row-erg', 'bike-erg', 'ski-erg', 'air-bike', 'run', 'brisk-walk'];
const STRENGTH_PIECE = ['power-clean', 'hang-power-clean', 'front-squat', 'push-press', 'deadlift', 'thruster', 'dumbbell-snatch', 'goblet-squat', 'kettlebell-swing', 'dumbbell-thruster'];
const SKILL_CHAINS = ['pull-up', 'handstand-push-up', 'leg-raise', 'squat', 'muscle-up', 'push-up'];

/** Core movements that belong in a scored piece (dynamic, countable); stability drills do not. */
const METCON_CORE = new Set(['sit-up', 'ghd-sit-up', 'toes-to-bar', 'hanging-knee-raise', 'mountain-climber']);

export function modality(exercise: Exercise): Modality | null {
  if (NOT_IN_METCON.has(exercise.id) || exercise.discipline === 'mobility' || exercise.movementPattern === 'mobility') return null;
  if (exercise.defaultUnits === 'time' && exercise.movementPattern !== 'cyclical') return null;
  if (exercise.movementPattern === 'core' && !METCON_CORE.has(exercise.id)) return null;
  if (exercise.movementPattern === 'skill' && !exercise.id.includes('muscle-up')) return null;
  if (exercise.movementPattern === 'cyclical' || exercise.equipment.includes('jump-rope')) return exercise.discipline === 'metcon' || MONO_DOSE[exercise.id] ? 'M' : null;
  if (exercise.discipline === 'strength') return LOADED_STRENGTH_FOR_METCON.has(exercise.id) ? 'W' : null;
  if (exercise.defaultUnits === 'reps_load' || exercise.equipment.some((e) => e === 'wall-ball' || e === 'med-ball' || e === 'sandbag' || e === 'kettlebell' || e === 'dumbbell' || e === 'sled')) return 'W';
  return 'G';
}

const levelScale = (plan: Plan) => ([0.7, 0.85, 1, 1.1][plan.rank] ?? 1) * ([0.8, 0.9, 1, 1, 1.05][plan.energy - 1] ?? 1);
const loadShare = (plan: Plan) => ([0.6, 0.8, 1, 1][plan.rank] ?? 0.8) * (plan.energy <= 2 ? 0.85 : 1);

/** Counts a coach writes on a whiteboard: 5, 8, 10, 12, 15, 20… (never 7 or 290). */
const NICE_COUNTS = [1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60, 75, 100];
const nearest = (value: number, ladder: readonly number[]) => ladder.reduce((best, n) => (Math.abs(n - value) < Math.abs(best - value) ? n : best), ladder[0] ?? 1);
export const niceReps = (value: number): number => nearest(Math.max(1, value), NICE_COUNTS);
/** Metres: 5 m steps up to 30 m, 10 m to 100 m, then 50 m (250, 300, 400…). */
export const niceMetres = (value: number): number => (value <= 30 ? Math.max(10, roundTo(value, 5)) : value <= 100 ? roundTo(value, 10) : roundTo(value, 50));
/** Total reps of one movement a piece may ask for, by level: beginners stay well under 80. */
const VOLUME_CAP = [50, 80, 110, 140];

function rxLoad(plan: Plan, exercise: Exercise, share: number): number | null {
  const rx = RX[exercise.id];
  if (!rx) return null;
  const base = plan.ctx.profile.sex === 'male' ? rx[0] : rx[1];
  if (exercise.id === 'wall-ball' || exercise.id === 'med-ball-slam') return Math.max(3, Math.round(base * share));
  return roundLoad(exercise, base * share);
}

/** One round's work for a movement, scaled by level and energy, at `factor` of the usual dose. */
function roundSet(plan: Plan, exercise: Exercise, factor: number, restSec: number): PrescribedSet {
  const scale = levelScale(plan) * factor;
  const load = rxLoad(plan, exercise, loadShare(plan));
  const mono = MONO_DOSE[exercise.id];
  if (mono) {
    return mkSet({
      distanceM: mono.distanceM != null ? niceMetres(mono.distanceM * scale) : null,
      calories: mono.calories != null ? Math.max(5, niceReps(mono.calories * scale)) : null,
      durationSec: mono.durationSec != null ? Math.max(10, Math.round((mono.durationSec * scale) / 5) * 5) : null,
      loadKg: load,
      restSec,
    });
  }
  const generic = 35 / (SECONDS_PER_REP[exercise.movementPattern] * (exercise.unilateral ? 2 : 1));
  const base = METCON_REPS[exercise.id] ?? (exercise.defaultUnits === 'reps_load' ? Math.min(10, generic) : generic);
  return mkSet({ reps: niceReps(base * scale), loadKg: load, restSec });
}

/** Rx, scaled (~70 %) and foundations (~50 %) loads; each step at most the one above it. */
export function loadLadder(plan: Plan, exercise: Exercise): { rx: number; scaled: number; foundations: number } | null {
  const rx = rxLoad(plan, exercise, 1);
  if (rx == null) return null;
  const scaled = Math.min(rx, rxLoad(plan, exercise, 0.7) ?? rx);
  const foundations = Math.min(scaled, rxLoad(plan, exercise, 0.5) ?? scaled);
  return { rx, scaled, foundations };
}

function scalingFor(plan: Plan, exercise: Exercise): string | null {
  const { locale } = plan;
  const parts: string[] = [];
  const ladder = loadLadder(plan, exercise);
  if (ladder) {
    // Only the steps below today's load: a scaling option is never heavier than what is written.
    const today = rxLoad(plan, exercise, loadShare(plan)) ?? ladder.rx;
    const steps = [
      ladder.scaled < today ? tr(locale, `scaled ${kg(ladder.scaled)}`, `adapté ${kg(ladder.scaled)}`) : null,
      ladder.foundations < today && ladder.foundations < ladder.scaled ? tr(locale, `foundations ${kg(ladder.foundations)}`, `fondations ${kg(ladder.foundations)}`) : null,
    ].filter((step): step is string => step !== null);
    if (steps.length > 0) parts.push(tr(locale, `lighter: ${steps.join(', ')}`, `plus léger : ${steps.join(', ')}`));
  }
  const easierId = exercise.progression.easier ?? SCALE_TO[exercise.id];
  const easier = easierId ? getExercise(easierId) : undefined;
  if (easier) parts.push(tr(locale, `easier: ${exerciseName(easier, locale)}`, `plus facile : ${exerciseName(easier, locale)}`));
  return parts.length > 0 ? parts.join('; ') : null;
}

function pickMovements(plan: Plan, count: number, used: Set<string>): Exercise[] {
  const groups: Record<Modality, Exercise[]> = { M: [], G: [], W: [] };
  for (const exercise of plan.pool) {
    const m = modality(exercise);
    if (m) groups[m].push(exercise);
  }
  const order = plan.rng.shuffle(['W', 'G', 'M'] as const);
  const chosen: Exercise[] = [];
  const patterns = new Set<string>();
  for (let i = 0; chosen.length < count && i < count + 6; i++) {
    const wanted = order[i % 3] as Modality;
    const tryGroups: Modality[] = [wanted, ...(['W', 'G', 'M'] as const).filter((m) => m !== wanted)];
    for (const m of tryGroups) {
      const fresh = groups[m].filter((e) => !used.has(e.id) && !chosen.includes(e));
      const varied = fresh.filter((e) => !patterns.has(e.movementPattern) || e.movementPattern === 'cyclical' && m === 'M');
      const exercise = choose(plan, varied.length > 0 ? varied : fresh, used, false);
      if (exercise) {
        chosen.push(exercise);
        patterns.add(exercise.movementPattern);
        break;
      }
    }
  }
  chosen.forEach((e) => used.add(e.id));
  return chosen;
}

const roundWork = (exercises: readonly PrescribedExercise[]) =>
  exercises.reduce((sum, entry, i) => sum + (i > 0 ? EXERCISE_TRANSITION_SEC : 0) + entry.sets.reduce((s, set) => s + setWorkSec(set, getExercise(entry.exerciseId)) + set.restSec, 0), 0);

const volumeCap = (plan: Plan) => VOLUME_CAP[plan.rank] ?? 80;

/** AMRAP length (min) that keeps each movement's total reps within the level's volume cap. */
export function amrapMinutesWithinVolume(plan: Plan, entries: readonly PrescribedExercise[], minutes: number): number {
  const perRound = roundWork(entries);
  const roundsAllowed = Math.max(1, Math.floor(volumeCap(plan) / Math.max(1, maxRoundReps(entries))));
  return Math.min(minutes, Math.floor((roundsAllowed * (perRound + 10)) / 60));
}
/** Most reps any one movement asks for in a round (per side counts once). */
const maxRoundReps = (entries: readonly PrescribedExercise[]) => Math.max(0, ...entries.map((entry) => entry.sets.reduce((sum, set) => sum + (set.reps ?? 0), 0)));

interface Metcon {
  block: PrescribedBlock;
  format: MetconFormat;
  movements: Exercise[];
  stimulus: string;
}

/** Builds a metcon that lasts about `seconds` (AMRAP/EMOM exactly, For Time by whole rounds). */
function metcon(plan: Plan, format: MetconFormat, seconds: number, used: Set<string>, label: string): Metcon | null {
  const { locale } = plan;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 4) return null;
  const count = minutes >= 16 ? 3 : minutes >= 8 ? (format === 'emom' ? 3 : 3) : 2;
  const movements = pickMovements(plan, count, used);
  if (movements.length === 0) return null;
  const note = (e: Exercise) => scalingFor(plan, e);
  if (format === 'emom') {
    const n = movements.length;
    const fullCap = clamp(Math.floor(minutes / n) * n, n, 30 - (30 % n));
    const workTarget = [28, 32, 36, 40, 42][plan.energy - 1] ?? 36;
    const entries = movements.map((e) => {
      const probe = roundSet(plan, e, 1, 0);
      const work = setWorkSec(probe, e);
      const loaded = modality(e) === 'W';
      const set = roundSet(plan, e, clamp(workTarget / Math.max(1, work), 0.4, loaded ? 1.2 : 2), 0);
      const rest = Math.max(10, Math.round(60 - setWorkSec(set, e)));
      return mkEntry(plan, e, [{ ...set, restSec: rest }], tr(locale, 'Start on the minute.', 'Départ à chaque minute.'), note(e));
    });
    // Volume: each movement comes back cap / n times; keep its total reps within the level's cap.
    const timesAllowed = Math.max(1, Math.floor(volumeCap(plan) / Math.max(1, maxRoundReps(entries))));
    const cap = Math.min(fullCap, timesAllowed * n);
    const block = mkBlock(`${label}: EMOM ${cap}'`, 'conditioning', 'emom', entries, cap / n, cap);
    return {
      block,
      format,
      movements,
      stimulus: tr(locale, `EMOM ${cap} min: finish each minute's work in ~${workTarget} s; the rest of the minute is recovery.`, `EMOM ${cap} min : terminez le travail de chaque minute en ~${workTarget} s ; le reste de la minute sert de récupération.`),
    };
  }
  const entries = movements.map((e) => mkEntry(plan, e, [roundSet(plan, e, 1, 0)], null, note(e)));
  const perRound = roundWork(entries);
  if (format === 'amrap') {
    const roundsAllowed = Math.max(1, Math.floor(volumeCap(plan) / Math.max(1, maxRoundReps(entries))));
    const cap = clamp(Math.min(minutes, Math.floor((roundsAllowed * (perRound + 10)) / 60)), 4, 30);
    const target = Math.max(1, Math.floor((cap * 60) / (perRound + 10)));
    const block = mkBlock(`${label}: AMRAP ${cap}'`, 'conditioning', 'amrap', entries, null, cap);
    return {
      block,
      format,
      movements,
      stimulus: tr(locale, `Steady, repeatable pace: aim for about ${target} rounds (~${Math.round(perRound)} s each), no long breaks.`, `Rythme régulier et tenable : visez environ ${target} tours (~${Math.round(perRound)} s chacun), sans longues pauses.`),
    };
  }
  const roundsAllowed = Math.max(1, Math.floor(volumeCap(plan) / Math.max(1, maxRoundReps(entries))));
  const rounds = clamp(Math.min(Math.floor(seconds / perRound), roundsAllowed), 1, 10);
  const estimate = rounds * perRound;
  const cap = Math.ceil((estimate * 1.25) / 60);
  const block = mkBlock(`${label}: ${rounds} ${tr(locale, 'rounds for time', 'tours chrono')}`, 'conditioning', 'for_time', entries, rounds, cap);
  return {
    block,
    format,
    movements,
    stimulus: tr(locale, `Fast but unbroken where you can: about ${Math.round(estimate / 60)} min, time cap ${cap} min.`, `Rapide, sans couper si possible : environ ${Math.round(estimate / 60)} min, limite ${cap} min.`),
  };
}

/** EMOM strength or skill piece before the metcon on longer sessions. */
function strengthPiece(plan: Plan, minutes: number, used: Set<string>): PrescribedBlock | null {
  const { locale } = plan;
  // The day rotates through every possible lift; the one done most recently goes last.
  const possible = STRENGTH_PIECE.map((id) => plan.pool.find((e) => e.id === id)).filter((e): e is Exercise => e !== undefined);
  const rotated = possible.length > 0 ? [...possible.slice(plan.day % possible.length), ...possible.slice(0, plan.day % possible.length)] : [];
  const candidates = [...rotated.filter((e) => recency(plan, e.id) > 1), ...rotated.filter((e) => recency(plan, e.id) <= 1)];
  const lift = candidates[0];
  if (lift) {
    used.add(lift.id);
    const barbell = lift.equipment.includes('barbell');
    const scheme: Scheme = { reps: barbell ? 3 : 8, lo: barbell ? 1 : 6, hi: barbell ? 5 : 12, sets: minutes, rpe: clamp(7.5 + ([-1.5, -1, 0, 0, 0.5][plan.energy - 1] ?? 0), 5, plan.rank === 0 ? 7.5 : 8.5), rest: 45 };
    const dose = strengthDose(plan, lift, scheme, 'accessory');
    const reps = dose.reps ?? 3;
    // No history and no bodyweight standard: the level's share of the Rx load, said to be an estimate.
    const standard = dose.loadKg == null && dose.testSet ? rxLoad(plan, lift, loadShare(plan)) : null;
    if (standard != null) {
      dose.record.reason = tr(
        locale,
        `First time: ${kg(standard)} is an estimate from the Rx standard for your level; adjust after the first minute if it is far from RPE ${dose.rpe}.`,
        `Première fois : ${kg(standard)} est une estimation d’après le standard Rx de votre niveau ; ajustez après la première minute si l’effort est loin de RPE ${dose.rpe}.`,
      );
    }
    const set = mkSet({ reps, loadKg: dose.loadKg ?? standard, targetRpe: dose.rpe, targetRir: Math.max(0, Math.round(10 - dose.rpe)), restSec: 0 });
    const rest = Math.max(20, Math.round(60 - setWorkSec(set, lift)));
    const sets = Array.from({ length: minutes }, () => ({ ...set, restSec: rest }));
    const entry = mkEntry(plan, lift, sets, tr(locale, `Every minute: ${reps} crisp reps. ${dose.record.reason}`, `Chaque minute : ${reps} répétitions propres. ${dose.record.reason}`), scalingFor(plan, lift));
    return mkBlock(`${tr(locale, 'Strength', 'Force')}: EMOM ${minutes}'`, 'main', 'emom', [entry], null, minutes);
  }
  const chainId = SKILL_CHAINS[plan.day % SKILL_CHAINS.length] ?? 'pull-up';
  const step = pickChainStep(plan, chainId, used) ?? pickChainStep(plan, 'push-up', used);
  if (!step) return null;
  used.add(step.exercise.id);
  const probe = roundSet(plan, step.exercise, 0.6, 0);
  const rest = Math.max(20, Math.round(60 - setWorkSec(probe, step.exercise)));
  const entry = mkEntry(plan, step.exercise, Array.from({ length: minutes }, () => ({ ...probe, targetRpe: 7, restSec: rest })), tr(locale, 'Every minute: quality reps, stop well before failure.', 'Chaque minute : des répétitions de qualité, loin de l’échec.'), scalingFor(plan, step.exercise));
  return mkBlock(`${tr(locale, 'Skill', 'Technique')}: EMOM ${minutes}'`, 'skill', 'emom', [entry], null, minutes);
}

export function functionalCoach(plan: Plan): Prescription {
  const { locale } = plan;
  const minutesTotal = plan.targetSec / 60;
  const warmup = warmupBlock(plan, warmupSecFor(plan, 0.15), 'full', FUNCTIONAL_CARDIO);
  const blocks: PrescribedBlock[] = warmup ? [warmup] : [];
  const used = new Set<string>();
  if (minutesTotal >= 45) {
    const piece = strengthPiece(plan, minutesTotal >= 75 ? 14 : minutesTotal >= 55 ? 12 : 10, used);
    if (piece) blocks.push(piece);
  }
  const formats: MetconFormat[] = ['amrap', 'for_time', 'emom'];
  let format: MetconFormat = plan.energy <= 1 ? 'emom' : (formats[(plan.day + (plan.goals.has('endurance') ? 1 : 0)) % formats.length] ?? 'amrap');
  const metcons: Metcon[] = [];
  const available = () => spareSec(plan, blocks) - BLOCK_TRANSITION_SEC;
  if (minutesTotal >= 75) {
    const first = metcon(plan, format, Math.min(20 * 60, available() * 0.45), used, tr(locale, 'Metcon 1', 'Metcon 1'));
    if (first) {
      blocks.push(first.block);
      metcons.push(first);
    }
    format = format === 'amrap' ? 'emom' : 'amrap';
  }
  const label = metcons.length > 0 ? tr(locale, 'Metcon 2', 'Metcon 2') : tr(locale, 'Metcon', 'Metcon');
  // One metcon of up to 20 min (25 on long days); whatever is left becomes easy aerobic work.
  const last = metcon(plan, format, Math.min((minutesTotal >= 75 ? 25 : 20) * 60, available()), used, label);
  if (last) {
    blocks.push(last.block);
    metcons.push(last);
  }
  const finished = finish(plan, blocks, 'full', FUNCTIONAL_FILLER);
  const main = metcons[metcons.length - 1];
  const movementNames = metcons.flatMap((m) => m.movements.map((e) => exerciseName(e, locale)));
  const allMovements = metcons.flatMap((m) => m.movements);
  const rxParts = allMovements.map((e) => {
    const load = loadLadder(plan, e)?.rx ?? null;
    return load != null ? `${exerciseName(e, locale)} ${kg(load)}` : exerciseName(e, locale);
  });
  const scaledParts = allMovements.map((e) => {
    const easierId = e.progression.easier ?? SCALE_TO[e.id];
    const easier = easierId ? getExercise(easierId) : undefined;
    const load = loadLadder(plan, e)?.scaled ?? null;
    return `${easier && e.minLevel !== 'beginner' ? exerciseName(easier, locale) : exerciseName(e, locale)}${load != null ? ` ${kg(load)}` : ''}`;
  });
  const scalingOptions: FunctionalFields['scalingOptions'] = [
    { level: 'rx', description: tr(locale, `As written: ${list(locale, rxParts)}.`, `Tel quel : ${list(locale, rxParts)}.`) },
    { level: 'scaled', description: tr(locale, `Loads ~70 %, reps −20 %: ${list(locale, scaledParts)}.`, `Charges ~70 %, répétitions −20 % : ${list(locale, scaledParts)}.`) },
    {
      level: 'foundations',
      description: tr(locale, 'Loads ~50 % or bodyweight, half the reps, easiest variation of each movement; keep moving at a talking pace.', 'Charges ~50 % ou poids du corps, moitié des répétitions, variante la plus simple ; gardez une allure où vous pouvez parler.'),
    },
  ];
  if (plan.energy <= 2) plan.notes.push(tr(locale, 'Low energy: lighter loads and a controlled pace today.', 'Énergie basse : charges allégées et rythme contrôlé aujourd’hui.'));
  plan.notes.push(tr(locale, 'Pick the scaling that keeps the intended pace; move well before moving fast.', 'Choisissez l’adaptation qui garde le rythme visé ; bougez bien avant de bouger vite.'));
  const formatName = main ? { amrap: 'AMRAP', emom: 'EMOM', for_time: tr(locale, 'For Time', 'Chrono') }[main.format] : 'Metcon';
  return {
    coach: 'functional',
    discipline: 'metcon',
    title: colon(locale, formatName, list(locale, movementNames.slice(0, 4))),
    summary: main?.stimulus ?? tr(locale, 'Functional conditioning.', 'Conditionnement fonctionnel.'),
    estimatedDurationMin: 0,
    intensity: plan.energy >= 4 ? 'vigorous' : plan.energy >= 2 ? 'moderate' : 'light',
    blocks: finished,
    coachNotes: plan.notes,
    coachFields: {
      coach: 'functional',
      workoutFormat: main?.format ?? 'amrap',
      scalingOptions,
      stimulus: main?.stimulus ?? '',
    },
  };
}
