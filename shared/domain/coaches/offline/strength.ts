import { levelRank, type Exercise } from '../../catalog';
import type { ForceFields, PrescribedSet } from '../prescription';
import { mkSet, roundTo } from './build';
import { entryOneRepMax, loadForReps, setEffort, workingSets } from './history';
import { lastEntry, type Plan } from './plan';
import { bodyweight, estimatedOneRepMax, isAddedLoad } from './starting-loads';
import { kg, num, tr } from './text';

/** A set/rep scheme: target reps within [lo, hi], sets, target RPE and rest. */
export interface Scheme {
  reps: number;
  lo: number;
  hi: number;
  sets: number;
  rpe: number;
  rest: number;
}

export type ProgressionRecord = ForceFields['progressionApplied'][number];
export type WorkingMax = ForceFields['workingMaxes'][number];

/** Today's prescription for one strength exercise (without its set count). */
export interface StrengthDose {
  exercise: Exercise;
  reps: number | null;
  durationSec: number | null;
  distanceM: number | null;
  loadKg: number | null;
  rpe: number;
  rest: number;
  warmups: PrescribedSet[];
  record: ProgressionRecord;
  max: WorkingMax | null;
  note: string;
  /** The first working set finds the load (nothing known to estimate it from). */
  testSet: boolean;
  /** Today's dose comes from the athlete's own logged sets. */
  fromHistory: boolean;
}

const PLATE_LOADED = new Set(['barbell', 'trap-bar', 'ez-bar', 'machine', 'cable', 'sled']);
const BAR_KG = 20;

export const isPlateLoaded = (exercise: Exercise) => exercise.equipment.some((e) => PLATE_LOADED.has(e));
export const isBarbell = (exercise: Exercise) => exercise.equipment.some((e) => e === 'barbell' || e === 'trap-bar');

/** Load step: 2.5 kg on plate-loaded implements, 2 kg per dumbbell, 4 kg per kettlebell. */
export function loadStep(exercise: Exercise): number {
  if (isPlateLoaded(exercise)) return 2.5;
  if (exercise.equipment.includes('kettlebell')) return 4;
  return 2;
}

export function roundLoad(exercise: Exercise, value: number): number {
  const step = loadStep(exercise);
  const rounded = roundTo(value, step);
  const floor = isBarbell(exercise) ? BAR_KG : step;
  return Math.max(floor, Number(rounded.toFixed(1)));
}

export const rirFor = (rpe: number) => Math.max(0, Math.round(10 - rpe));

/**
 * Progressive overload and load selection for one exercise.
 *
 * - Last session in today's rep range → overload rule: every working set at RPE ≤ 8 (RIR ≥ 2)
 *   → +2.5 kg on plate-loaded lifts, +1 rep on dumbbells/kettlebells/bodyweight (past the top of
 *   the range a dumbbell goes up one step and back to the bottom of the range); a harder set,
 *   or no effort logged → same load and reps; energy 2 → hold; energy 1 → −10 % (deload).
 * - Otherwise, a logged load → today's load from the Epley 1RM for today's reps and RIR.
 * - No history → RPE/RIR target, load left to the athlete.
 */
