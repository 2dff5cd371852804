import { getExercise, type Discipline, type Exercise } from '../../catalog';
import type { EnduranceFields, PrescribedBlock, PrescribedExercise, PrescribedSet, Prescription } from '../prescription';
import { BLOCK_TRANSITION_SEC, EXERCISE_TRANSITION_SEC, plannedBlockSec, plannedSeconds, setWorkSec } from '../planned-duration';
import { clamp, finish, minCooldownSec, mkBlock, mkEntry, mkSet, roundTo, type Focus } from './build';
import { setPace } from './history';
import { isDiscouraged, usable, type Plan } from './plan';
import { clock, tr } from './text';

type EnduranceDiscipline = Extract<Discipline, 'running' | 'cycling' | 'rowing' | 'skierg' | 'swimming'>;
type SessionType = EnduranceFields['sessionType'];
type Role = 'easy' | 'recovery' | 'long' | 'tempo' | 'threshold' | 'vo2max' | 'sprint' | 'hills' | 'strides' | 'drill';

const ENDURANCE_DISCIPLINES: readonly EnduranceDiscipline[] = ['running', 'cycling', 'rowing', 'skierg', 'swimming'];

/** Catalog ids by discipline and role; the first usable of each list is taken. */
const IDS: Readonly<Record<EnduranceDiscipline, Partial<Record<Role, readonly string[]>>>> = {
  running: {
    easy: ['easy-run', 'treadmill-run', 'run', 'brisk-walk'],
    recovery: ['recovery-run', 'easy-run', 'brisk-walk'],
    long: ['long-run', 'easy-run'],
    tempo: ['tempo-run', 'treadmill-run'],
    threshold: ['threshold-run', 'tempo-run'],
    vo2max: ['run-intervals', 'threshold-run', 'tempo-run'],
    sprint: ['strides', 'run-intervals'],
    hills: ['hill-repeats', 'run-intervals'],
    strides: ['strides'],
  },
  cycling: {
    easy: ['easy-ride', 'bike-erg', 'recovery-spin'],
    recovery: ['recovery-spin', 'easy-ride'],
    long: ['easy-ride'],
    tempo: ['tempo-ride', 'easy-ride'],
    threshold: ['bike-intervals', 'tempo-ride'],
    vo2max: ['bike-intervals'],
    sprint: ['bike-sprints', 'bike-intervals', 'air-bike'],
  },
  rowing: {
    easy: ['row-erg'],
    recovery: ['row-erg'],
    long: ['row-erg'],
    tempo: ['row-erg'],
    threshold: ['row-intervals', 'row-erg'],
    vo2max: ['row-intervals'],
    sprint: ['row-sprints', 'row-intervals'],
    drill: ['row-technique-drill'],
  },
  skierg: {
    easy: ['ski-erg'],
    recovery: ['ski-erg'],
    long: ['ski-erg'],
    tempo: ['ski-erg'],
    threshold: ['skierg-intervals', 'ski-erg'],
    vo2max: ['skierg-intervals'],
    sprint: ['skierg-sprints', 'skierg-intervals'],
  },
  swimming: {
    easy: ['freestyle-swim', 'breaststroke', 'backstroke'],
    recovery: ['backstroke', 'freestyle-swim', 'breaststroke'],
    long: ['freestyle-swim'],
    tempo: ['freestyle-swim'],
    threshold: ['swim-intervals', 'freestyle-swim'],
    vo2max: ['swim-intervals'],
    sprint: ['swim-intervals'],
    drill: ['swim-drills', 'kick-set', 'pull-buoy-set'],
  },
};

const GOAL_DISCIPLINE: readonly [EnduranceDiscipline, readonly string[]][] = [
  ['running', ['run', 'course', 'marathon', '5k', '10k', '5 km', '10 km', 'trail', 'semi', 'footing']],
  ['cycling', ['bike', 'velo', 'cycl', 'gran fondo']],
  ['swimming', ['swim', 'natation', 'nage', 'nager']],
  ['rowing', ['row', 'aviron', 'rameur']],
  ['skierg', ['ski']],
];

/** Pace of each zone relative to the reference (your zone-2 pace): faster zones, smaller factor. */
const ZONE_PACE_FACTOR = [1.1, 1, 0.92, 0.87, 0.82];
/** Swim pace (s/km) by level when there is no swim history: 2:30, 2:05, 1:45, 1:30 per 100 m at zone 2. */
const SWIM_LEVEL_PACE = [1500, 1250, 1050, 900];

