import { getExercise, type Exercise, type MovementPattern, type Muscle } from '../../catalog';
import type { PrescribedBlock, PrescribedExercise, Prescription } from '../prescription';
import { clamp, finish, fits, mkBlock, mkEntry, spareSec, warmupBlock, warmupSecFor, type Focus } from './build';
import { choose, recency, type Plan } from './plan';
import { pickChainStep } from './progressions';
import { doseSets, strengthDose, type Scheme, type StrengthDose } from './strength';
import { colon, exerciseName, list, num, tr } from './text';

type Template = 'lower' | 'upper' | 'full';
type MainSlot = 'squat' | 'hinge' | 'hpush' | 'vpush' | 'hpull' | 'vpull' | 'olympic';

/** Main-lift preferences per slot (first usable wins), then a bodyweight progression chain. */
const MAIN_LIFTS: Readonly<Record<MainSlot, { ids: readonly string[]; chain: string | null }>> = {
  squat: { ids: ['back-squat', 'front-squat', 'goblet-squat', 'leg-press', 'bulgarian-split-squat', 'dumbbell-lunge'], chain: 'squat' },
  hinge: {
    ids: ['deadlift', 'trap-bar-deadlift', 'romanian-deadlift', 'hip-thrust', 'dumbbell-romanian-deadlift', 'kettlebell-deadlift', 'single-leg-romanian-deadlift'],
    chain: 'hamstring',
  },
  hpush: { ids: ['bench-press', 'dumbbell-bench-press', 'incline-bench-press', 'weighted-dip', 'incline-dumbbell-press'], chain: 'push-up' },
  vpush: { ids: ['overhead-press', 'push-press', 'dumbbell-shoulder-press'], chain: 'handstand-push-up' },
  hpull: { ids: ['barbell-row', 'pendlay-row', 'dumbbell-row', 'seated-cable-row', 'inverted-row'], chain: 'row' },
  vpull: { ids: ['weighted-pull-up', 'lat-pulldown'], chain: 'pull-up' },
  olympic: { ids: ['power-clean', 'hang-power-clean', 'power-snatch', 'clean-and-jerk', 'snatch', 'push-press'], chain: null },
};

interface AccessorySlot {
  patterns: readonly MovementPattern[];
  muscles?: readonly Muscle[];
}

const NOT_ACCESSORY: ReadonlySet<MovementPattern> = new Set(['cyclical', 'mobility', 'skill', 'jump', 'olympic']);

const LOWER_ACC: AccessorySlot[] = [
  { patterns: ['lunge'] },
  { patterns: ['hinge', 'isolation'], muscles: ['hamstrings'] },
  { patterns: ['core', 'rotation'] },
  { patterns: ['isolation', 'squat'], muscles: ['quads', 'calves'] },
  { patterns: ['carry'] },
  { patterns: ['hinge'], muscles: ['glutes'] },
  { patterns: ['core'] },
];

function upperAccessories(mains: readonly MainSlot[]): AccessorySlot[] {
  const pushFirst: AccessorySlot = { patterns: mains.includes('hpush') ? ['vertical-push'] : ['horizontal-push'] };
  const pullFirst: AccessorySlot = { patterns: mains.includes('vpull') ? ['horizontal-pull'] : ['vertical-pull', 'horizontal-pull'] };
  return [
    pullFirst,
    pushFirst,
    { patterns: ['isolation'], muscles: ['biceps'] },
    { patterns: ['isolation', 'vertical-push'], muscles: ['triceps'] },
    { patterns: ['horizontal-pull', 'isolation'], muscles: ['rear-delts'] },
    { patterns: ['isolation'], muscles: ['side-delts', 'chest'] },
    { patterns: ['core', 'rotation'] },
  ];
}

const FULL_ACC: AccessorySlot[] = [
  { patterns: ['vertical-pull', 'horizontal-pull'] },
  { patterns: ['lunge'] },
  { patterns: ['core', 'rotation'] },
  { patterns: ['carry'] },
  { patterns: ['hinge', 'squat'] },
  { patterns: ['isolation'], muscles: ['biceps', 'triceps'] },
  { patterns: ['horizontal-push', 'vertical-push'] },
];

const FORCE_CARDIO = ['row-erg', 'bike-erg', 'ski-erg', 'recovery-spin', 'air-bike', 'single-under', 'jumping-jack', 'brisk-walk'];
const FORCE_FILLER = ['bike-erg', 'recovery-spin', 'row-erg', 'incline-walk', 'ski-erg', 'brisk-walk'];

