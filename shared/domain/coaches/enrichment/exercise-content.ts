import { catalog, chainOf, getExercise, type Exercise, type Muscle, type PrescriptionUnit } from '../../catalog';
import type { ExerciseCoaching } from '../../catalog/coaching/schema';
import type { ExerciseEnrichment } from '../../training/enrichment';
import type { PrescribedExercise, PrescribedSet } from '../prescription';
import { DISCIPLINE_BREATHING, EQUIPMENT_SETUP, PATTERN_TEXTS, type Bilingual } from './pattern-texts';

export type Locale = 'en' | 'fr';

export const pick = (locale: Locale, text: Bilingual): string => (locale === 'fr' ? text[1] : text[0]);
export const tr = (locale: Locale, en: string, fr: string): string => (locale === 'fr' ? fr : en);

/** Keeps a text within a schema limit (never empty). */
export function clip(text: string, max: number): string {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed;
  return `${trimmed.slice(0, max - 1).trimEnd()}…`;
}

export const MUSCLE_NAMES: Readonly<Record<Muscle, Bilingual>> = {
  chest: ['chest', 'pectoraux'],
  lats: ['lats', 'grands dorsaux'],
  'upper-back': ['upper back', 'haut du dos'],
  traps: ['traps', 'trapèzes'],
  'front-delts': ['front delts', 'deltoïdes antérieurs'],
  'side-delts': ['side delts', 'deltoïdes latéraux'],
  'rear-delts': ['rear delts', 'deltoïdes postérieurs'],
  biceps: ['biceps', 'biceps'],
  triceps: ['triceps', 'triceps'],
  forearms: ['forearms', 'avant-bras'],
  abs: ['abs', 'abdominaux'],
  obliques: ['obliques', 'obliques'],
  'lower-back': ['lower back', 'lombaires'],
  glutes: ['glutes', 'fessiers'],
  quads: ['quads', 'quadriceps'],
  hamstrings: ['hamstrings', 'ischio-jambiers'],
  adductors: ['adductors', 'adducteurs'],
  'hip-flexors': ['hip flexors', 'fléchisseurs de hanche'],
  calves: ['calves', 'mollets'],
};

const mmss = (totalSec: number): string => {
  const sec = Math.max(0, Math.round(totalSec));
  return `${Math.floor(sec / 60)}:${String(sec % 60).padStart(2, '0')}`;
};

const fmt = (locale: Locale, value: number): string => {
  const text = Number.isInteger(value) ? String(value) : value.toFixed(1);
  return locale === 'fr' ? text.replace('.', ',') : text;
};

/** "12 reps at 60 kg", "3:00", "400 m", "15 cal" — the work of one set. */
function setWork(locale: Locale, set: PrescribedSet): string {
  const parts: string[] = [];
  if (set.reps != null) parts.push(tr(locale, `${set.reps} reps`, `${set.reps} rép.`));
  if (set.distanceM != null) parts.push(set.distanceM >= 1000 ? `${fmt(locale, set.distanceM / 1000)} km` : `${Math.round(set.distanceM)} m`);
  if (set.calories != null) parts.push(`${set.calories} cal`);
  if (set.durationSec != null) parts.push(mmss(set.durationSec));
  let text = parts.join(tr(locale, ' in ', ' en ')) || tr(locale, 'one effort', 'un effort');
  if (set.loadKg != null && set.loadKg > 0) text += tr(locale, ` at ${fmt(locale, set.loadKg)} kg`, ` à ${fmt(locale, set.loadKg)} kg`);
  return text;
}

/** The prescribed dose, grouped: "2 × 5 reps at 60 kg, then 3 × 5 reps at 100 kg; rest 2:00". */
export function doseText(locale: Locale, sets: readonly PrescribedSet[]): string {
  const groups: { text: string; count: number }[] = [];
  for (const set of sets) {
    const text = setWork(locale, set);
    const last = groups[groups.length - 1];
    if (last && last.text === text) last.count += 1;
    else groups.push({ text, count: 1 });
  }
  const body = groups.map((g) => (g.count > 1 ? `${g.count} × ${g.text}` : g.text)).join(tr(locale, ', then ', ', puis '));
  const rests = sets.map((s) => s.restSec).filter((r) => r > 0);
  const rest = rests.length ? tr(locale, `; rest ${mmss(Math.max(...rests))} between sets`, ` ; repos ${mmss(Math.max(...rests))} entre les séries`) : '';
  return `${body}${rest}`;
}