/** HR zones as % of max HR (Z1 50–60 … Z5 90–100). */
export function heartRateZones(maxHr: number): EnduranceFields['heartRateZones'] {
  return [1, 2, 3, 4, 5].map((zone) => ({ zone, minBpm: Math.round(maxHr * (0.4 + zone * 0.1)), maxBpm: Math.round(maxHr * (0.5 + zone * 0.1)) }));
}

/** Max HR from the profile, else Tanaka (208 − 0.7 × age), else unknown. */
export function maxHeartRate(plan: Plan): number | null {
  if (plan.ctx.profile.maxHeartRate != null) return plan.ctx.profile.maxHeartRate;
  if (plan.ctx.profile.age != null) return Math.round(208 - 0.7 * plan.ctx.profile.age);
  return null;
}

function firstId(plan: Plan, discipline: EnduranceDiscipline, role: Role): Exercise | undefined {
  for (const id of IDS[discipline][role] ?? []) {
    const exercise = usable(plan, id);
    if (exercise && !isDiscouraged(exercise, plan.avoid)) return exercise;
  }
  for (const id of IDS[discipline][role] ?? []) {
    const exercise = usable(plan, id);
    if (exercise) return exercise;
  }
  return undefined;
}

function chooseDiscipline(plan: Plan): { discipline: EnduranceDiscipline; walkOnly: boolean } {
  const open = ENDURANCE_DISCIPLINES.filter((d) => firstId(plan, d, 'easy') !== undefined);
  const requested = plan.ctx.discipline;
  if (requested && (ENDURANCE_DISCIPLINES as readonly string[]).includes(requested)) {
    if (open.includes(requested as EnduranceDiscipline)) return { discipline: requested as EnduranceDiscipline, walkOnly: false };
    plan.notes.push(
      tr(
        plan.locale,
        `${requested} is not possible with this equipment or avoid list: another discipline was chosen.`,
        `${requested} n’est pas possible avec ce matériel ou cette liste à éviter : une autre discipline a été choisie.`,
      ),
    );
  } else if (requested && requested !== 'mobility') {
    plan.notes.push(tr(plan.locale, `The endurance coach does not program ${requested}: an endurance discipline was chosen.`, `Le coach endurance ne programme pas ${requested} : une discipline d’endurance a été choisie.`));
  }
  for (const [discipline, words] of GOAL_DISCIPLINE) {
    if (open.includes(discipline) && words.some((w) => plan.goalText.includes(w))) return { discipline, walkOnly: false };
  }
  if (open.length > 0) return { discipline: open[plan.day % open.length] ?? 'running', walkOnly: false };
  return { discipline: 'running', walkOnly: true };
}

function chooseType(plan: Plan, discipline: EnduranceDiscipline): SessionType {
  const minutes = plan.targetSec / 60;
  if (plan.energy <= 1) return 'recovery';
  if (plan.energy === 2) return minutes >= 75 && plan.goals.has('endurance') ? 'long' : 'aerobic';
  if (plan.goals.has('endurance') && minutes >= 75 && plan.day % 2 === 0) return 'long';
  let options: SessionType[];
  if (plan.energy === 3) options = minutes >= 75 ? ['tempo', 'long', 'aerobic'] : ['tempo', 'aerobic', 'threshold'];
  else if (plan.rank === 0) options = ['tempo', 'threshold'];
  else options = ['threshold', 'vo2max', discipline === 'running' ? 'hills' : 'sprint'];
  if (plan.goals.has('speed') && plan.energy >= 4 && plan.rank >= 1) options = ['vo2max', 'sprint'];
  return options[plan.day % options.length] ?? 'aerobic';
}

/** Median pace of recent logged efforts of the discipline, taken as the athlete's zone-2 pace. */
function referencePace(plan: Plan, discipline: EnduranceDiscipline): number | null {
  const minDistance = discipline === 'swimming' ? 100 : 1000;
  const paces: number[] = [];
  for (const entry of plan.history) {
    if (getExercise(entry.exerciseId)?.discipline !== discipline) continue;
    for (const set of entry.sets) {
      const pace = setPace(set);
      if (pace != null && (set.distanceM ?? 0) >= minDistance) paces.push(pace);
    }
    if (paces.length >= 15) break;
  }
  if (paces.length === 0) return null;
  const sorted = [...paces].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0);
}

interface Piece {
  role: Role;
  zone: number;
  rpe: number;
}

