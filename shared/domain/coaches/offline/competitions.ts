import type { Exercise } from '../../catalog';
import { type CompetitionsFields, type PrescribedBlock, type PrescribedExercise, type Prescription } from '../prescription';
import { plannedBlockSec, plannedSeconds, BLOCK_TRANSITION_SEC } from '../planned-duration';
import { clamp, finish, fits, mkBlock, mkEntry, mkSet, roundTo, warmupBlock, warmupSecFor } from './build';
import { getExercise } from '../../catalog';
import { setEffort, setPace } from './history';
import { firstUsable, type Plan } from './plan';
import { clock, colon, kg, list, tr } from './text';

type StationKey = 'ski' | 'sledPush' | 'sledPull' | 'bbj' | 'row' | 'farmers' | 'lunges' | 'wallBall';

interface Station {
  key: StationKey;
  /** The race exercise first, then substitutes (time-matched) when it is not possible here. */
  ids: readonly string[];
  distanceM: number | null;
  reps: number | null;
  /** Full-volume target split (s) by level: beginner, intermediate, advanced, elite. */
  split: readonly [number, number, number, number];
  /** Open / Pro loads [male, female] (per hand for farmers carry). */
  open: readonly [number, number] | null;
  pro: readonly [number, number] | null;
}

/** The eight HYROX-style stations in race order. */
const STATIONS: readonly Station[] = [
  { key: 'ski', ids: ['ski-erg', 'row-erg', 'air-bike', 'bike-erg', 'battle-rope-waves', 'mountain-climber'], distanceM: 1000, reps: null, split: [330, 285, 255, 235], open: null, pro: null },
  { key: 'sledPush', ids: ['sled-push', 'bear-crawl', 'walking-lunge'], distanceM: 50, reps: null, split: [240, 180, 140, 110], open: [152, 102], pro: [202, 152] },
  { key: 'sledPull', ids: ['sled-pull', 'ring-row', 'dumbbell-row', 'doorframe-row'], distanceM: 50, reps: null, split: [300, 225, 170, 130], open: [103, 78], pro: [153, 103] },
  { key: 'bbj', ids: ['burpee-broad-jump', 'burpee'], distanceM: 80, reps: null, split: [360, 270, 210, 170], open: null, pro: null },
  { key: 'row', ids: ['row-erg', 'ski-erg', 'air-bike', 'bike-erg', 'shuttle-run', 'jumping-jack'], distanceM: 1000, reps: null, split: [330, 290, 255, 235], open: null, pro: null },
  { key: 'farmers', ids: ['farmers-carry', 'suitcase-carry', 'sandbag-carry', 'bear-crawl'], distanceM: 200, reps: null, split: [150, 120, 100, 85], open: [24, 16], pro: [32, 24] },
  { key: 'lunges', ids: ['sandbag-lunge', 'dumbbell-lunge', 'walking-lunge'], distanceM: 100, reps: null, split: [360, 280, 220, 180], open: [20, 10], pro: [30, 20] },
  { key: 'wallBall', ids: ['wall-ball', 'dumbbell-thruster', 'jump-squat', 'air-squat'], distanceM: null, reps: 100, split: [480, 360, 280, 220], open: [6, 4], pro: [9, 6] },
];

/** 1 km compromised-run split by level when there is no running history (s). */
const RUN_SPLIT = [390, 330, 285, 245];
const RUN_IDS = ['hyrox-run', 'run', 'treadmill-run', 'shuttle-run'];
const ROXZONE_SEC = 20;

interface Config {
  stations: readonly Station[];
  /** Share of race volume per station. */
  share: number;
  runM: number;
  rounds: number;
  kind: 'simulation' | 'half' | 'focus';
}

/** Runs that show race effort: hard sessions, or sets logged at RPE 7 or more. */
const HARD_RUNS = new Set(['hyrox-run', 'tempo-run', 'threshold-run', 'run-intervals', 'fartlek']);
/** Easy pace → compromised race pace: a HYROX 1 km is run about 8 % faster than an easy run. */
const EASY_TO_RACE = 0.92;
/** Hard efforts are fresh: between stations they slow about 5 %. */
const COMPROMISED = 1.05;

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * Race running pace from the hardest relevant evidence: the median of hard efforts ≥ 1 km slowed
 * 5 % for running between stations; else easy runs sped up to race effort; else the level's split.
 */