/** A run or walk on foot, where a pace per km means something (not a station, an erg or a swim). */
const isOnFoot = (exercise: Exercise | undefined): boolean =>
  exercise?.movementPattern === 'cyclical' && exercise.equipment.every((item) => item === 'none' || item === 'treadmill');

/** A cue from the targets of the working sets (heart-rate zone, pace on foot, RIR/RPE). */
function targetCue(locale: Locale, sets: readonly PrescribedSet[], exercise: Exercise | undefined): string | null {
  const working = sets.filter((s) => s.type !== 'warmup');
  const rpe = working.map((s) => s.targetRpe).find((v) => v != null);
  const rir = working.map((s) => s.targetRir).find((v) => v != null);
  const zone = working.map((s) => s.targetHrZone).find((v) => v != null);
  const pace = isOnFoot(exercise) ? working.map((s) => s.targetPaceSecPerKm).find((v) => v != null) : undefined;
  const repSets = working.some((s) => s.reps != null);
  if (zone != null && pace != null) return tr(locale, `Stay in heart-rate zone ${zone} at about ${mmss(pace)} /km.`, `Restez en zone cardiaque ${zone}, vers ${mmss(pace)} /km.`);
  if (zone != null) return tr(locale, `Stay in heart-rate zone ${zone}${zone <= 2 ? ': you can still talk' : ''}.`, `Restez en zone cardiaque ${zone}${zone <= 2 ? ' : vous pouvez encore parler' : ''}.`);
  if (pace != null) return tr(locale, `Hold about ${mmss(pace)} /km.`, `Tenez environ ${mmss(pace)} /km.`);
  if (rir != null && repSets) return tr(locale, `Finish each working set with ${rir} rep${rir === 1 ? '' : 's'} in reserve.`, `Terminez chaque série de travail avec ${rir} répétition${rir > 1 ? 's' : ''} en réserve.`);
  if (rpe != null && repSets) {
    const reserve = Math.max(0, Math.round(10 - rpe));
    return tr(locale, `Aim for RPE ${fmt(locale, rpe)}: about ${reserve} rep${reserve === 1 ? '' : 's'} left in the tank.`, `Visez RPE ${fmt(locale, rpe)} : environ ${reserve} répétition${reserve > 1 ? 's' : ''} en réserve.`);
  }
  if (rpe != null) return tr(locale, `Aim for an effort of about ${fmt(locale, rpe)} out of 10.`, `Visez un effort d’environ ${fmt(locale, rpe)} sur 10.`);
  return null;
}

let variationIndex: Map<string, Exercise[]> | null = null;

/** Fallback only: another exercise of the same pattern sharing a primary muscle (outside the exercise's chain), deterministic. */
export function variationOf(exercise: Exercise): Exercise | undefined {
  variationIndex ??= catalog.reduce((map, e) => map.set(e.movementPattern, [...(map.get(e.movementPattern) ?? []), e]), new Map<string, Exercise[]>());
  const chain = chainOf(exercise.id)?.chain.id;
  const candidates = (variationIndex.get(exercise.movementPattern) ?? []).filter(
    (e) => e.id !== exercise.id && (chain == null || chainOf(e.id)?.chain.id !== chain) && e.primaryMuscles.some((m) => exercise.primaryMuscles.includes(m)),
  );
  const sameCoach = candidates.filter((e) => e.coaches.some((c) => exercise.coaches.includes(c)));
  const pool = sameCoach.length ? sameCoach : candidates;
  if (pool.length === 0) return undefined;
  const after = pool.find((e) => catalog.indexOf(e) > catalog.indexOf(exercise));
  return after ?? pool[0];
}

const muscleList = (locale: Locale, muscles: readonly Muscle[]): string => muscles.map((m) => pick(locale, MUSCLE_NAMES[m])).join(', ');

