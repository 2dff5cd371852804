import { catalog, chainOf, getExercise, type Equipment, type Exercise, type Muscle } from '../../catalog';
import type { ExerciseEnrichment } from '../../training/enrichment';
import type { PrescribedExercise, PrescribedSet } from '../prescription';
import { DISCIPLINE_BREATHING, PATTERN_TEXTS, type Bilingual } from './pattern-texts';

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

/** One set-up reminder per implement (the first one of the exercise that has a line). */
const EQUIPMENT_SETUP: Readonly<Partial<Record<Equipment, Bilingual>>> = {
  barbell: ['Load the bar evenly and put collars on.', 'Chargez la barre de façon symétrique et mettez les colliers.'],
  'trap-bar': ['Stand centred in the trap bar, handles in line with the ankles.', 'Placez-vous au centre de la trap bar, poignées alignées avec les chevilles.'],
  rack: ['Set the J-hooks at mid-chest height and the safeties just below your bottom position.', 'Réglez les crochets à mi-poitrine et les sécurités juste sous votre position basse.'],
  dumbbell: ['Lift the dumbbells from the rack with a flat back and bring them into position one at a time if heavy.', 'Prenez les haltères au rack dos plat et placez-les un par un s’ils sont lourds.'],
  kettlebell: ['Start with the kettlebell slightly in front of you so you can hike it back.', 'Placez la kettlebell un peu devant vous pour pouvoir la lancer en arrière.'],
  machine: ['Adjust the seat and pads so the working joint lines up with the machine pivot.', 'Réglez siège et boudins pour aligner l’articulation travaillée avec l’axe de la machine.'],
  cable: ['Set the pulley height so the cable pulls along the working line.', 'Réglez la hauteur de la poulie pour que le câble tire dans l’axe du mouvement.'],
  band: ['Check the band for nicks and anchor it securely before loading it.', 'Vérifiez que l’élastique n’est pas entaillé et ancrez-le solidement avant de tirer.'],
  'pull-up-bar': ['Chalk the hands if needed and grip the bar with the thumbs wrapped around it.', 'Mettez de la magnésie si besoin et saisissez la barre pouces autour.'],
  rings: ['Set the rings at the height the progression needs and check they hang level.', 'Réglez les anneaux à la hauteur utile et vérifiez qu’ils sont de niveau.'],
  parallettes: ['Place the parallettes shoulder-width apart on a non-slip floor.', 'Placez les parallettes à largeur d’épaules sur un sol non glissant.'],
  'dip-bars': ['Use bars about shoulder-width apart and start from a locked-out support.', 'Prenez des barres à largeur d’épaules et partez bras verrouillés en appui.'],
  bench: ['Set the bench stable and at the angle prescribed; feet flat on the floor.', 'Installez le banc stable, à l’angle prévu ; pieds à plat au sol.'],
  box: ['Use a stable box on a non-slip floor at a height you clear easily.', 'Utilisez une box stable, sur sol antidérapant, à une hauteur franchie facilement.'],
  rower: ['Strap the feet so the strap crosses the widest part of the shoe; damper around 4–6.', 'Sanglez les pieds sur la partie la plus large de la chaussure ; damper vers 4 à 6.'],
  bike: ['Set the saddle so the knee stays slightly bent at the bottom of the stroke.', 'Réglez la selle pour garder le genou légèrement fléchi en bas du pédalage.'],
  'air-bike': ['Set the seat so the knee stays slightly bent at full extension.', 'Réglez la selle pour garder le genou légèrement fléchi en extension.'],
  skierg: ['Stand close to the machine, handles at full reach, damper around 4–6.', 'Placez-vous près de la machine, poignées bras tendus, damper vers 4 à 6.'],
  treadmill: ['Start the belt slowly and set a 1 % incline to mimic outdoor running.', 'Démarrez le tapis lentement et réglez 1 % de pente pour simuler l’extérieur.'],
  sled: ['Load the sled, check the surface and grip the poles or rope before the start.', 'Chargez le traîneau, vérifiez la surface et saisissez les poignées ou la corde avant de partir.'],
  'wall-ball': ['Stand an arm’s length from the wall, ball held under the chin.', 'Placez-vous à une longueur de bras du mur, ballon sous le menton.'],
  sandbag: ['Grip the sandbag deep and close to the body before you lift.', 'Saisissez le sac profondément et près du corps avant de soulever.'],
  'med-ball': ['Choose a ball light enough to move fast.', 'Choisissez un ballon assez léger pour aller vite.'],
  'jump-rope': ['Adjust the rope so the handles reach your armpits when you stand on it.', 'Réglez la corde : les poignées arrivent aux aisselles quand vous marchez dessus.'],
  pool: ['Choose a lane that matches your pace and check the pace clock.', 'Choisissez une ligne adaptée à votre allure et repérez la pendule.'],
  ghd: ['Set the pad so the hips are free to hinge and the feet are locked in.', 'Réglez le boudin pour libérer les hanches et bloquez bien les pieds.'],
  'climbing-rope': ['Check the floor is padded under the rope.', 'Vérifiez que le sol est protégé sous la corde.'],
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

/** A cue from the targets of the working sets (RPE/RIR, heart-rate zone, pace). */
function targetCue(locale: Locale, sets: readonly PrescribedSet[]): string | null {
  const working = sets.filter((s) => s.type !== 'warmup');
  const rpe = working.map((s) => s.targetRpe).find((v) => v != null);
  const rir = working.map((s) => s.targetRir).find((v) => v != null);
  const zone = working.map((s) => s.targetHrZone).find((v) => v != null);
  const pace = working.map((s) => s.targetPaceSecPerKm).find((v) => v != null);
  if (zone != null && pace != null) return tr(locale, `Stay in heart-rate zone ${zone} at about ${mmss(pace)} /km.`, `Restez en zone cardiaque ${zone}, vers ${mmss(pace)} /km.`);
  if (zone != null) return tr(locale, `Stay in heart-rate zone ${zone}${zone <= 2 ? ': you can still talk' : ''}.`, `Restez en zone cardiaque ${zone}${zone <= 2 ? ' : vous pouvez encore parler' : ''}.`);
  if (pace != null) return tr(locale, `Hold about ${mmss(pace)} /km.`, `Tenez environ ${mmss(pace)} /km.`);
  if (rir != null) return tr(locale, `Finish each working set with ${rir} rep${rir === 1 ? '' : 's'} in reserve.`, `Terminez chaque série de travail avec ${rir} répétition${rir > 1 ? 's' : ''} en réserve.`);
  if (rpe != null) {
    const reserve = Math.max(0, Math.round(10 - rpe));
    return tr(locale, `Aim for RPE ${fmt(locale, rpe)}: about ${reserve} rep${reserve === 1 ? '' : 's'} left in the tank.`, `Visez RPE ${fmt(locale, rpe)} : environ ${reserve} répétition${reserve > 1 ? 's' : ''} en réserve.`);
  }
  return null;
}

let variationIndex: Map<string, Exercise[]> | null = null;

/** Another exercise of the same pattern sharing a primary muscle (outside the exercise's chain), deterministic. */
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

/** Detailed coaching content for one prescribed exercise (pure, from the catalog). */
export function exerciseContent(entry: PrescribedExercise, exerciseIndex: number, locale: Locale): ExerciseEnrichment {
  const exercise = getExercise(entry.exerciseId);
  const texts = PATTERN_TEXTS[exercise?.movementPattern ?? 'core'];

  const cues: string[] = texts.cues.map((cue) => pick(locale, cue));
  const target = targetCue(locale, entry.sets);
  if (target) cues.push(target);
  if (exercise?.unilateral) cues.push(tr(locale, 'Start with your weaker side and match its reps on the other side.', 'Commencez par le côté le plus faible et faites le même nombre de répétitions de l’autre côté.'));
  if (exercise) cues.push(tr(locale, `Feel it in the ${muscleList(locale, exercise.primaryMuscles)}.`, `Sentez le travail dans : ${muscleList(locale, exercise.primaryMuscles)}.`));

  const mistakes: string[] = texts.mistakes.map((m) => pick(locale, m));
  if (entry.sets.some((s) => s.loadKg != null && s.loadKg > 0)) {
    mistakes.push(tr(locale, 'Adding load before every rep looks like the first one.', 'Ajouter de la charge avant que chaque répétition ressemble à la première.'));
  }
  if (entry.sets.some((s) => s.restSec > 0)) {
    mistakes.push(tr(locale, 'Cutting the rests short: they are part of the prescription.', 'Raccourcir les repos : ils font partie de la prescription.'));
  }

  const chain = exercise ? chainOf(exercise.id) : undefined;
  const easier = exercise?.progression.easier ? getExercise(exercise.progression.easier) : undefined;
  const harder = exercise?.progression.harder ? getExercise(exercise.progression.harder) : undefined;
  const chainName = chain ? chain.chain.name[locale] : '';
  const variation = exercise ? variationOf(exercise) : undefined;
  const progressions = {
    easier: easier
      ? tr(locale, `${easier.name.en}: the previous step of the ${chainName} progression. ${texts.easier[0]}`, `${easier.name.fr} : l’étape précédente de la progression ${chainName}. ${texts.easier[1]}`)
      : pick(locale, texts.easier),
    harder: harder
      ? tr(locale, `${harder.name.en}: the next step of the ${chainName} progression, once every set is solid.`, `${harder.name.fr} : l’étape suivante de la progression ${chainName}, quand chaque série est solide.`)
      : pick(locale, texts.harder),
    variation: variation
      ? tr(locale, `${variation.name.en}: same movement pattern, a different angle on the ${muscleList('en', variation.primaryMuscles.filter((m) => exercise?.primaryMuscles.includes(m)))}.`, `${variation.name.fr} : même schéma moteur, un autre angle de travail (${muscleList('fr', variation.primaryMuscles.filter((m) => exercise?.primaryMuscles.includes(m)))}).`)
      : tr(locale, 'Change the grip, stance or tempo to vary the stimulus.', 'Changez de prise, d’appuis ou de tempo pour varier le stimulus.'),
  };

  const equipmentLine = exercise?.equipment.map((item) => EQUIPMENT_SETUP[item]).find((line) => line !== undefined);
  const setup = [pick(locale, texts.setup), equipmentLine ? pick(locale, equipmentLine) : ''].filter(Boolean).join(' ');
  const execution = `${pick(locale, texts.execution)} ${tr(locale, `Today: ${doseText(locale, entry.sets)}.`, `Aujourd’hui : ${doseText(locale, entry.sets)}.`)}`;
  const disciplineBreathing = exercise ? DISCIPLINE_BREATHING[exercise.discipline] : undefined;
  const breathing = pick(locale, disciplineBreathing ?? texts.breathing);

  return {
    exerciseIndex,
    exerciseId: entry.exerciseId,
    coachingCues: cues.slice(0, 6).map((cue) => clip(cue, 240)),
    commonMistakes: mistakes.slice(0, 6).map((m) => clip(m, 240)),
    progressions: { easier: clip(progressions.easier, 240), harder: clip(progressions.harder, 240), variation: clip(progressions.variation, 240) },
    technicalBreakdown: { setup: clip(setup, 600), execution: clip(execution, 600), breathing: clip(breathing, 400) },
  };
}