export function strengthDose(plan: Plan, exercise: Exercise, scheme: Scheme, role: 'main' | 'accessory'): StrengthDose {
  const { locale } = plan;
  const rpe = scheme.rpe;
  const rir = rirFor(rpe);
  const last = lastEntry(plan, exercise.id);
  const body = isAddedLoad(exercise) ? bodyweight(plan) : null;
  const oneRepMax = last ? entryOneRepMax(last, body?.kg ?? 0) : null;
  const max: WorkingMax | null =
    exercise.defaultUnits === 'reps_load'
      ? { exerciseId: exercise.id, estimatedOneRepMaxKg: oneRepMax != null ? Number(oneRepMax.toFixed(1)) : null, basis: oneRepMax != null ? 'history' : 'rpe_target' }
      : null;
  /** Load for today's reps from a 1RM; for added-load lifts the body's share is taken off (null = bodyweight only). */
  const loadFromMax = (max1rm: number, share = 1): number | null => {
    const total = loadForReps(max1rm, reps, rir) * share - (body?.kg ?? 0);
    if (body && total < loadStep(exercise) / 2) return null;
    return roundLoad(exercise, total);
  };
  const bodyText = body
    ? tr(locale, ` (bodyweight ${kg(body.kg)}${body.known ? '' : ', assumed'} + added load)`, ` (poids du corps ${kg(body.kg)}${body.known ? '' : ', supposé'} + lest)`)
    : '';

  if (exercise.defaultUnits === 'time' || exercise.defaultUnits === 'distance') {
    return timedOrDistanceDose(plan, exercise, scheme, role, max);
  }

  const record = (change: ProgressionRecord['change'], loadDeltaKg: number | null, repsDelta: number | null, reason: string): ProgressionRecord => ({
    exerciseId: exercise.id,
    change,
    loadDeltaKg,
    repsDelta,
    reason,
  });

  // Bodyweight moves well below the athlete's level need more reps to reach the target effort.
  let reps = exercise.defaultUnits === 'reps' ? Math.min(25, Math.max(5, scheme.reps + 4 * Math.max(0, plan.rank - levelRank(exercise.minLevel)))) : scheme.reps;
  let loadKg: number | null = null;
  let testSet = false;
  let progression: ProgressionRecord;
  const working = last ? workingSets(last) : [];
  const lastLoad = working.length > 0 && working.some((s) => (s.loadKg ?? 0) > 0) ? Math.max(...working.map((s) => s.loadKg ?? 0)) : null;
  const lastReps = working.length > 0 ? Math.min(...working.map((s) => s.reps ?? 0)) : null;
  const loaded = exercise.defaultUnits === 'reps_load';
  const bodyweightRange = !loaded;
  const inRange = lastReps != null && (bodyweightRange ? lastReps >= 1 : lastReps >= scheme.lo && lastReps <= scheme.hi);

  if (last && working.length > 0 && inRange && lastReps != null && (lastLoad != null || !loaded)) {
    const efforts = working.map(setEffort);
    const known = efforts.every((e) => e != null);
    const hardest = Math.max(...efforts.map((e) => e ?? 0));
    const allEasy = known && hardest <= 8;
    reps = lastReps;
    loadKg = lastLoad;
    const lastText = lastLoad != null ? `${working.length} × ${lastReps} @ ${kg(lastLoad)}` : `${working.length} × ${lastReps}`;
    if (plan.energy <= 1) {
      loadKg = lastLoad != null ? roundLoad(exercise, lastLoad * 0.9) : null;
      if (lastLoad == null) reps = Math.max(1, lastReps - 2);
      progression = record(
        'deload',
        lastLoad != null && loadKg != null ? Number((loadKg - lastLoad).toFixed(1)) : null,
        lastLoad == null ? reps - lastReps : 0,
        tr(locale, `Very low energy: lighter than last time (${lastText}).`, `Énergie très basse : plus léger que la dernière fois (${lastText}).`),
      );
    } else if (allEasy && plan.energy >= 3) {
      if (lastLoad != null && isPlateLoaded(exercise)) {
        loadKg = lastLoad + 2.5;
        progression = record('load_up', 2.5, 0, tr(locale, `Last time ${lastText}, every set at RPE ≤ 8: +2.5 kg.`, `Dernière séance ${lastText}, toutes les séries à RPE ≤ 8 : +2,5 kg.`));
      } else if (lastLoad != null && lastReps + 1 > scheme.hi) {
        loadKg = roundLoad(exercise, lastLoad + loadStep(exercise));
        reps = scheme.lo;
        progression = record(
          'load_up',
          Number((loadKg - lastLoad).toFixed(1)),
          reps - lastReps,
          tr(locale, `Top of the rep range reached (${lastText}): heavier, back to ${reps} reps.`, `Haut de la fourchette atteint (${lastText}) : plus lourd, retour à ${reps} répétitions.`),
        );
      } else {
        reps = lastReps + 1;
        progression = record('reps_up', 0, 1, tr(locale, `Last time ${lastText}, every set at RPE ≤ 8: +1 rep.`, `Dernière séance ${lastText}, toutes les séries à RPE ≤ 8 : +1 répétition.`));
      }
    } else if (allEasy) {
      progression = record('hold', 0, 0, tr(locale, `Low energy today: repeat ${lastText}.`, `Énergie basse aujourd’hui : on répète ${lastText}.`));
    } else if (!known) {
      progression = record('hold', 0, 0, tr(locale, `No RPE/RIR logged last time: repeat ${lastText} and log the effort.`, `Pas de RPE/RIR noté la dernière fois : on répète ${lastText} en notant l’effort.`));
    } else {
      progression = record('hold', 0, 0, tr(locale, `Last time reached RPE ${num(locale, hardest)}: repeat ${lastText}.`, `Dernière séance à RPE ${num(locale, hardest)} : on répète ${lastText}.`));
    }
  } else if (loaded && oneRepMax != null) {
    loadKg = loadFromMax(oneRepMax);
    const added = body ? (loadKg != null ? tr(locale, `: add ${kg(loadKg)}`, ` : lest de ${kg(loadKg)}`) : tr(locale, ': bodyweight only', ' : au poids du corps seul')) : '';
    progression = record(
      'from_1rm',
      null,
      null,
      tr(
        locale,
        `From your estimated 1RM (${kg(Math.round(oneRepMax))}${bodyText}, Epley): ${reps} reps with ${rir} in reserve${added}.`,
        `D’après votre 1RM estimé (${kg(Math.round(oneRepMax))}${bodyText}, Epley) : ${reps} répétitions en gardant ${rir} en réserve${added}.`,
      ),
    );
  } else if (loaded && estimatedOneRepMax(plan, exercise) != null) {
    // First session: a conservative start (90 % of the estimate) that the first set confirms.
    const estimate = estimatedOneRepMax(plan, exercise) ?? 0;
    loadKg = loadFromMax(estimate, 0.9);
    const weight = kg(plan.ctx.profile.weightKg ?? 0);
    const start = loadKg != null ? kg(loadKg) : tr(locale, 'bodyweight only', 'poids du corps seul');
    progression = record(
      'new',
      null,
      null,
      tr(
        locale,
        `First time: ${start} is an estimate from your bodyweight (${weight}), sex and level. If the first set is easier or harder than RPE ${num(locale, rpe)}, adjust by one step before the next.`,
        `Première fois : ${start} est une estimation d’après votre poids (${weight}), votre sexe et votre niveau. Si la première série est plus facile ou plus dure que RPE ${num(locale, rpe)}, ajustez d’un cran avant la suivante.`,
      ),
    );
    testSet = false;
  } else {
    testSet = loaded;
    progression = record(
      'new',
      null,
      null,
      loaded
        ? tr(
            locale,
            `First time, nothing to estimate the load from: the first working set is a test set. Build up in small jumps to a load that leaves ${rir} reps in reserve (RPE ${num(locale, rpe)}), then keep it for the other sets.`,
            `Première fois, rien pour estimer la charge : la première série de travail est une série test. Montez par petits paliers jusqu’à une charge qui laisse ${rir} répétitions en réserve (RPE ${num(locale, rpe)}), puis gardez-la pour les autres séries.`,
          )
        : tr(locale, `First time: stop each set ${rir} reps before failure.`, `Première fois : arrêtez chaque série ${rir} répétitions avant l’échec.`),
    );
  }

  // Loaded main lifts rest 2–3 min; bodyweight main moves 90 s (+30 s on low-energy days).
  const rest = role === 'main' ? (loaded ? Math.min(180, Math.max(120, scheme.rest)) : plan.energy <= 2 ? 120 : 90) : scheme.rest;
  const warmups = role === 'main' ? (body ? [mkSet({ type: 'warmup', reps: Math.max(3, Math.round(reps / 2)), targetRpe: 5, restSec: 90 })] : warmupSets(exercise, loadKg)) : [];
  const loadText = loadKg != null ? (body ? `+${kg(loadKg)}` : kg(loadKg)) : null;
  const dose = loadText != null ? `${reps} × ${loadText}` : `${reps} ${tr(locale, 'reps', 'répétitions')}`;
  const note = tr(locale, `Working sets: ${dose} at RPE ${num(locale, rpe)}. ${progression.reason}`, `Séries de travail : ${dose} à RPE ${num(locale, rpe)}. ${progression.reason}`);
  return { exercise, reps, durationSec: null, distanceM: null, loadKg, rpe, rest, warmups, record: progression, max, note, testSet, fromHistory: last !== undefined && progression.change !== 'new' };
}