/** How to make an exercise easier or harder when it has no catalog neighbour that way: by its dose. */
const DOSE_PROGRESSIONS: Readonly<Record<PrescriptionUnit, { easier: Bilingual; harder: Bilingual }>> = {
  reps_load: {
    easier: ['Lower the load by 10–20 % and keep every rep as clean as the first.', 'Baissez la charge de 10 à 20 % et gardez chaque répétition aussi propre que la première.'],
    harder: ['Add a little load once every set feels at RPE 8 or less.', 'Ajoutez un peu de charge quand toutes les séries sont à RPE 8 ou moins.'],
  },
  reps: {
    easier: ['Do fewer reps per set and rest a little longer.', 'Faites moins de répétitions par série et récupérez un peu plus.'],
    harder: ['Add one or two reps per set while every rep stays clean.', 'Ajoutez une ou deux répétitions par série tant que chacune reste propre.'],
  },
  time: {
    easier: ['Shorten each effort and rest a little longer.', 'Raccourcissez chaque effort et récupérez un peu plus.'],
    harder: ['Lengthen each effort by a few seconds while the quality holds.', 'Allongez chaque effort de quelques secondes tant que la qualité tient.'],
  },
  distance: {
    easier: ['Cover a shorter distance or slow down.', 'Parcourez une distance plus courte ou ralentissez.'],
    harder: ['Go a little farther or a little faster, one change at a time.', 'Allez un peu plus loin ou un peu plus vite, un changement à la fois.'],
  },
  calories: {
    easier: ['Aim for fewer calories per effort at an easier pace.', 'Visez moins de calories par effort, à un rythme plus facile.'],
    harder: ['Add a few calories per effort or shorten the rests.', 'Ajoutez quelques calories par effort ou raccourcissez les repos.'],
  },
};

interface Neighbours {
  easier: Exercise | undefined;
  harder: Exercise | undefined;
  variation: Exercise | undefined;
}

function progressionTexts(locale: Locale, exercise: Exercise | undefined, neighbours: Neighbours) {
  const dose = DOSE_PROGRESSIONS[exercise?.defaultUnits ?? 'reps'];
  const chainOfThis = exercise ? chainOf(exercise.id) : undefined;
  const inChain = (other: Exercise) => chainOfThis !== undefined && chainOf(other.id)?.chain.id === chainOfThis.chain.id;
  const chainName = chainOfThis?.chain.name[locale] ?? '';
  const { easier, harder, variation } = neighbours;
  const shared = variation ? variation.primaryMuscles.filter((m) => exercise?.primaryMuscles.includes(m)) : [];
  return {
    easier: !easier
      ? pick(locale, dose.easier)
      : inChain(easier)
        ? tr(locale, `${easier.name.en}: the previous step of the ${chainName} progression.`, `${easier.name.fr} : l’étape précédente de la progression ${chainName}.`)
        : tr(locale, `${easier.name.en}: an easier version of the same work.`, `${easier.name.fr} : une version plus facile du même travail.`),
    harder: !harder
      ? pick(locale, dose.harder)
      : inChain(harder)
        ? tr(locale, `${harder.name.en}: the next step of the ${chainName} progression, once every set is solid.`, `${harder.name.fr} : l’étape suivante de la progression ${chainName}, quand chaque série est solide.`)
        : tr(locale, `${harder.name.en}: a harder version, once every set is solid.`, `${harder.name.fr} : une version plus difficile, quand chaque série est solide.`),
    variation: !variation
      ? tr(locale, 'Keep this exercise and change the tempo or the rests to vary the stimulus.', 'Gardez cet exercice et changez le tempo ou les repos pour varier le stimulus.')
      : shared.length
        ? tr(locale, `${variation.name.en}: a variation that works the ${muscleList('en', shared)} differently.`, `${variation.name.fr} : une variante qui travaille autrement (${muscleList('fr', shared)}).`)
        : tr(locale, `${variation.name.en}: a variation of the same work.`, `${variation.name.fr} : une variante du même travail.`),
  };
}

interface Texts {
  cues: string[];
  mistakes: string[];
  setup: string;
  execution: string;
  breathing: string;
}

/** A sentence ends with its stop, so that "Today: …" can follow it. */
const sentence = (text: string) => (/[.!?…]$/.test(text) ? text : `${text}.`);