function runPace(plan: Plan): { pace: number; basis: 'hard' | 'easy' | 'level' } {
  const hard: number[] = [];
  const easy: number[] = [];
  for (const entry of plan.history) {
    if (getExercise(entry.exerciseId)?.discipline !== 'running' && entry.exerciseId !== 'hyrox-run') continue;
    for (const set of entry.sets) {
      const pace = setPace(set);
      if (pace == null || (set.distanceM ?? 0) < 1000) continue;
      if (HARD_RUNS.has(entry.exerciseId) || (setEffort(set) ?? 0) >= 7) hard.push(pace);
      else easy.push(pace);
    }
  }
  if (hard.length > 0) return { pace: Math.round(median(hard) * COMPROMISED), basis: 'hard' };
  if (easy.length > 0) return { pace: Math.round(median(easy) * EASY_TO_RACE), basis: 'easy' };
  return { pace: RUN_SPLIT[plan.rank] ?? 330, basis: 'level' };
}

/** Stations measured on an erg: their split is a pace (shown per 500 m); the others have none. */
const ERG_STATIONS = new Set(['ski-erg', 'row-erg']);

export function competitionsCoach(plan: Plan): Prescription {
  const { locale } = plan;
  const female = plan.ctx.profile.sex === 'female';
  const pro = plan.rank >= 2 && plan.energy >= 3;
  const slower = plan.energy <= 2 ? 1.1 : 1;
  const stationRpe = plan.energy <= 2 ? 7 : plan.energy >= 4 ? 8.5 : 8;
  const runRpe = stationRpe - 0.5;
  const reference = runPace(plan);
  const pace = Math.round(reference.pace * slower);
  if (reference.basis === 'easy') {
    plan.notes.push(tr(locale, 'Run targets come from your easy runs, sped up to race effort (about 8 %): log a hard run or a race for sharper targets.', 'Cibles de course estimées d’après vos sorties faciles, accélérées à l’effort de course (environ 8 %) : notez une sortie dure ou une course pour des cibles plus justes.'));
  } else if (reference.basis === 'level') {
    plan.notes.push(tr(locale, 'No runs logged: run targets are typical splits for your level.', 'Aucune course notée : les cibles de course sont des temps typiques de votre niveau.'));
  }
  const runExercise = firstUsable(plan, RUN_IDS);
  const warmup = warmupBlock(plan, warmupSecFor(plan, 0.12), 'full', ['ski-erg', 'row-erg', 'easy-run', 'run', 'bike-erg', 'jumping-jack']);
  const used = new Set<string>();

  // Each station resolved once: the race exercise or a time-matched substitute.
  const resolved = STATIONS.map((station) => {
    const exercise = firstUsable(plan, station.ids, used) ?? firstUsable(plan, station.ids);
    if (exercise) used.add(exercise.id);
    return { station, exercise };
  }).filter((r): r is { station: Station; exercise: Exercise } => r.exercise !== undefined);

  const splitFor = (station: Station, share: number) => Math.round((station.split[plan.rank] ?? station.split[1]) * share * slower);
  const stationEntry = (station: Station, exercise: Exercise, share: number): PrescribedExercise => {
    const target = splitFor(station, share);
    const original = exercise.id === station.ids[0];
    const loads = pro ? station.pro : station.open;
    const loadKg = original && loads ? (female ? loads[1] : loads[0]) : null;
    if (original) {
      const distanceM = station.distanceM != null ? Math.max(10, roundTo(station.distanceM * share, station.distanceM >= 500 ? 50 : 5)) : null;
      const reps = station.reps != null ? Math.max(5, roundTo(station.reps * share, 5)) : null;
      const set = mkSet({
        distanceM,
        reps,
        loadKg,
        durationSec: target,
        targetPaceSecPerKm: distanceM != null && ERG_STATIONS.has(exercise.id) ? clamp(Math.round((target / distanceM) * 1000), 60, 20_000) : null,
        targetRpe: stationRpe,
        restSec: ROXZONE_SEC,
      });
      const what = distanceM != null ? `${distanceM} m` : `${reps} ${tr(locale, 'reps', 'répétitions')}`;
      return mkEntry(plan, exercise, [set], tr(locale, `${what} in ${clock(target)}${loadKg != null ? ` (${kg(loadKg)})` : ''}.`, `${what} en ${clock(target)}${loadKg != null ? ` (${kg(loadKg)})` : ''}.`));
    }
    const replaced = getExercise(station.ids[0] ?? '')?.name[locale] ?? station.key;
    return mkEntry(
      plan,
      exercise,
      [mkSet({ durationSec: target, targetRpe: stationRpe, restSec: ROXZONE_SEC })],
      tr(locale, `${clock(target)} steady and hard, in place of ${replaced}.`, `${clock(target)} soutenu, à la place de : ${replaced}.`),
      null,
    );
  };
  const runEntry = (distanceM: number): PrescribedExercise | null => {
    if (!runExercise) return null;
    const target = Math.round((distanceM / 1000) * pace);
    return mkEntry(
      plan,
      runExercise,
      [mkSet({ distanceM, durationSec: target, targetPaceSecPerKm: pace, targetHrZone: 4, targetRpe: runRpe, restSec: 0 })],
      tr(locale, `${distanceM} m in ${clock(target)}: settle into race pace straight away.`, `${distanceM} m en ${clock(target)} : trouvez votre allure de course tout de suite.`),
    );
  };
  const buildBlock = (config: Config): PrescribedBlock | null => {
    const entries: PrescribedExercise[] = [];
    for (const { station, exercise } of config.stations.map((s) => resolved.find((r) => r.station === s)).filter((r): r is { station: Station; exercise: Exercise } => r !== undefined)) {
      const run = runEntry(config.runM);
      if (run) entries.push(run);
      entries.push(stationEntry(station, exercise, config.share));
    }
    if (entries.length === 0) return null;
    const name =
      config.kind === 'simulation'
        ? tr(locale, 'Race simulation', 'Simulation de course')
        : config.kind === 'half'
          ? tr(locale, 'Half simulation', 'Demi-simulation')
          : `${tr(locale, 'Compromised running', 'Course compromise')} × ${config.rounds}`;
    const block = mkBlock(name, 'main', 'stations', entries, config.rounds > 1 ? config.rounds : null);
    if (config.rounds > 1) {
      // Between rounds: 90 s walk/rest after the last station.
      const last = block.exercises[block.exercises.length - 1];
      const lastSet = last?.sets[last.sets.length - 1];
      if (lastSet) lastSet.restSec = 90;
    }
    return block;
  };

  const half = plan.day % 2 === 0 ? STATIONS.slice(0, 4) : STATIONS.slice(4);
  const focusPairs = [STATIONS.slice(0, 2), STATIONS.slice(2, 4), STATIONS.slice(4, 6), STATIONS.slice(6, 8)];
  const focus = focusPairs[plan.day % focusPairs.length] ?? STATIONS.slice(0, 2);
  const families: Config[][] = [];
  const simulation: Config[] = [1, 0.75, 0.5].map((share) => ({ stations: STATIONS, share, runM: roundTo(1000 * share, 100), rounds: 1, kind: 'simulation' }));
  const halves: Config[] = [1, 0.75, 0.5, 0.35].map((share) => ({ stations: half, share, runM: roundTo(1000 * share, 100), rounds: 1, kind: 'half' }));
  const focused: Config[] = [];
  for (const share of [0.5, 0.35, 0.25, 0.15, 0.1]) {
    for (let rounds = 6; rounds >= 1; rounds--) focused.push({ stations: focus, share, runM: Math.max(200, roundTo(1000 * share, 100)), rounds, kind: 'focus' });
  }
  const minutes = plan.targetSec / 60;
  if (plan.energy >= 4 && minutes >= 70 && plan.rank >= 1) families.push(simulation);
  if (plan.energy >= 3 && minutes >= 40) families.push(halves);
  families.push(focused);

  const blocksWith = (main: PrescribedBlock | null) => [...(warmup ? [warmup] : []), ...(main ? [main] : [])];
  let chosen: { config: Config; block: PrescribedBlock } | null = null;
  for (const family of families) {
    let best: { config: Config; block: PrescribedBlock; sec: number } | null = null;
    for (const config of family) {
      const block = buildBlock(config);
      if (!block || !fits(plan, blocksWith(block))) continue;
      const sec = plannedBlockSec(block);
      if (!best || sec > best.sec) best = { config, block, sec };
    }
    // A family is worth it when it fills at least half of the time left for main work.
    const room = plan.targetSec - plannedSeconds(blocksWith(null)) - 2 * BLOCK_TRANSITION_SEC;
    if (best && (best.sec >= room * 0.5 || family === focused)) {
      chosen = best;
      break;
    }
  }
  const mainBlocks: PrescribedBlock[] = chosen ? [chosen.block] : [];
  const blocks = finish(plan, [...blocksWith(null), ...mainBlocks], 'run', ['easy-run', 'row-erg', 'ski-erg', 'bike-erg', 'brisk-walk'], ['recovery-run', 'easy-run', 'brisk-walk']);

  const config = chosen?.config;
  const stationsField: CompetitionsFields['stations'] = [];
  const runSplits: CompetitionsFields['runSplits'] = [];
  for (const entry of chosen?.block.exercises ?? []) {
    const set = entry.sets[0];
    if (!set) continue;
    if (entry.exerciseId === runExercise?.id && set.distanceM != null) runSplits.push({ distanceM: set.distanceM, targetSec: set.durationSec ?? 0 });
    else stationsField.push({ exerciseId: entry.exerciseId, targetSplitSec: set.durationSec ?? 0 });
  }
  const totalTargetSec = chosen ? Math.round(plannedBlockSec(chosen.block)) : 0;
  const substitutes = resolved.filter((r) => config?.stations.includes(r.station) && r.exercise.id !== r.station.ids[0]);
  if (substitutes.length > 0) {
    plan.notes.push(
      tr(
        locale,
        `Missing race equipment: ${list(locale, substitutes.map((r) => r.exercise.name.en))} replace the stations, matched on time.`,
        `Matériel de course absent : ${list(locale, substitutes.map((r) => r.exercise.name.fr))} remplacent les stations, à durée égale.`,
      ),
    );
  }
  plan.notes.push(
    tr(
      locale,
      `Targets use ${pro ? 'Pro' : 'Open'} division loads; transitions (Roxzone) count: walk in, breathe, start.`,
      `Cibles avec les charges ${pro ? 'Pro' : 'Open'} ; les transitions (Roxzone) comptent : entrez, respirez, démarrez.`,
    ),
  );
  if (plan.energy <= 2) plan.notes.push(tr(locale, 'Low energy: splits 10 % slower than race targets.', 'Énergie basse : temps de passage 10 % plus lents que les cibles de course.'));
  const kindName = config
    ? config.kind === 'simulation'
      ? tr(locale, 'HYROX race simulation', 'Simulation HYROX')
      : config.kind === 'half'
        ? tr(locale, 'HYROX half simulation', 'Demi-simulation HYROX')
        : tr(locale, 'HYROX compromised running', 'HYROX course compromise')
    : tr(locale, 'HYROX engine', 'Moteur HYROX');
  const stationNames = (config?.stations ?? [])
    .map((s) => resolved.find((r) => r.station === s)?.exercise.name[locale])
    .filter((n): n is string => n !== undefined);
  return {
    coach: 'competitions',
    discipline: 'hyrox',
    title: colon(locale, kindName, stationNames.length > 4 ? `${stationNames.length} stations` : list(locale, stationNames)),
    summary: tr(
      locale,
      `${config?.rounds ?? 1} × (run ${config?.runM ?? 0} m + station) at ${Math.round((config?.share ?? 0) * 100)} % race volume; target ${clock(totalTargetSec)}.`,
      `${config?.rounds ?? 1} × (course ${config?.runM ?? 0} m + station) à ${Math.round((config?.share ?? 0) * 100)} % du volume de course ; objectif ${clock(totalTargetSec)}.`,
    ),
    estimatedDurationMin: 0,
    intensity: plan.energy >= 3 ? 'vigorous' : 'moderate',
    blocks,
    coachNotes: plan.notes,
    coachFields: { coach: 'competitions', stations: stationsField, runSplits, totalTargetSec },
  };
}
