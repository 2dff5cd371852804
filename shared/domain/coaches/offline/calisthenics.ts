import { getExercise, type Exercise } from '../../catalog';
import type { CalisthenicsFields, PrescribedBlock, PrescribedSet, Prescription } from '../prescription';
import { clamp, finish, fits, mkBlock, mkEntry, mkSet, spareSec, warmupBlock, warmupSecFor } from './build';
import { BLOCK_TRANSITION_SEC } from '../planned-duration';
import { setEffort } from './history';
import { firstUsable, goalsMatching, lastEntry, type Plan } from './plan';
import { pickChainStep, type ChainStep } from './progressions';
import { amrapMinutesWithinVolume, niceReps } from './functional';
import { list, tr } from './text';

const SKILL_ORDER = ['handstand', 'l-sit', 'front-lever', 'planche', 'back-lever', 'muscle-up'];
const SKILL_GOALS: readonly [string, readonly string[]][] = [
  ['handstand-push-up', ['hspu', 'handstand push up', 'handstand push ups']],
  ['handstand', ['handstand', 'handstands', 'equilibre', 'poirier', 'atr']],
  ['l-sit', ['l sit', 'lsit', 'equerre']],
  ['front-lever', ['front lever']],
  ['back-lever', ['back lever']],
  ['planche', ['planche']],
  ['muscle-up', ['muscle up', 'muscle ups', 'muscleup']],
];
const CORE_FALLBACK = ['hollow-body-hold', 'plank', 'side-plank', 'dead-bug'];
const FINISHER = ['burpee', 'mountain-climber', 'jump-squat', 'skater-jump', 'jumping-jack', 'sit-up', 'high-knees'];
const FINISHER_REPS: Readonly<Record<string, number>> = { burpee: 8, 'mountain-climber': 30, 'jump-squat': 12, 'skater-jump': 10, 'jumping-jack': 30, 'sit-up': 15, 'high-knees': 30 };
const CALISTHENICS_CARDIO = ['single-under', 'jumping-jack', 'bike-erg', 'row-erg', 'brisk-walk'];
const CALISTHENICS_FILLER = ['bike-erg', 'row-erg', 'brisk-walk'];

const PUSH = new Set(['horizontal-push', 'vertical-push']);
const PULL = new Set(['horizontal-pull', 'vertical-pull']);

interface Item {
  exercise: Exercise;
  step: ChainStep | null;
  dose: { reps: number | null; durationSec: number | null; rpe: number; note: string };
  sets: number;
  maxSets: number;
  rest: number;
}