/** The per-exercise content of the catalog (`catalog/coaching/*.json`). */
function ownTexts(locale: Locale, coaching: ExerciseCoaching): { texts: Texts; neighbours: Neighbours } {
  const own = coaching[locale];
  const find = (id: string | null) => (id ? getExercise(id) : undefined);
  return {
    texts: {
      cues: own.cues.map(sentence),
      mistakes: own.mistakes.map(sentence),
      setup: sentence(own.setup),
      execution: sentence(own.execution),
      breathing: sentence(own.breathing),
    },
    neighbours: { easier: find(coaching.easier), harder: find(coaching.harder), variation: find(coaching.variation) },
  };
}

/** Documented fallback for an exercise without per-exercise content: the movement family's texts. */
function familyTexts(locale: Locale, exercise: Exercise | undefined): { texts: Texts; neighbours: Neighbours } {
  const family = PATTERN_TEXTS[exercise?.movementPattern ?? 'core'];
  const equipmentLine = exercise?.equipment.map((item) => EQUIPMENT_SETUP[item]).find((line) => line !== undefined);
  const disciplineBreathing = exercise ? DISCIPLINE_BREATHING[exercise.discipline] : undefined;
  const link = (id: string | null | undefined) => (id ? getExercise(id) : undefined);
  return {
    texts: {
      cues: family.cues.map((cue) => pick(locale, cue)),
      mistakes: family.mistakes.map((m) => pick(locale, m)),
      setup: [pick(locale, family.setup), equipmentLine ? pick(locale, equipmentLine) : ''].filter(Boolean).join(' '),
      execution: pick(locale, family.execution),
      breathing: pick(locale, disciplineBreathing ?? family.breathing),
    },
    neighbours: { easier: link(exercise?.progression.easier), harder: link(exercise?.progression.harder), variation: exercise ? variationOf(exercise) : undefined },
  };
}

/**
 * Detailed coaching content for one prescribed exercise (pure): the exercise's own content when
 * `coaching` has it, else the family fallback; plus what the prescribed dose adds (targets, sides,
 * load, rests, today's sets).
 */
export function exerciseContent(entry: PrescribedExercise, exerciseIndex: number, locale: Locale, coaching: ExerciseCoaching | undefined): ExerciseEnrichment {
  const exercise = getExercise(entry.exerciseId);
  const { texts, neighbours } = coaching ? ownTexts(locale, coaching) : familyTexts(locale, exercise);

  const cues = [...texts.cues];
  const target = targetCue(locale, entry.sets, exercise);
  if (target) cues.push(target);
  if (exercise?.unilateral) cues.push(tr(locale, 'Start with your weaker side, then match it on the other side.', 'Commencez par le côté le plus faible, puis faites la même chose de l’autre côté.'));
  if (exercise) cues.push(tr(locale, `Feel it in the ${muscleList(locale, exercise.primaryMuscles)}.`, `Sentez le travail dans : ${muscleList(locale, exercise.primaryMuscles)}.`));

  const mistakes = [...texts.mistakes];
  if (entry.sets.some((s) => s.loadKg != null && s.loadKg > 0 && s.reps != null)) {
    mistakes.push(tr(locale, 'Adding load before every rep looks like the first one.', 'Ajouter de la charge avant que chaque répétition ressemble à la première.'));
  }
  if (entry.sets.some((s) => s.restSec > 0)) {
    mistakes.push(tr(locale, 'Cutting the rests short: they are part of the prescription.', 'Raccourcir les repos : ils font partie de la prescription.'));
  }

  const progressions = progressionTexts(locale, exercise, neighbours);
  const execution = `${texts.execution} ${tr(locale, `Today: ${doseText(locale, entry.sets)}.`, `Aujourd’hui : ${doseText(locale, entry.sets)}.`)}`;
  return {
    exerciseIndex,
    exerciseId: entry.exerciseId,
    coachingCues: cues.slice(0, 6).map((cue) => clip(cue, 240)),
    commonMistakes: mistakes.slice(0, 6).map((m) => clip(m, 240)),
    progressions: { easier: clip(progressions.easier, 240), harder: clip(progressions.harder, 240), variation: clip(progressions.variation, 240) },
    technicalBreakdown: { setup: clip(texts.setup, 600), execution: clip(execution, 600), breathing: clip(texts.breathing, 400) },
  };
}