export function enduranceCoach(plan: Plan): Prescription {
  const { locale } = plan;
  const { discipline, walkOnly } = chooseDiscipline(plan);
  const type: SessionType = walkOnly ? 'aerobic' : chooseType(plan, discipline);
  const swim = discipline === 'swimming';
  const historyPace = referencePace(plan, discipline);
  const reference = historyPace ?? (swim ? (SWIM_LEVEL_PACE[plan.rank] ?? 1250) : null);
  const paceFor = (zone: number): number | null =>
    reference != null && discipline !== 'cycling' ? Math.round(reference * (ZONE_PACE_FACTOR[zone - 1] ?? 1)) : null;
  const walkIds = ['brisk-walk', 'incline-walk'];
  const pick = (role: Role): Exercise | undefined =>
    walkOnly ? walkIds.map((id) => usable(plan, id)).find((e) => e !== undefined) : (firstId(plan, discipline, role) ?? firstId(plan, discipline, 'easy'));
  const easy = pick('easy');
  if (!easy) throw new Error('No endurance exercise is possible with this equipment and avoid list.');

  /** A set of `seconds` at `zone` — by distance for swims (rounded to 25 m), by time otherwise. */
  const timedSet = (seconds: number, zone: number, rpe: number, restSec: number, type: PrescribedSet['type'] = 'working'): PrescribedSet => {
    const pace = paceFor(zone);
    if (swim && pace != null) {
      const raw = (seconds / pace) * 1000;
      const distanceM = Math.max(25, roundTo(raw, raw >= 150 ? 50 : 25));
      return mkSet({ type, distanceM, targetPaceSecPerKm: pace, targetHrZone: zone, targetRpe: rpe, restSec });
    }
    return mkSet({ type, durationSec: Math.max(10, Math.round(seconds)), targetHrZone: zone, targetRpe: rpe, targetPaceSecPerKm: pace, restSec });
  };

  // Warm-up: easy, then drills (swim) or strides (running, before hard work).
  const hard = type === 'threshold' || type === 'vo2max' || type === 'sprint' || type === 'hills';
  const warmupSec = clamp(roundTo(plan.targetSec * (hard ? 0.18 : 0.12), 15), 180, 1200);
  const warmEntries: PrescribedExercise[] = [];
  const strides = discipline === 'running' && hard && !walkOnly && plan.targetSec >= 25 * 60 ? usable(plan, 'strides') : undefined;
  const drill = swim ? pick('drill') : undefined;
  const extraSec = strides ? 4 * (20 + 40) - 40 + EXERCISE_TRANSITION_SEC : drill ? Math.min(300, warmupSec * 0.3) + EXERCISE_TRANSITION_SEC : 0;
  const easyWarm = Math.max(60, warmupSec - extraSec);
  const warmFirst = pick('recovery') ?? easy;
  warmEntries.push(mkEntry(plan, warmFirst, [timedSet(easyWarm, 2, 3, 0, 'warmup')], tr(locale, 'Start very easy and build to zone 2.', 'Commence très facile et monte progressivement en zone 2.')));
  if (strides) {
    warmEntries.push(
      mkEntry(
        plan,
        strides,
        Array.from({ length: 4 }, (_, i) => mkSet({ type: 'warmup', durationSec: 20, targetRpe: 7, targetHrZone: 4, restSec: i === 3 ? 0 : 40 })),
        tr(locale, '4 relaxed accelerations, walk back.', '4 accélérations relâchées, retour en marchant.'),
      ),
    );
  }
  if (drill) {
    const drillSec = Math.min(300, warmupSec * 0.3);
    warmEntries.push(mkEntry(plan, drill, [timedSet(drillSec, 2, 3, 0, 'warmup')], tr(locale, 'Technique focus: long, relaxed strokes.', 'Travail technique : mouvements longs et relâchés.')));
  }
  const warmup = mkBlock(tr(locale, 'Warm-up', 'Échauffement'), 'warmup', 'straight', warmEntries);

  // Budget for the main set: everything but the warm-up, transitions and a cool-down share.
  const cooldownShare = clamp(Math.round(plan.targetSec * 0.1), minCooldownSec(plan), 900);
  const mainBudget = plan.targetSec - plannedBlockSec(warmup) - 2 * BLOCK_TRANSITION_SEC - cooldownShare;

  const mainEntries: PrescribedExercise[] = [];
  let structure = '';
  let format: PrescribedBlock['format'] = 'straight';
  const energyReps = [0, 0, 0, 1, 1][plan.energy - 1] ?? 0;

  const steady = (exercise: Exercise, piece: Piece, seconds: number, note: string) => {
    mainEntries.push(mkEntry(plan, exercise, [timedSet(seconds, piece.zone, piece.rpe, 0)], note));
  };

  const intervals = (role: Role, workSec: number, restSec: number, zone: number, rpe: number, maxReps: number, note: string) => {
    const exercise = pick(role) ?? easy;
    // Swimmers recover at the wall: short rests, about an eighth of the work.
    if (swim) restSec = clamp(roundTo(workSec / 8, 5), 15, 45);
    // Short sessions: shrink the reps so that at least two fit, or fall back to steady work.
    if (mainBudget < 2 * workSec + restSec) {
      const factor = (mainBudget + restSec) / (2 * (workSec + restSec));
      workSec = Math.round(workSec * factor);
      restSec = Math.round(restSec * factor);
      if (workSec < 30) {
        steady(easy, { role: 'easy', zone: zone >= 4 ? 3 : 2, rpe: 5 }, mainBudget, note);
        structure = `${clock(mainBudget)} Z${zone >= 4 ? 3 : 2}`;
        return;
      }
    }
    const count = clamp(Math.floor((mainBudget + restSec) / (workSec + restSec)), 1, maxReps + energyReps);
    const sets = Array.from({ length: count }, () => timedSet(workSec, zone, rpe, restSec));
    mainEntries.push(mkEntry(plan, exercise, sets, note));
    format = 'intervals';
    structure = `${count} × ${clock(workSec)} Z${zone} / ${clock(restSec)} ${tr(locale, 'easy', 'récup')}`;
    const used = sets.reduce((sum, s) => sum + setWorkSec(s, exercise) + s.restSec, 0);
    const left = mainBudget - used - EXERCISE_TRANSITION_SEC;
    if (left >= 180) steady(easy, { role: 'easy', zone: 2, rpe: 4 }, left, tr(locale, 'Aerobic extension: back to zone 2.', 'Prolongation aérobie : retour en zone 2.'));
  };

  const levelWork = (values: number[]) => values[plan.rank] ?? values[1] ?? 300;
  switch (type) {
    case 'recovery':
      steady(pick('recovery') ?? easy, { role: 'recovery', zone: 1, rpe: 2 }, mainBudget, tr(locale, 'Very easy: you could hold a full conversation.', 'Très facile : conversation complète possible.'));
      structure = `${clock(mainBudget)} Z1`;
      break;
    case 'aerobic':
      steady(easy, { role: 'easy', zone: 2, rpe: 4 }, mainBudget, tr(locale, 'Steady zone 2: nose-breathing pace.', 'Zone 2 régulière : allure respiration par le nez.'));
      structure = `${clock(mainBudget)} Z2`;
      break;
    case 'long':
      steady(pick('long') ?? easy, { role: 'long', zone: 2, rpe: 4 }, mainBudget, tr(locale, 'Long and steady; drink and fuel every 30–40 min.', 'Long et régulier ; bois et mange toutes les 30 à 40 min.'));
      structure = `${clock(mainBudget)} Z2`;
      break;
    case 'tempo': {
      const work = levelWork([480, 600, 720, 900]);
      intervals('tempo', work, 120, 3, 6, 4, tr(locale, 'Comfortably hard: a few words at a time.', 'Soutenu mais contrôlé : quelques mots à la fois.'));
      break;
    }
    case 'threshold': {
      const work = levelWork([240, 300, 360, 480]);
      intervals('threshold', work, Math.round(work / 2), 4, 8, [3, 5, 6, 6][plan.rank] ?? 4, tr(locale, 'Threshold: strong and even; the last rep like the first.', 'Seuil : fort et régulier ; la dernière répétition comme la première.'));
      break;
    }
    case 'vo2max': {
      const work = levelWork([120, 150, 180, 180]);
      intervals('vo2max', work, work, 5, 9, 8, tr(locale, 'Hard: breathing heavy by the end of each rep.', 'Dur : respiration forte en fin de répétition.'));
      break;
    }
    case 'sprint':
      intervals('sprint', 30, 120, 5, 9.5, 10, tr(locale, 'Near-max sprints with full recovery.', 'Sprints quasi maximaux, récupération complète.'));
      break;
    case 'hills':
      intervals('hills', 60, 90, 5, 9, 10, tr(locale, 'Strong uphill, jog back down to recover.', 'Fort en montée, retour en trottinant.'));
      break;
  }
  if (mainEntries.length === 0) steady(easy, { role: 'easy', zone: 2, rpe: 4 }, mainBudget, '');

  const typeName: Record<SessionType, [string, string]> = {
    recovery: ['Recovery', 'Récupération'],
    aerobic: ['Aerobic endurance', 'Endurance fondamentale'],
    long: ['Long endurance', 'Sortie longue'],
    tempo: ['Tempo', 'Tempo'],
    threshold: ['Threshold intervals', 'Fractionné au seuil'],
    vo2max: ['VO2max intervals', 'Fractionné VO2max'],
    sprint: ['Sprints', 'Sprints'],
    hills: ['Hill repeats', 'Côtes'],
  };
  const main = mkBlock(tr(locale, 'Main set', 'Corps de séance'), 'main', format, mainEntries);
  const focus: Focus = swim ? 'swim' : discipline === 'running' ? 'run' : discipline === 'cycling' ? 'lower' : 'full';
  const coolLead = walkOnly ? ['brisk-walk'] : [...(IDS[discipline].recovery ?? []), ...(IDS[discipline].easy ?? [])];
  const blocks = finish(plan, [warmup, main], focus, [], coolLead);

  // Zone minutes: work at each set's zone; recoveries inside interval blocks count as zone 1.
  const zoneSec = [0, 0, 0, 0, 0];
  for (const block of blocks) {
    for (const entry of block.exercises) {
      const exercise = getExercise(entry.exerciseId);
      for (const set of entry.sets) {
        if (set.targetHrZone != null) zoneSec[set.targetHrZone - 1] = (zoneSec[set.targetHrZone - 1] ?? 0) + setWorkSec(set, exercise);
        if (block.format === 'intervals') zoneSec[0] = (zoneSec[0] ?? 0) + set.restSec;
      }
    }
  }
  const maxHr = maxHeartRate(plan);
  const mainZones = [...new Set(main.exercises.flatMap((e) => e.sets.map((s) => s.targetHrZone ?? 2)))].sort();
  if (historyPace == null && discipline !== 'cycling' && !swim) {
    plan.notes.push(tr(locale, 'No paced history yet: go by heart-rate zone and breathing; log distance and time to get pace targets.', 'Pas encore d’historique d’allure : fie-toi aux zones cardiaques et à la respiration ; note distance et temps pour obtenir des allures cibles.'));
  }
  if (plan.energy <= 2) {
    plan.notes.push(tr(locale, 'Low energy: easy aerobic work only today.', 'Énergie basse : uniquement de l’aérobie facile aujourd’hui.'));
  }
  if (maxHr == null) {
    plan.notes.push(tr(locale, 'Add your max heart rate or age to your profile to get zones in bpm.', 'Ajoute ta FC max ou ton âge à ton profil pour avoir les zones en bpm.'));
  }
  const [en, fr] = typeName[type];
  const walking = walkOnly || easy.id === 'brisk-walk' || easy.id === 'incline-walk';
  const disciplineName = walking ? tr(locale, 'walk', 'marche') : disciplineLabel(discipline, locale);
  const total = plannedSeconds(blocks);
  const fields: EnduranceFields = {
    coach: 'endurance',
    sessionType: type,
    targetZones: mainZones,
    intervalStructure: structure,
    totalZoneMinutes: zoneSec.map((sec, i) => ({ zone: i + 1, minutes: Math.round((sec / 60) * 10) / 10 })),
    maxHeartRate: maxHr,
    heartRateZones: maxHr != null ? heartRateZones(maxHr) : [],
    referencePaceSecPerKm: reference,
  };
  return {
    coach: 'endurance',
    discipline: walkOnly ? 'running' : discipline,
    title: `${tr(locale, en, fr)} — ${disciplineName}`,
    summary: tr(locale, `${Math.round(total / 60)} min of ${disciplineName}: ${structure}.`, `${Math.round(total / 60)} min de ${disciplineName} : ${structure}.`),
    estimatedDurationMin: 0,
    intensity: type === 'recovery' ? 'light' : type === 'aerobic' || type === 'long' ? 'moderate' : 'vigorous',
    blocks,
    coachNotes: plan.notes,
    coachFields: fields,
  };
}

function disciplineLabel(discipline: EnduranceDiscipline, locale: 'en' | 'fr'): string {
  const labels: Record<EnduranceDiscipline, [string, string]> = {
    running: ['running', 'course à pied'],
    cycling: ['cycling', 'vélo'],
    rowing: ['rowing', 'rameur'],
    skierg: ['ski erg', 'ski erg'],
    swimming: ['swimming', 'natation'],
  };
  return tr(locale, ...labels[discipline]);
}