/** Reps or hold time for a chain step, from the athlete's last attempt when there is one. */
function stepDose(plan: Plan, exercise: Exercise, step: ChainStep | null, role: 'skill' | 'strength'): Item['dose'] {
  const { locale } = plan;
  const rpe = clamp(7.5 + ([-1.5, -1, 0, 0, 0.5][plan.energy - 1] ?? 0), 5, plan.rank === 0 ? 8 : 8.5);
  const last = lastEntry(plan, exercise.id);
  const efforts = last ? last.sets.map(setEffort) : [];
  const easy = efforts.length > 0 && efforts.every((e) => e != null && e <= 8) && plan.energy >= 3;
  const change = step?.change ?? 'new';
  if (exercise.defaultUnits === 'time') {
    const lastHold = last ? Math.max(0, ...last.sets.map((s) => s.durationSec ?? 0)) : 0;
    let durationSec: number;
    let note: string;
    if (change === 'variation_up') {
      durationSec = 8;
      note = tr(locale, 'New, harder step: short, perfect holds.', 'Nouvelle étape, plus dure : maintiens courts et parfaits.');
    } else if (change === 'variation_down') {
      durationSec = 20;
      note = tr(locale, 'Back one step to build solid holds.', 'Une étape en arrière pour consolider les maintiens.');
    } else if (lastHold > 0) {
      durationSec = Math.round(lastHold + (easy ? 3 : 0));
      note = easy ? tr(locale, `Last time ${lastHold} s: +3 s.`, `Dernière fois ${lastHold} s : +3 s.`) : tr(locale, `Repeat ${lastHold} s holds.`, `On répète ${lastHold} s.`);
    } else {
      durationSec = role === 'skill' ? ([10, 12, 15, 20][plan.rank] ?? 12) : ([20, 30, 40, 45][plan.rank] ?? 30);
      note = tr(locale, 'Hold with straight lines; stop as soon as the shape breaks.', 'Tenez des lignes droites ; arrêtez dès que la forme se dégrade.');
    }
    return { reps: null, durationSec: clamp(durationSec, 5, 120), rpe, note };
  }
  const lastReps = last ? Math.min(...last.sets.filter((s) => (s.reps ?? 0) > 0).map((s) => s.reps ?? 0)) : 0;
  let reps: number;
  let note: string;
  if (change === 'variation_up') {
    reps = role === 'skill' ? 2 : 4;
    note = tr(locale, 'You mastered the previous step: harder variation, low reps.', 'Étape précédente maîtrisée : variante plus dure, peu de répétitions.');
  } else if (change === 'variation_down') {
    reps = 8;
    note = tr(locale, 'Back one step to rebuild clean reps.', 'Une étape en arrière pour retrouver des répétitions propres.');
  } else if (Number.isFinite(lastReps) && lastReps > 0) {
    reps = lastReps + (easy ? 1 : 0);
    note = easy ? tr(locale, `Last time ${lastReps} reps at RPE ≤ 8: +1 rep.`, `Dernière fois ${lastReps} répétitions à RPE ≤ 8 : +1.`) : tr(locale, `Repeat ${lastReps} reps.`, `On répète ${lastReps} répétitions.`);
  } else {
    const below = step ? Math.max(0, Math.round((([0.25, 0.5, 0.75, 1][plan.rank] ?? 0.5) * (step.chain.ids.length - 1)) - step.index)) : 0;
    reps = role === 'skill' ? ([2, 3, 4, 5][plan.rank] ?? 3) : clamp(([6, 8, 8, 8][plan.rank] ?? 8) + 3 * below, 4, 15);
    note = tr(locale, `Stop each set ${Math.round(10 - rpe)} reps before failure.`, `Arrêtez chaque série ${Math.round(10 - rpe)} répétitions avant l’échec.`);
  }
  return { reps: clamp(reps, 1, 30), durationSec: null, rpe, note };
}

function itemSets(item: Item, restOverride?: number): PrescribedSet[] {
  return Array.from({ length: item.sets }, () =>
    mkSet({
      reps: item.dose.reps,
      durationSec: item.dose.durationSec,
      targetRpe: item.dose.rpe,
      targetRir: item.dose.reps != null ? Math.max(0, Math.round(10 - item.dose.rpe)) : null,
      restSec: restOverride ?? item.rest,
    }),
  );
}