const LOWER_PATTERNS: ReadonlySet<string> = new Set(['squat', 'hinge', 'lunge']);
const UPPER_PATTERNS: ReadonlySet<string> = new Set(['horizontal-push', 'vertical-push', 'horizontal-pull', 'vertical-pull']);

/** Next in the lower → upper → full rotation after the newest logged day; by date without history. */
function chooseTemplate(plan: Plan): Template {
  const newest = plan.history[0];
  if (newest) {
    const day = newest.performedAt.slice(0, 10);
    let lower = 0;
    let upper = 0;
    for (const entry of plan.history) {
      if (entry.performedAt.slice(0, 10) !== day) continue;
      const pattern = getExercise(entry.exerciseId)?.movementPattern ?? '';
      if (LOWER_PATTERNS.has(pattern)) lower++;
      if (UPPER_PATTERNS.has(pattern)) upper++;
    }
    if (lower > upper) return 'upper';
    if (upper > lower) return lower === 0 ? 'lower' : 'full';
    if (lower > 0) return 'lower';
  }
  return (['lower', 'upper', 'full'] as const)[plan.day % 3] ?? 'full';
}

function schemes(plan: Plan): { main: Scheme; accessory: Scheme; olympic: Scheme; supersets: boolean; power: boolean } {
  const beginner = plan.rank === 0;
  const g = plan.goals;
  let main: Scheme;
  let accessory: Scheme;
  let supersets = false;
  if (g.has('strength')) {
    main = { reps: plan.rank >= 2 ? 3 : 5, lo: 3, hi: 6, sets: [3, 4, 5, 5][plan.rank] ?? 4, rpe: beginner ? 7.5 : 8, rest: 180 };
    accessory = { reps: 8, lo: 6, hi: 10, sets: 3, rpe: 8, rest: 90 };
  } else if (g.has('hypertrophy')) {
    main = { reps: 8, lo: 6, hi: 12, sets: beginner ? 3 : 4, rpe: 8, rest: 120 };
    accessory = { reps: 12, lo: 8, hi: 15, sets: 3, rpe: 8.5, rest: 60 };
    supersets = true;
  } else if (g.has('fatloss') || g.has('endurance')) {
    main = { reps: 10, lo: 8, hi: 12, sets: 3, rpe: 7.5, rest: 120 };
    accessory = { reps: 12, lo: 10, hi: 15, sets: 3, rpe: 7.5, rest: 45 };
    supersets = true;
  } else {
    main = { reps: beginner ? 8 : 6, lo: 5, hi: beginner ? 10 : 8, sets: beginner ? 3 : 4, rpe: beginner ? 7 : 7.5, rest: 150 };
    accessory = { reps: 10, lo: 8, hi: 12, sets: 3, rpe: 7.5, rest: 75 };
  }
  const rpeShift = [-1.5, -1, 0, 0, 0.5][plan.energy - 1] ?? 0;
  const setShift = [-1, -1, 0, 0, plan.rank >= 1 ? 1 : 0][plan.energy - 1] ?? 0;
  const cap = beginner ? 8 : 9;
  const adjust = (s: Scheme): Scheme => ({
    ...s,
    sets: Math.max(2, s.sets + setShift),
    rpe: clamp(s.rpe + rpeShift, 5, cap),
    rest: s.rest + (plan.energy <= 2 ? 30 : 0),
  });
  const olympic: Scheme = { reps: 2, lo: 1, hi: 3, sets: 5, rpe: 7, rest: 150 };
  return {
    main: adjust(main),
    accessory: adjust(accessory),
    olympic: adjust(olympic),
    supersets: supersets || plan.targetSec <= 40 * 60,
    power: g.has('power') || g.has('speed'),
  };
}

interface Item {
  dose: StrengthDose;
  sets: number;
  maxSets: number;
  warmupCount: number;
  role: 'main' | 'accessory';
}

function slotExercise(plan: Plan, slot: MainSlot, used: Set<string>): Exercise | undefined {
  const spec = MAIN_LIFTS[slot];
  const loaded = spec.ids.map((id) => plan.pool.find((e) => e.id === id)).filter((e): e is Exercise => e !== undefined && !used.has(e.id));
  if (loaded.length > 0) {
    const trained = loaded.filter((e) => recency(plan, e.id) < Infinity).sort((a, b) => recency(plan, a.id) - recency(plan, b.id));
    return trained[0] ?? loaded[0];
  }
  if (spec.chain) return pickChainStep(plan, spec.chain, used)?.exercise;
  return undefined;
}