/** Ramp-up sets before a main lift: 50/70/85 % of the working load, or by feel when unknown. */
function warmupSets(exercise: Exercise, loadKg: number | null): PrescribedSet[] {
  if (exercise.defaultUnits !== 'reps_load') return [];
  if (!isBarbell(exercise)) {
    return [mkSet({ type: 'warmup', reps: 10, loadKg: loadKg != null ? roundLoad(exercise, loadKg * 0.5) : null, targetRpe: loadKg == null ? 4 : null, restSec: 60 })];
  }
  if (loadKg == null) {
    return [
      mkSet({ type: 'warmup', reps: 8, targetRpe: 3, restSec: 60 }),
      mkSet({ type: 'warmup', reps: 5, targetRpe: 5, restSec: 60 }),
      mkSet({ type: 'warmup', reps: 3, targetRpe: 6.5, restSec: 90 }),
    ];
  }
  const ramp: [number, number][] = [
    [0.5, 5],
    [0.7, 3],
    [0.85, 1],
  ];
  const sets: PrescribedSet[] = [];
  let previous = 0;
  for (const [share, reps] of ramp) {
    const load = roundLoad(exercise, loadKg * share);
    if (load >= loadKg || load <= previous) continue;
    sets.push(mkSet({ type: 'warmup', reps, loadKg: load, restSec: share >= 0.8 ? 90 : 60 }));
    previous = load;
  }
  if (sets.length === 0) sets.push(mkSet({ type: 'warmup', reps: 8, loadKg: BAR_KG, restSec: 60 }));
  return sets;
}