export function calisthenicsCoach(plan: Plan): Prescription {
  const { locale } = plan;
  const used = new Set<string>();
  const warmup = warmupBlock(plan, warmupSecFor(plan, 0.12), 'calisthenics', CALISTHENICS_CARDIO);
  const baseSets = Math.max(2, ([3, 3, 4, 4][plan.rank] ?? 3) + (plan.energy <= 2 ? -1 : plan.energy >= 5 ? 1 : 0));

  // Skill focus: from the goals, else rotating by day among the skills possible here.
  const goalChains = SKILL_GOALS.filter(([, words]) => goalsMatching(plan, words)).map(([id]) => id);
  const rotation = [...SKILL_ORDER.slice(plan.day % SKILL_ORDER.length), ...SKILL_ORDER.slice(0, plan.day % SKILL_ORDER.length)];
  let skill: Item | null = null;
  for (const chainId of [...goalChains, ...rotation]) {
    const step = pickChainStep(plan, chainId, used);
    if (!step) continue;
    used.add(step.exercise.id);
    const dose = stepDose(plan, step.exercise, step, step.chain.kind === 'skill' ? 'skill' : 'strength');
    skill = { exercise: step.exercise, step, dose, sets: Math.max(3, baseSets + 1), maxSets: 8, rest: step.exercise.defaultUnits === 'time' ? 75 : 120 };
    break;
  }

  // Strength: push/pull supersets (equal sets keep the balance), then legs and core.
  const alt = plan.day % 2 === 0;
  const pairChains: [string, string][] = [
    [alt ? 'push-up' : 'dip', alt ? 'pull-up' : 'row'],
    [skill?.step?.chain.id === 'handstand-push-up' ? (alt ? 'dip' : 'push-up') : 'handstand-push-up', alt ? 'row' : 'pull-up'],
  ];
  const strengthItem = (chainId: string, fallback: readonly string[] = []): Item | null => {
    const step = pickChainStep(plan, chainId, used);
    const exercise = step?.exercise ?? firstUsable(plan, fallback, used);
    if (!exercise) return null;
    used.add(exercise.id);
    return { exercise, step: step ?? null, dose: stepDose(plan, exercise, step ?? null, 'strength'), sets: baseSets, maxSets: 5, rest: plan.rank >= 2 ? 120 : 90 };
  };
  const pairs: Item[][] = [];
  const singles: Item[] = [];
  const render = (): PrescribedBlock[] => {
    const blocks: PrescribedBlock[] = warmup ? [warmup] : [];
    if (skill) {
      blocks.push(mkBlock(tr(locale, `Skill: ${skill.step?.chain.name[locale] ?? ''}`, `Technique : ${skill.step?.chain.name[locale] ?? ''}`), 'skill', 'straight', [mkEntry(plan, skill.exercise, itemSets(skill), skill.dose.note)]));
    }
    pairs.forEach((pair, index) => {
      const letter = String.fromCharCode(65 + index);
      blocks.push(
        mkBlock(
          `${tr(locale, 'Superset', 'Superset')} ${letter}`,
          'main',
          pair.length > 1 ? 'superset' : 'straight',
          pair.map((item, i) => mkEntry(plan, item.exercise, itemSets(item, i === 0 && pair.length > 1 ? 30 : undefined), item.dose.note, scaleNote(plan, item.exercise))),
        ),
      );
    });
    if (singles.length > 0) {
      blocks.push(mkBlock(tr(locale, 'Legs and core', 'Jambes et gainage'), 'accessory', 'straight', singles.map((item) => mkEntry(plan, item.exercise, itemSets(item), item.dose.note, scaleNote(plan, item.exercise)))));
    }
    return blocks;
  };

  if (skill && !fits(plan, render())) {
    while (skill.sets > 2 && !fits(plan, render())) skill.sets--;
  }
  for (const [pushChain, pullChain] of pairChains) {
    const push = strengthItem(pushChain, ['bench-dip', 'push-up']);
    const pull = strengthItem(pullChain, ['prone-ytw-raise', 'doorframe-row', 'band-pull-apart']);
    const pair = [push, pull].filter((i): i is Item => i !== null);
    if (pair.length === 0) continue;
    pairs.push(pair);
    while (!fits(plan, render()) && (pair[0]?.sets ?? 0) > 2) pair.forEach((i) => i.sets--);
    if (!fits(plan, render())) {
      pairs.pop();
      pair.forEach((i) => used.delete(i.exercise.id));
      break;
    }
  }
  const legChains = plan.targetSec >= 50 * 60 ? ['squat', 'hamstring'] : ['squat'];
  for (const chainId of [...legChains, 'leg-raise']) {
    const item = strengthItem(chainId, chainId === 'leg-raise' ? CORE_FALLBACK : []);
    if (!item) continue;
    singles.push(item);
    while (!fits(plan, render()) && item.sets > 2) item.sets--;
    if (!fits(plan, render())) {
      singles.pop();
      break;
    }
  }

  // More sets while time remains: pairs together (balance), then legs/core, then skill.
  let grew = true;
  while (grew && spareSec(plan, render()) > 60) {
    grew = false;
    for (const pair of pairs) {
      if ((pair[0]?.sets ?? 0) >= 5) continue;
      pair.forEach((i) => i.sets++);
      if (fits(plan, render())) grew = true;
      else pair.forEach((i) => i.sets--);
    }
    for (const item of [...singles, ...(skill ? [skill] : [])]) {
      if (item.sets >= item.maxSets) continue;
      item.sets++;
      if (fits(plan, render())) grew = true;
      else item.sets--;
    }
  }

  // Push/pull balance: add pulling sets (or remove pushing sets) until they differ by at most one.
  const countSets = (patterns: ReadonlySet<string>) =>
    [...(skill ? [skill] : []), ...pairs.flat(), ...singles].filter((i) => patterns.has(i.exercise.movementPattern)).reduce((s, i) => s + i.sets, 0);
  for (let guard = 0; guard < 20; guard++) {
    const diff = countSets(PUSH) - countSets(PULL);
    if (Math.abs(diff) <= 1) break;
    const behind = diff > 0 ? PULL : PUSH;
    const ahead = diff > 0 ? PUSH : PULL;
    const grow = pairs.flat().find((i) => behind.has(i.exercise.movementPattern) && i.sets < 6);
    if (grow) {
      grow.sets++;
      if (fits(plan, render())) continue;
      grow.sets--;
    }
    const shrink = pairs.flat().find((i) => ahead.has(i.exercise.movementPattern) && i.sets > 2);
    if (!shrink) break;
    shrink.sets--;
  }

  // A short bodyweight finisher on good days, then the cool-down.
  const blocks = render();
  const spare = spareSec(plan, blocks) - BLOCK_TRANSITION_SEC;
  if (plan.energy >= 3 && spare >= 5 * 60) {
    const moves = plan.rng.shuffle(FINISHER).map((id) => plan.pool.find((e) => e.id === id && !used.has(id))).filter((e): e is Exercise => e !== undefined).slice(0, 3);
    if (moves.length >= 2) {
      const scale = [0.7, 0.85, 1, 1.1][plan.rank] ?? 1;
      const entries = moves.map((e) => mkEntry(plan, e, [mkSet({ reps: niceReps(Math.max(4, (FINISHER_REPS[e.id] ?? 10) * scale)), restSec: 0 })]));
      const cap = amrapMinutesWithinVolume(plan, entries, Math.min(10, Math.floor(spare / 60)));
      if (cap >= 3) blocks.push(mkBlock(`${tr(locale, 'Finisher', 'Finisher')}: AMRAP ${cap}'`, 'conditioning', 'amrap', entries, null, cap));
      moves.forEach((e) => used.add(e.id));
    }
  }
  const finished = finish(plan, blocks, 'calisthenics', CALISTHENICS_FILLER);

  const allItems = [...(skill ? [skill] : []), ...pairs.flat(), ...singles];
  const pushSets = allItems.filter((i) => PUSH.has(i.exercise.movementPattern)).reduce((s, i) => s + i.sets, 0);
  const pullSets = allItems.filter((i) => PULL.has(i.exercise.movementPattern)).reduce((s, i) => s + i.sets, 0);
  const progressionLevels: CalisthenicsFields['progressionLevels'] = allItems
    .filter((i): i is Item & { step: ChainStep } => i.step !== null)
    .map((i) => ({ exerciseId: i.exercise.id, chain: i.step.chain.id, level: i.step.index + 1, of: i.step.chain.ids.length }));
  const skillName = skill?.step?.chain.name[locale] ?? tr(locale, 'Strength basics', 'Bases de force');
  const ups = allItems.filter((i) => i.step?.change === 'variation_up').map((i) => i.exercise.name[locale]);
  if (ups.length > 0) plan.notes.push(tr(locale, `Progressed to: ${list(locale, ups)}.`, `Progression vers : ${list(locale, ups)}.`));
  if (pullSets === 0) plan.notes.push(tr(locale, 'No pulling possible with this equipment: add a bar, rings or a band to balance pushing.', 'Pas de tirage possible avec ce matériel : une barre, des anneaux ou un élastique équilibreraient les poussées.'));
  if (plan.energy <= 2) plan.notes.push(tr(locale, 'Low energy: easier steps and fewer sets today.', 'Énergie basse : étapes plus faciles et moins de séries aujourd’hui.'));
  const names = allItems.slice(0, 4).map((i) => i.exercise.name[locale]);
  return {
    coach: 'calisthenics',
    discipline: 'calisthenics',
    title: tr(locale, `${skillName} & bodyweight strength`, `${skillName} et force au poids du corps`),
    summary: tr(
      locale,
      `Skill work then push/pull supersets (${pushSets} push / ${pullSets} pull sets): ${list(locale, names)}.`,
      `Technique puis supersets poussée/tirage (${pushSets} séries de poussée / ${pullSets} de tirage) : ${list(locale, names)}.`,
    ),
    estimatedDurationMin: 0,
    intensity: plan.energy >= 4 ? 'vigorous' : plan.energy >= 2 ? 'moderate' : 'light',
    blocks: finished,
    coachNotes: plan.notes,
    coachFields: {
      coach: 'calisthenics',
      skillFocus: skillName,
      progressionLevels,
      pushSets,
      pullSets,
      pushPullRatio: pullSets > 0 ? Math.round((pushSets / pullSets) * 100) / 100 : null,
    },
  };
}

function scaleNote(plan: Plan, exercise: Exercise): string | null {
  const easier = exercise.progression.easier ? getExercise(exercise.progression.easier) : undefined;
  return easier ? tr(plan.locale, `Too hard today: ${easier.name.en}.`, `Trop dur aujourd’hui : ${easier.name.fr}.`) : null;
}