export function forceCoach(plan: Plan): Prescription {
  const { locale } = plan;
  const template = chooseTemplate(plan);
  const s = schemes(plan);
  const alt = plan.day % 2 === 0;
  let mainSlots: MainSlot[] =
    template === 'lower' ? ['squat', 'hinge'] : template === 'upper' ? (alt ? ['hpush', 'vpull'] : ['vpush', 'hpull']) : [alt ? 'squat' : 'hinge', alt ? 'hpush' : 'vpush'];
  if (plan.targetSec >= 90 * 60) {
    mainSlots.push(template === 'lower' ? 'squat' : template === 'upper' ? (alt ? 'hpull' : 'vpull') : alt ? 'hpull' : 'vpull');
  }
  if (s.power && plan.rank >= 1) mainSlots = ['olympic', ...mainSlots];
  const accessorySlots = template === 'lower' ? LOWER_ACC : template === 'upper' ? upperAccessories(mainSlots) : FULL_ACC;
  const focus: Focus = template;

  const warmup = warmupBlock(plan, warmupSecFor(plan, 0.12), focus, FORCE_CARDIO);
  const used = new Set<string>();
  const items: Item[] = [];

  const render = (): PrescribedBlock[] => {
    const blocks: PrescribedBlock[] = warmup ? [warmup] : [];
    const mains = items.filter((i) => i.role === 'main');
    const accessories = items.filter((i) => i.role === 'accessory');
    if (mains.length > 0) {
      blocks.push(
        mkBlock(
          tr(locale, 'Main lifts', 'Mouvements principaux'),
          'main',
          'straight',
          mains.map((i) => mkEntry(plan, i.dose.exercise, doseSets(i.dose, i.sets, i.warmupCount), i.dose.note)),
        ),
      );
    }
    if (s.supersets && accessories.length >= 2) {
      for (let k = 0; k < accessories.length; k += 2) {
        const pair = accessories.slice(k, k + 2);
        const letter = String.fromCharCode(65 + k / 2);
        const entries: PrescribedExercise[] = pair.map((i, index) =>
          mkEntry(plan, i.dose.exercise, doseSets(i.dose, i.sets, 0, index === 0 && pair.length === 2 ? 20 : undefined), i.dose.note),
        );
        blocks.push(mkBlock(`${tr(locale, 'Superset', 'Superset')} ${letter}`, 'accessory', pair.length === 2 ? 'superset' : 'straight', entries));
      }
    } else if (accessories.length > 0) {
      blocks.push(
        mkBlock(
          tr(locale, 'Accessories', 'Accessoires'),
          'accessory',
          'straight',
          accessories.map((i) => mkEntry(plan, i.dose.exercise, doseSets(i.dose, i.sets, 0), i.dose.note)),
        ),
      );
    }
    return blocks;
  };

  // 1. Main lifts: as many working sets as the scheme asks, fewer when time is short.
  for (const slot of mainSlots) {
    const exercise = slotExercise(plan, slot, used);
    if (!exercise) continue;
    const scheme = slot === 'olympic' ? s.olympic : s.main;
    const dose = strengthDose(plan, exercise, scheme, 'main');
    const item: Item = { dose, sets: scheme.sets, maxSets: Math.min(6, scheme.sets + 1), warmupCount: dose.warmups.length, role: 'main' };
    items.push(item);
    while (!fits(plan, render()) && (item.sets > 1 || item.warmupCount > 0)) {
      if (item.warmupCount > 1) item.warmupCount--;
      else if (item.sets > 1) item.sets--;
      else item.warmupCount--;
    }
    if (!fits(plan, render()) && items.length > 1) {
      items.pop();
      break;
    }
    used.add(exercise.id);
  }

  // 2. Accessories, until the time is used.
  const maxAccessories = plan.targetSec <= 30 * 60 ? 2 : plan.targetSec <= 45 * 60 ? 3 : plan.targetSec <= 60 * 60 ? 4 : plan.targetSec <= 90 * 60 ? 5 : 7;
  const tryAccessory = (slot: AccessorySlot): boolean => {
    const candidates = plan.pool.filter(
      (e) =>
        !NOT_ACCESSORY.has(e.movementPattern) &&
        slot.patterns.includes(e.movementPattern) &&
        (!slot.muscles || e.primaryMuscles.some((m) => slot.muscles?.includes(m))),
    );
    // With implements at hand, loaded variations come first (bodyweight fallbacks otherwise).
    const loaded = candidates.filter((e) => e.defaultUnits === 'reps_load' && !used.has(e.id));
    const exercise = choose(plan, loaded.length > 0 ? loaded : candidates, used);
    if (!exercise) return true;
    const dose = strengthDose(plan, exercise, s.accessory, 'accessory');
    const item: Item = { dose, sets: s.accessory.sets, maxSets: plan.targetSec >= 120 * 60 ? 5 : 4, warmupCount: 0, role: 'accessory' };
    items.push(item);
    while (!fits(plan, render()) && item.sets > 2) item.sets--;
    if (!fits(plan, render())) {
      items.pop();
      return false;
    }
    used.add(exercise.id);
    return true;
  };
  let accessoryCount = 0;
  for (const slot of accessorySlots) {
    if (accessoryCount >= maxAccessories) break;
    const before = items.length;
    if (!tryAccessory(slot)) break;
    if (items.length > before) accessoryCount++;
  }

  // 3. More sets while time remains (accessories first, then main lifts).
  let grew = true;
  while (grew && spareSec(plan, render()) > 60) {
    grew = false;
    for (const item of [...items.filter((i) => i.role === 'accessory'), ...items.filter((i) => i.role === 'main')]) {
      if (item.sets >= item.maxSets) continue;
      item.sets++;
      if (fits(plan, render())) grew = true;
      else item.sets--;
    }
  }

  const blocks = finish(plan, render(), focus, FORCE_FILLER);
  const mains = items.filter((i) => i.role === 'main');
  const mainNames = mains.map((i) => exerciseName(i.dose.exercise, locale));
  const workingSets = items.reduce((sum, i) => sum + i.sets, 0);
  const topRpe = Math.max(...items.map((i) => i.dose.rpe), 0);

  const fromHistory = items.filter((i) => i.dose.fromHistory).length;
  const basisText =
    fromHistory === 0
      ? { en: 'First session of these lifts: starting loads are estimates or found by a test set; log your sets so the next session builds on them.', fr: 'Première séance sur ces mouvements : charges de départ estimées ou trouvées par une série test ; notez vos séries pour que la prochaine séance s’appuie dessus.' }
      : fromHistory === items.length
        ? { en: 'Progressive overload from your last sessions.', fr: 'Surcharge progressive depuis vos dernières séances.' }
        : { en: `Progressive overload from your last sessions on ${fromHistory} of ${items.length} exercises; the others start from estimates.`, fr: `Surcharge progressive depuis vos dernières séances sur ${fromHistory} exercices sur ${items.length} ; les autres partent d’estimations.` };
  if (plan.ctx.profile.weightKg == null && items.some((i) => i.dose.testSet)) {
    plan.notes.push(tr(locale, 'Add your bodyweight to your profile to get estimated starting loads instead of test sets.', 'Ajoutez votre poids à votre profil pour obtenir des charges de départ estimées plutôt que des séries test.'));
  }
  const templateName = {
    lower: tr(locale, 'Lower-body strength', 'Force bas du corps'),
    upper: tr(locale, 'Upper-body strength', 'Force haut du corps'),
    full: tr(locale, 'Full-body strength', 'Force corps entier'),
  }[template];

  if (plan.energy <= 2) {
    plan.notes.push(tr(locale, 'Low energy: fewer sets and lower RPE targets today.', 'Énergie basse : moins de séries et des RPE plus bas aujourd’hui.'));
  }
  plan.notes.push(
    tr(
      locale,
      'Main lifts: rest 2–3 min between working sets. Stop a set when form breaks.',
      'Mouvements principaux : 2 à 3 min de repos entre les séries. Arrêtez la série si la technique se dégrade.',
    ),
  );

  return {
    coach: 'force',
    discipline: 'strength',
    title: mainNames.length > 0 ? colon(locale, templateName, list(locale, mainNames)) : templateName,
    summary: tr(
      locale,
      `${workingSets} working sets over ${items.length} exercises, up to RPE ${num(locale, topRpe)}. ${basisText.en}`,
      `${workingSets} séries de travail sur ${items.length} exercices, jusqu’à RPE ${num(locale, topRpe)}. ${basisText.fr}`,
    ),
    estimatedDurationMin: 0,
    intensity: topRpe >= 8 ? 'vigorous' : topRpe >= 6.5 ? 'moderate' : 'light',
    blocks,
    coachNotes: plan.notes,
    coachFields: {
      coach: 'force',
      workingMaxes: items.map((i) => i.dose.max).filter((m): m is NonNullable<typeof m> => m !== null),
      progressionApplied: items.map((i) => i.dose.record),
    },
  };
}