function timedOrDistanceDose(plan: Plan, exercise: Exercise, scheme: Scheme, role: 'main' | 'accessory', max: WorkingMax | null): StrengthDose {
  const { locale } = plan;
  const last = lastEntry(plan, exercise.id);
  const rpe = scheme.rpe;
  if (exercise.defaultUnits === 'time') {
    const base = [25, 35, 45, 60][plan.rank] ?? 30;
    const lastHold = last ? Math.max(0, ...last.sets.map((s) => s.durationSec ?? 0)) : 0;
    const efforts = last ? last.sets.map(setEffort) : [];
    const easy = efforts.length > 0 && efforts.every((e) => e != null && e <= 8);
    const durationSec = lastHold > 0 ? Math.round(lastHold + (easy && plan.energy >= 3 ? 5 : 0)) : base;
    const record: ProgressionRecord = {
      exerciseId: exercise.id,
      change: lastHold > 0 ? (easy && plan.energy >= 3 ? 'reps_up' : 'hold') : 'new',
      loadDeltaKg: null,
      repsDelta: null,
      reason:
        lastHold > 0
          ? easy && plan.energy >= 3
            ? tr(locale, `Held ${lastHold} s comfortably: +5 s.`, `Tenu ${lastHold} s sans difficulté : +5 s.`)
            : tr(locale, `Repeat ${lastHold} s holds.`, `On répète des maintiens de ${lastHold} s.`)
          : tr(locale, 'Hold with perfect position; stop before it breaks.', 'Gardez une position parfaite ; arrêtez avant qu’elle ne se dégrade.'),
    };
    return { exercise, reps: null, durationSec, distanceM: null, loadKg: null, rpe, rest: Math.min(scheme.rest, 60), warmups: [], record, max, note: record.reason, testSet: false, fromHistory: lastHold > 0 };
  }
  const lastLoad = last ? Math.max(0, ...last.sets.map((s) => s.loadKg ?? 0)) : 0;
  const loadKg = lastLoad > 0 ? lastLoad : null;
  const distanceM = role === 'main' ? 50 : 40;
  const record: ProgressionRecord = {
    exerciseId: exercise.id,
    change: loadKg != null ? 'hold' : 'new',
    loadDeltaKg: null,
    repsDelta: null,
    reason: loadKg != null
      ? tr(locale, `Same load as last time (${kg(loadKg)}), faster steps.`, `Même charge que la dernière fois (${kg(loadKg)}), pas plus rapides.`)
      : tr(locale, 'Heavy but upright: pick a load you can carry without stopping.', 'Lourd mais gainé : une charge portée sans s’arrêter.'),
  };
  return { exercise, reps: null, durationSec: null, distanceM, loadKg, rpe, rest: 60, warmups: [], record, max, note: record.reason, testSet: false, fromHistory: loadKg != null };
}

/** The sets of a dose: its warm-ups (up to `warmupCount`) then `count` working sets. */
export function doseSets(dose: StrengthDose, count: number, warmupCount = dose.warmups.length, restOverride?: number): PrescribedSet[] {
  const rir = dose.reps != null ? rirFor(dose.rpe) : null;
  const working = Array.from({ length: Math.max(1, count) }, () =>
    mkSet({
      reps: dose.reps,
      loadKg: dose.loadKg,
      durationSec: dose.durationSec,
      distanceM: dose.distanceM,
      targetRpe: dose.rpe,
      targetRir: rir,
      restSec: restOverride ?? dose.rest,
    }),
  );
  const warmups = dose.warmups.slice(Math.max(0, dose.warmups.length - warmupCount));
  return [...warmups, ...working];
}
