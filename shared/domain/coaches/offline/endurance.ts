import { getExercise, type Discipline, type Exercise } from '../../catalog';
import type { EnduranceFields, PrescribedBlock, PrescribedExercise, PrescribedSet, Prescription } from '../prescription';
import { BLOCK_TRANSITION_SEC, EXERCISE_TRANSITION_SEC, plannedBlockSec, plannedSeconds, setWorkSec, zoneMinutesOf } from '../planned-duration';
import { clamp, finish, minCooldownSec, mkBlock, mkEntry, mkSet, roundTo, type Focus } from './build';
import { dayNumber } from '../../rng';
import { setEffort, setPace } from './history';
import { heartRateZones, hrZoneMethodNote, maxHeartRate, restingHeartRate } from './heart-rate';
import { goalsMatching, isDiscouraged, usable, type Plan } from './plan';
import { disciplineName, refusedDisciplineNote } from './disciplines';
import { clock, tr } from './text';

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

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
  ['running', ['run', 'runs', 'running', 'runner', 'course', 'course a pied', 'marathon', '5k', '10k', '5 km', '10 km', 'trail', 'semi', 'footing', 'jogging']],
  ['cycling', ['bike', 'biking', 'velo', 'cycl*', 'gran fondo', 'ride', 'riding']],
  ['swimming', ['swim*', 'natation', 'nage', 'nager']],
  ['rowing', ['row', 'rowing', 'rower', 'aviron', 'rameur']],
  ['skierg', ['ski', 'skierg', 'ski erg']],
];

/** Pace of each zone relative to the reference (your zone-2 pace): faster zones, smaller factor. */
const ZONE_PACE_FACTOR = [1.1, 1, 0.92, 0.87, 0.82];
/** Swim pace (s/km) by level when there is no swim history: 2:30, 2:05, 1:45, 1:30 per 100 m at zone 2. */
const SWIM_LEVEL_PACE = [1500, 1250, 1050, 900];

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
        `${disciplineName(requested, 'en')} is not possible with this equipment or avoid list: another endurance discipline was chosen.`,
        `${capitalize(disciplineName(requested, 'fr'))} n’est pas possible avec ce matériel ou cette liste à éviter : une autre discipline d’endurance a été choisie.`,
      ),
    );
  } else if (requested && requested !== 'mobility') {
    plan.notes.push(refusedDisciplineNote('endurance', requested, plan.locale));
  }
  for (const [discipline, words] of GOAL_DISCIPLINE) {
    if (open.includes(discipline) && goalsMatching(plan, words)) return { discipline, walkOnly: false };
  }
  if (open.length > 0) return { discipline: open[plan.day % open.length] ?? 'running', walkOnly: false };
  return { discipline: 'running', walkOnly: true };
}

/** Logged sessions that count as hard: interval or tempo work, or a set at RPE 7.5 or more. */
const HARD_IDS = new Set([
  'tempo-run', 'threshold-run', 'run-intervals', 'hill-repeats', 'fartlek', 'hyrox-run', 'tempo-ride', 'bike-intervals', 'bike-sprints',
  'row-intervals', 'row-sprints', 'skierg-intervals', 'skierg-sprints', 'swim-intervals',
]);
const Z5_TYPES: ReadonlySet<SessionType> = new Set(['vo2max', 'sprint', 'hills']);
/** Minutes of zone-5 work a session may hold, by level: [without, with] history in the discipline. */
const Z5_CAP_MIN: readonly [readonly number[], readonly number[]] = [
  [0, 8, 12, 16],
  [4, 12, 18, 24],
];

const isEnduranceEntry = (id: string) => (ENDURANCE_DISCIPLINES as readonly string[]).includes(getExercise(id)?.discipline ?? '') || id === 'hyrox-run';

/** Days since the newest hard endurance session (0 = today, 1 = yesterday), or null. */
function daysSinceHard(plan: Plan): number | null {
  const today = dayNumber(plan.ctx.date);
  let best: number | null = null;
  for (const entry of plan.history) {
    if (!isEnduranceEntry(entry.exerciseId)) continue;
    const hard = HARD_IDS.has(entry.exerciseId) || entry.sets.some((set) => (setEffort(set) ?? 0) >= 7.5);
    if (!hard) continue;
    const days = today - dayNumber(entry.performedAt.slice(0, 10));
    if (days >= 0 && (best == null || days < best)) best = days;
  }
  return best;
}

function chooseType(plan: Plan, discipline: EnduranceDiscipline, z5CapMin: number): SessionType {
  const minutes = plan.targetSec / 60;
  if (plan.energy <= 1) return 'recovery';
  if (plan.energy === 2) return minutes >= 75 && plan.goals.has('endurance') ? 'long' : 'aerobic';
  const sinceHard = daysSinceHard(plan);
  if (sinceHard != null && sinceHard <= 1) {
    plan.notes.push(
      tr(
        plan.locale,
        'You trained hard in the last 48 hours: today stays easy (zone 2) so that the next hard session counts.',
        'Séance dure dans les dernières 48 heures : aujourd’hui reste facile (zone 2) pour que la prochaine séance dure porte ses fruits.',
      ),
    );
    return minutes >= 75 && plan.goals.has('endurance') ? 'long' : 'aerobic';
  }
  if (plan.goals.has('endurance') && minutes >= 75 && plan.day % 2 === 0) return 'long';
  let options: SessionType[];
  if (plan.energy === 3) options = minutes >= 75 ? ['tempo', 'long', 'aerobic'] : ['tempo', 'aerobic', 'threshold'];
  else if (plan.rank === 0) options = ['tempo', 'threshold'];
  else options = ['threshold', 'vo2max', discipline === 'running' ? 'hills' : 'sprint'];
  if (plan.goals.has('speed') && plan.energy >= 4 && plan.rank >= 1) options = ['vo2max', 'sprint'];
  let type = options[plan.day % options.length] ?? 'aerobic';
  // Zone 5 needs room under the cap, and two days since the last hard session.
  if (Z5_TYPES.has(type) && (z5CapMin <= 0 || (sinceHard != null && sinceHard <= 2))) type = 'threshold';
  return type;
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * The athlete's zone-2 pace in a discipline: the median of recent easy efforts (RPE ≤ 6, or an
 * easy exercise); from hard efforts only, their median slowed to zone 2 (÷ the zone-4 factor).
 */
function referencePace(plan: Plan, discipline: EnduranceDiscipline): number | null {
  const minDistance = discipline === 'swimming' ? 100 : 1000;
  const easy: number[] = [];
  const hard: number[] = [];
  for (const entry of plan.history) {
    if (getExercise(entry.exerciseId)?.discipline !== discipline) continue;
    for (const set of entry.sets) {
      const pace = setPace(set);
      if (pace == null || (set.distanceM ?? 0) < minDistance) continue;
      const effort = setEffort(set);
      if (HARD_IDS.has(entry.exerciseId) || (effort != null && effort >= 7)) hard.push(pace);
      else easy.push(pace);
    }
    if (easy.length + hard.length >= 15) break;
  }
  if (easy.length > 0) return Math.round(median(easy));
  if (hard.length > 0) return Math.round(median(hard) / (ZONE_PACE_FACTOR[3] ?? 0.87));
  return null;
}

const hasDisciplineHistory = (plan: Plan, discipline: EnduranceDiscipline) => plan.history.some((entry) => getExercise(entry.exerciseId)?.discipline === discipline);

/** Swim repeats by session type: metres per rep by level, and the rest rule (s) from the rep's time. */
const SWIM_REPS: Readonly<Partial<Record<SessionType, { metres: readonly number[]; rest: (workSec: number) => number; zone: number; rpe: number }>>> = {
  recovery: { metres: [50, 100, 200, 200], rest: () => 20, zone: 1, rpe: 2 },
  aerobic: { metres: [50, 100, 200, 300], rest: () => 20, zone: 2, rpe: 4 },
  long: { metres: [100, 200, 300, 400], rest: () => 20, zone: 2, rpe: 4 },
  tempo: { metres: [100, 200, 300, 400], rest: (w) => clamp(roundTo(w / 8, 5), 15, 30), zone: 3, rpe: 6 },
  threshold: { metres: [100, 100, 200, 200], rest: (w) => clamp(roundTo(w / 6, 5), 15, 30), zone: 4, rpe: 8 },
  // VO2max: short, fast repeats with about as much rest as work.
  vo2max: { metres: [50, 100, 100, 100], rest: (w) => clamp(roundTo(w * 0.8, 5), 30, 90), zone: 5, rpe: 9 },
  sprint: { metres: [25, 25, 50, 50], rest: (w) => clamp(roundTo(w * 3, 5), 45, 120), zone: 5, rpe: 9.5 },
};

/** Cadence targets for the bike (rpm) by session type: no FTP in the profile, so no watts. */
const CADENCE: Readonly<Record<SessionType, string>> = {
  recovery: '85–95', aerobic: '85–95', long: '85–95', tempo: '85–95', threshold: '85–95', vo2max: '95–105', sprint: '100–120', hills: '60–70',
};

interface Piece {
  role: Role;
  zone: number;
  rpe: number;
}

export function enduranceCoach(plan: Plan): Prescription {
  const { locale } = plan;
  const { discipline, walkOnly } = chooseDiscipline(plan);
  const swim = discipline === 'swimming';
  const bike = discipline === 'cycling';
  const withHistory = hasDisciplineHistory(plan, discipline);
  const z5CapSec = (Z5_CAP_MIN[withHistory ? 1 : 0][plan.rank] ?? 8) * 60;
  // A beginner's first runs alternate running and walking: no long continuous run without a base.
  const runWalk = !walkOnly && discipline === 'running' && plan.rank === 0 && !withHistory;
  let type: SessionType = walkOnly ? 'aerobic' : chooseType(plan, discipline, z5CapSec / 60);
  if (runWalk && type !== 'recovery') type = 'aerobic';
  const historyPace = referencePace(plan, discipline);
  const reference = historyPace ?? (swim ? (SWIM_LEVEL_PACE[plan.rank] ?? 1250) : null);
  const paceFor = (zone: number): number | null => (reference != null && !bike ? Math.round(reference * (ZONE_PACE_FACTOR[zone - 1] ?? 1)) : null);
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
  const warmFirst = runWalk ? (usable(plan, 'brisk-walk') ?? easy) : (pick('recovery') ?? easy);
  const warmNote = runWalk ? tr(locale, 'Brisk walk to warm up.', 'Marche rapide pour s’échauffer.') : tr(locale, 'Start very easy and build to zone 2.', 'Commencez très facile et montez progressivement en zone 2.');
  warmEntries.push(mkEntry(plan, warmFirst, [timedSet(easyWarm, 2, 3, 0, 'warmup')], warmNote));
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
  const cadence = (t: SessionType) => (bike ? tr(locale, ` Cadence ${CADENCE[t]} rpm.`, ` Cadence ${CADENCE[t]} tr/min.`) : '');

  const steady = (exercise: Exercise, piece: Piece, seconds: number, note: string) => {
    mainEntries.push(mkEntry(plan, exercise, [timedSet(seconds, piece.zone, piece.rpe, 0)], note));
  };

  /** Work/rest repeats filling the main budget; zone-5 work stays under the cap. */
  const intervals = (role: Role, workSec: number, restSec: number, zone: number, rpe: number, maxReps: number, note: string) => {
    const exercise = pick(role) ?? easy;
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
    let count = clamp(Math.floor((mainBudget + restSec) / (workSec + restSec)), 1, maxReps + energyReps);
    if (zone === 5) count = Math.max(1, Math.min(count, Math.floor(z5CapSec / workSec)));
    const sets = Array.from({ length: count }, () => timedSet(workSec, zone, rpe, restSec));
    mainEntries.push(mkEntry(plan, exercise, sets, note));
    format = 'intervals';
    structure = `${count} × ${clock(workSec)} Z${zone} / ${clock(restSec)} ${tr(locale, 'easy', 'récup')}`;
    const used = sets.reduce((sum, s) => sum + setWorkSec(s, exercise) + s.restSec, 0);
    const left = mainBudget - used - EXERCISE_TRANSITION_SEC;
    if (left >= 180) steady(easy, { role: 'easy', zone: 2, rpe: 4 }, left, tr(locale, 'Aerobic extension: back to zone 2.', 'Prolongation aérobie : retour en zone 2.') + cadence('aerobic'));
  };

  /** Swim repeats sized for the type (a VO2max set is short and fast with about equal rest). */
  const swimSet = (t: SessionType, note: string) => {
    const spec = SWIM_REPS[t] ?? SWIM_REPS.aerobic;
    if (!spec) return;
    const exercise = pick(t === 'recovery' || t === 'aerobic' || t === 'long' ? 'easy' : t === 'tempo' ? 'tempo' : t) ?? easy;
    const pace = paceFor(spec.zone) ?? 1250;
    const metres = spec.metres[plan.rank] ?? 100;
    const workSec = (metres * pace) / 1000;
    const restSec = spec.rest(workSec);
    let count = Math.max(1, Math.floor((mainBudget + restSec) / (workSec + restSec)));
    if (spec.zone === 5) count = Math.max(1, Math.min(count, Math.floor(z5CapSec / workSec), 16));
    const sets = Array.from({ length: count }, () => mkSet({ distanceM: metres, targetPaceSecPerKm: pace, targetHrZone: spec.zone, targetRpe: spec.rpe, restSec }));
    mainEntries.push(mkEntry(plan, exercise, sets, note));
    format = spec.zone >= 3 ? 'intervals' : 'straight';
    structure = `${count} × ${metres} m Z${spec.zone} / ${restSec} s ${tr(locale, 'rest', 'récup')}`;
    const used = sets.reduce((sum, s) => sum + setWorkSec(s, exercise) + s.restSec, 0);
    const left = mainBudget - used - EXERCISE_TRANSITION_SEC;
    if (left >= 180) steady(easy, { role: 'easy', zone: 2, rpe: 4 }, left, tr(locale, 'Easy swimming to finish the set.', 'Nage facile pour terminer la série.'));
  };

  const levelWork = (values: number[]) => values[plan.rank] ?? values[1] ?? 300;
  const typeNotes: Record<SessionType, string> = {
    recovery: tr(locale, 'Very easy: you could hold a full conversation.', 'Très facile : conversation complète possible.'),
    aerobic: tr(locale, 'Steady zone 2: nose-breathing pace.', 'Zone 2 régulière : allure respiration par le nez.'),
    long: tr(locale, 'Long and steady; drink and fuel every 30–40 min.', 'Long et régulier ; buvez et mangez toutes les 30 à 40 min.'),
    tempo: tr(locale, 'Comfortably hard: a few words at a time.', 'Soutenu mais contrôlé : quelques mots à la fois.'),
    threshold: tr(locale, 'Threshold: strong and even; the last rep like the first.', 'Seuil : fort et régulier ; la dernière répétition comme la première.'),
    vo2max: tr(locale, 'Hard: breathing heavy by the end of each rep.', 'Dur : respiration forte en fin de répétition.'),
    sprint: tr(locale, 'Near-max sprints with full recovery.', 'Sprints quasi maximaux, récupération complète.'),
    hills: tr(locale, 'Strong uphill, jog back down to recover.', 'Fort en montée, retour en trottinant.'),
  };
  const note = typeNotes[type] + cadence(type);
  if (runWalk) {
    const runSec = plan.energy >= 4 ? 90 : 60;
    const walkSec = 90;
    const runner = pick('easy') ?? easy;
    const count = Math.max(2, Math.floor((mainBudget + walkSec) / (runSec + walkSec)));
    const sets = Array.from({ length: count }, (_, i) => mkSet({ durationSec: runSec, targetHrZone: 2, targetRpe: 4, restSec: i === count - 1 ? 0 : walkSec }));
    mainEntries.push(
      mkEntry(
        plan,
        runner,
        sets,
        tr(
          locale,
          `Run ${clock(runSec)} at an easy, conversational pace, then walk briskly ${clock(walkSec)}; repeat. When it feels easy, the runs get longer.`,
          `Courez ${clock(runSec)} à allure facile (conversation possible), puis marchez vite ${clock(walkSec)} ; recommencez. Quand c’est facile, les portions courues s’allongent.`,
        ),
      ),
    );
    format = 'intervals';
    structure = tr(locale, `${count} × (${clock(runSec)} run / ${clock(walkSec)} walk)`, `${count} × (${clock(runSec)} course / ${clock(walkSec)} marche)`);
    plan.notes.push(
      tr(
        locale,
        'No running logged yet: run/walk intervals build the base safely; log your runs so the next sessions can lengthen them.',
        'Pas encore de course notée : l’alternance course/marche construit la base sans risque ; notez vos sorties pour que les prochaines séances les allongent.',
      ),
    );
  } else if (swim && type !== 'hills') {
    swimSet(type, note);
  } else {
    switch (type) {
      case 'recovery':
        steady(pick('recovery') ?? easy, { role: 'recovery', zone: 1, rpe: 2 }, mainBudget, note);
        structure = `${clock(mainBudget)} Z1`;
        break;
      case 'aerobic':
        steady(easy, { role: 'easy', zone: 2, rpe: 4 }, mainBudget, note);
        structure = `${clock(mainBudget)} Z2`;
        break;
      case 'long':
        steady(pick('long') ?? easy, { role: 'long', zone: 2, rpe: 4 }, mainBudget, note);
        structure = `${clock(mainBudget)} Z2`;
        break;
      case 'tempo':
        intervals('tempo', levelWork([480, 600, 720, 900]), 120, 3, 6, 4, note);
        break;
      case 'threshold': {
        const work = levelWork([240, 300, 360, 480]);
        intervals('threshold', work, Math.round(work / 2), 4, 8, [3, 5, 6, 6][plan.rank] ?? 4, note);
        break;
      }
      case 'vo2max': {
        const work = levelWork([120, 150, 180, 180]);
        intervals('vo2max', work, work, 5, 9, 8, note);
        break;
      }
      case 'sprint':
        intervals('sprint', 30, 120, 5, 9.5, 10, note);
        break;
      case 'hills':
        intervals('hills', 60, 90, 5, 9, 10, note);
        break;
    }
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
  const focus: Focus = swim ? 'swim' : discipline === 'running' ? 'run' : bike ? 'lower' : 'full';
  const coolLead = walkOnly || runWalk ? ['brisk-walk'] : [...(IDS[discipline].recovery ?? []), ...(IDS[discipline].easy ?? [])];
  const blocks = finish(plan, [warmup, main], focus, [], coolLead);

  const maxHr = maxHeartRate(plan);
  const resting = restingHeartRate(plan);
  const mainZones = [...new Set(main.exercises.flatMap((e) => e.sets.map((s) => s.targetHrZone ?? 2)))].sort();
  if (historyPace == null && !bike && !swim && !runWalk) {
    plan.notes.push(tr(locale, 'No paced history yet: go by heart-rate zone and breathing; log distance and time to get pace targets.', 'Pas encore d’historique d’allure : fiez-vous aux zones cardiaques et à la respiration ; notez distance et temps pour obtenir des allures cibles.'));
  }
  if (swim && historyPace == null) {
    plan.notes.push(tr(locale, 'Swim paces are set from your level (no swim logged yet): adjust them after this session.', 'Allures de nage fixées d’après votre niveau (aucune nage notée) : ajustez-les après cette séance.'));
  }
  if (bike) {
    plan.notes.push(tr(locale, 'No FTP on your profile: ride by heart-rate zone and RPE, with the cadence targets given.', 'Pas de FTP dans votre profil : roulez aux zones cardiaques et au RPE, avec les cadences indiquées.'));
  }
  if (plan.energy <= 2) {
    plan.notes.push(tr(locale, 'Low energy: easy aerobic work only today.', 'Énergie basse : uniquement de l’aérobie facile aujourd’hui.'));
  }
  if (maxHr == null) {
    plan.notes.push(tr(locale, 'Add your max heart rate or age to your profile to get zones in bpm.', 'Ajoutez votre FC max ou votre âge à votre profil pour avoir les zones en bpm.'));
  } else {
    plan.notes.push(hrZoneMethodNote(plan, resting != null));
  }
  const [en, fr] = typeName[type];
  const walking = walkOnly || easy.id === 'brisk-walk' || easy.id === 'incline-walk';
  const disciplineText = walking ? tr(locale, 'walk', 'marche') : runWalk ? tr(locale, 'run/walk', 'course/marche') : disciplineLabel(discipline, locale);
  const total = plannedSeconds(blocks);
  const fields: EnduranceFields = {
    coach: 'endurance',
    sessionType: type,
    targetZones: mainZones,
    intervalStructure: structure,
    totalZoneMinutes: zoneMinutesOf(blocks),
    maxHeartRate: maxHr,
    heartRateZones: maxHr != null ? heartRateZones(maxHr, resting) : [],
    referencePaceSecPerKm: bike ? null : reference,
  };
  return {
    coach: 'endurance',
    discipline: walkOnly ? 'running' : discipline,
    title: `${tr(locale, en, fr)} — ${disciplineText}`,
    summary: tr(locale, `${Math.round(total / 60)} min of ${disciplineText}: ${structure}.`, `${Math.round(total / 60)} min de ${disciplineText} : ${structure}.`),
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

