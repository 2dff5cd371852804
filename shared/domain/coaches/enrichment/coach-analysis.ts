import { chainOf, getExercise, progressionChains, type Exercise, type Muscle } from '../../catalog';
import type { CoachAnalysis } from '../../training/enrichment';
import { setWorkSec, zoneMinutesOf } from '../planned-duration';
import { isAddedLoad } from '../offline/starting-loads';
import type { PrescribedBlock, PrescribedExercise, Prescription } from '../prescription';
import { clip, MUSCLE_NAMES, pick, tr, type Locale } from './exercise-content';

const MAX = 1500;

interface Item {
  block: PrescribedBlock;
  entry: PrescribedExercise;
  exercise: Exercise | undefined;
  /** Times the block runs (AMRAP: at least once). */
  rounds: number;
}

const itemsOf = (prescription: Prescription): Item[] =>
  prescription.blocks.flatMap((block) => block.exercises.map((entry) => ({ block, entry, exercise: getExercise(entry.exerciseId), rounds: block.rounds ?? 1 })));

const nameOf = (item: Item, locale: Locale) => item.exercise?.name[locale] ?? item.entry.name;
const fmt = (locale: Locale, value: number, digits = 0): string => {
  const text = value.toFixed(digits);
  return locale === 'fr' ? text.replace('.', ',') : text;
};
const pct = (part: number, total: number) => (total > 0 ? Math.round((part / total) * 100) : 0);
const mmss = (totalSec: number): string => {
  const sec = Math.max(0, Math.round(totalSec));
  const h = Math.floor(sec / 3600);
  const m = Math.floor((sec % 3600) / 60);
  const s = sec % 60;
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}` : `${m}:${String(s).padStart(2, '0')}`;
};
const sentences = (parts: readonly (string | null | false | undefined)[]) => clip(parts.filter(Boolean).join(' '), MAX);

// ---------------------------------------------------------------------------------------------
// Force: volume and intensity distribution

function forceAnalysis(prescription: Prescription, locale: Locale): CoachAnalysis {
  const items = itemsOf(prescription);
  let workingSets = 0;
  let reps = 0;
  let tonnage = 0;
  const byMuscle = new Map<Muscle, number>();
  const perExercise: string[] = [];
  const bands = { warmup: 0, easy: 0, productive: 0, hard: 0, unrated: 0 };
  for (const item of items) {
    if (item.block.kind === 'warmup' || item.block.kind === 'cooldown') continue;
    let exerciseTonnage = 0;
    let exerciseSets = 0;
    let hardSets = 0;
    for (const set of item.entry.sets) {
      if (set.type === 'warmup') {
        bands.warmup += item.rounds;
        continue;
      }
      exerciseSets += item.rounds;
      reps += (set.reps ?? 0) * item.rounds;
      exerciseTonnage += (set.reps ?? 0) * (set.loadKg ?? 0) * item.rounds * (item.exercise?.unilateral ? 2 : 1);
      const effort = set.targetRpe ?? (set.targetRir != null ? 10 - set.targetRir : null);
      if (effort == null || effort >= 7) hardSets += item.rounds;
      if (effort == null) bands.unrated += item.rounds;
      else if (effort <= 6.5) bands.easy += item.rounds;
      else if (effort < 9) bands.productive += item.rounds;
      else bands.hard += item.rounds;
    }
    workingSets += exerciseSets;
    tonnage += exerciseTonnage;
    for (const muscle of item.exercise?.primaryMuscles ?? []) if (hardSets > 0) byMuscle.set(muscle, (byMuscle.get(muscle) ?? 0) + hardSets);
    if (exerciseTonnage > 0) perExercise.push(`${nameOf(item, locale)} ${fmt(locale, exerciseTonnage)} kg`);
  }
  const topMuscles = [...byMuscle].sort((a, b) => b[1] - a[1]).slice(0, 5);
  const muscles = topMuscles.map(([m, sets]) => `${pick(locale, MUSCLE_NAMES[m])} ${sets}`).join(', ');
  const volumeAnalysis = sentences([
    tr(locale, `${workingSets} working sets, ${reps} reps`, `${workingSets} séries de travail, ${reps} répétitions`) +
      (tonnage > 0 ? tr(locale, `, ${fmt(locale, tonnage)} kg lifted in total`, `, ${fmt(locale, tonnage)} kg soulevés au total`) : '') +
      '.',
    perExercise.length ? tr(locale, `By exercise: ${perExercise.join('; ')}.`, `Par exercice : ${perExercise.join(' ; ')}.`) : null,
    muscles ? tr(locale, `Hard sets by primary muscle: ${muscles}.`, `Séries dures par muscle principal : ${muscles}.`) : null,
    tr(
      locale,
      'About 10–20 hard sets per muscle per week build strength and size; spread them over two or more sessions.',
      'Environ 10 à 20 séries dures par muscle et par semaine développent force et masse ; répartissez-les sur au moins deux séances.',
    ),
  ]);

  const fields = prescription.coachFields.coach === 'force' ? prescription.coachFields : null;
  const relative: string[] = [];
  for (const max of fields?.workingMaxes ?? []) {
    if (!max.estimatedOneRepMaxKg) continue;
    const working = items.filter((item) => item.entry.exerciseId === max.exerciseId).flatMap((item) => item.entry.sets.filter((s) => s.type !== 'warmup'));
    const name = getExercise(max.exerciseId)?.name[locale] ?? max.exerciseId;
    if (isAddedLoad({ id: max.exerciseId })) {
      // The 1RM counts bodyweight + added load; the share follows from reps and reps in reserve.
      const hardest = working.filter((s) => s.reps != null).sort((a, b) => (a.reps ?? 0) + (a.targetRir ?? 0) - ((b.reps ?? 0) + (b.targetRir ?? 0)))[0];
      if (hardest?.reps != null) {
        const share = Math.round(100 / (1 + (hardest.reps + (hardest.targetRir ?? 0)) / 30));
        relative.push(tr(locale, `${name}: ${hardest.reps} reps with ${hardest.targetRir ?? 0} in reserve ≈ ${share} % of an estimated 1RM of ${fmt(locale, max.estimatedOneRepMaxKg)} kg (bodyweight + added load)`, `${name} : ${hardest.reps} répétitions avec ${hardest.targetRir ?? 0} en réserve ≈ ${share} % d’un 1RM estimé à ${fmt(locale, max.estimatedOneRepMaxKg)} kg (poids du corps + lest)`));
      }
      continue;
    }
    const heaviest = Math.max(0, ...working.map((s) => s.loadKg ?? 0));
    if (heaviest > 0) {
      relative.push(tr(locale, `${name} top set ≈ ${pct(heaviest, max.estimatedOneRepMaxKg)} % of an estimated 1RM of ${fmt(locale, max.estimatedOneRepMaxKg)} kg`, `${name} : série la plus lourde ≈ ${pct(heaviest, max.estimatedOneRepMaxKg)} % d’un 1RM estimé à ${fmt(locale, max.estimatedOneRepMaxKg)} kg`));
    }
  }
  const rated = bands.easy + bands.productive + bands.hard;
  const intensityDistribution = sentences([
    tr(
      locale,
      `${bands.warmup} warm-up sets; working sets: ${bands.easy} easy (RPE ≤ 6), ${bands.productive} productive (RPE 7–8), ${bands.hard} near-maximal (RPE ≥ 9)${bands.unrated ? `, ${bands.unrated} without an RPE target` : ''}.`,
      `${bands.warmup} séries d’échauffement ; séries de travail : ${bands.easy} faciles (RPE ≤ 6), ${bands.productive} productives (RPE 7–8), ${bands.hard} quasi maximales (RPE ≥ 9)${bands.unrated ? `, ${bands.unrated} sans RPE cible` : ''}.`,
    ),
    relative.length ? `${relative.join('; ')}.` : null,
    rated > 0 && bands.hard / rated > 0.3
      ? tr(locale, 'A large share of sets sits near failure: keep the technique strict and the next session lighter.', 'Une grande partie des séries est proche de l’échec : gardez une technique stricte et allégez la séance suivante.')
      : tr(locale, 'Most work sits at RPE 7–8, the range that builds strength while leaving room to progress next time.', 'L’essentiel du travail est à RPE 7–8, la zone qui développe la force en laissant de la marge pour progresser.'),
  ]);
  return { coach: 'force', volumeAnalysis, intensityDistribution };
}

// ---------------------------------------------------------------------------------------------
// Endurance: time in zones and training stress

/** Intensity factor by heart-rate zone (fraction of threshold), for a TSS estimate. */
const ZONE_IF = [0.55, 0.68, 0.8, 0.9, 1.03] as const;

/**
 * Minutes per zone, from the sets themselves (the same rule as the coach's own totals); sets
 * without a zone count by their RPE, warm-ups and cool-downs without one as zone 1.
 */
function zoneMinutes(prescription: Prescription): number[] {
  const minutes = zoneMinutesOf(prescription.blocks).map((z) => z.minutes);
  for (const item of itemsOf(prescription)) {
    for (const set of item.entry.sets) {
      if (set.targetHrZone != null) continue;
      const zone = item.block.kind === 'warmup' || item.block.kind === 'cooldown' ? 1 : set.targetRpe != null ? Math.min(5, Math.max(1, Math.round(set.targetRpe / 2))) : 2;
      minutes[zone - 1] = (minutes[zone - 1] ?? 0) + (setWorkSec(set, item.exercise) * item.rounds) / 60;
    }
  }
  return minutes.map((m) => Math.round(m * 10) / 10);
}

function enduranceAnalysis(prescription: Prescription, locale: Locale): CoachAnalysis {
  const minutes = zoneMinutes(prescription);
  const total = minutes.reduce((a, b) => a + b, 0);
  const easy = (minutes[0] ?? 0) + (minutes[1] ?? 0);
  const hard = (minutes[3] ?? 0) + (minutes[4] ?? 0);
  const lines = minutes.map((m, i) => `Z${i + 1} ${fmt(locale, m)} min (${pct(m, total)} %)`).join(', ');
  const zoneDistribution = sentences([
    `${lines}.`,
    pct(easy, total) >= 75
      ? tr(locale, 'Mostly easy aerobic work: it builds the base with little fatigue.', 'Surtout de l’aérobie facile : la séance construit la base avec peu de fatigue.')
      : pct(minutes[2] ?? 0, total) > 30
        ? tr(locale, 'A lot of zone 3 ("grey zone"): fine for tempo work, but keep most weekly volume easier.', 'Beaucoup de zone 3 (« zone grise ») : utile pour le tempo, mais gardez l’essentiel du volume hebdomadaire plus facile.')
        : tr(locale, `Quality session: ${fmt(locale, hard)} min in zones 4–5, framed by easy warm-up and cool-down.`, `Séance de qualité : ${fmt(locale, hard)} min en zones 4–5, encadrées par un échauffement et un retour au calme faciles.`),
    tr(locale, 'Across a week, aim for roughly 80 % of the time in zones 1–2.', 'Sur la semaine, visez environ 80 % du temps en zones 1–2.'),
  ]);
  const contributions = minutes.map((m, i) => ((m / 60) * (ZONE_IF[i] ?? 0.6) ** 2 * 100));
  const tss = contributions.reduce((a, b) => a + b, 0);
  const level =
    tss < 50
      ? tr(locale, 'low: recovered by tomorrow', 'faible : récupéré dès demain')
      : tss < 100
        ? tr(locale, 'moderate: some fatigue tomorrow, gone within two days', 'modérée : un peu de fatigue demain, dissipée en deux jours')
        : tss < 150
          ? tr(locale, 'high: plan an easy day after it', 'élevée : prévoyez une journée facile ensuite')
          : tr(locale, 'very high: allow several easy days', 'très élevée : prévoyez plusieurs jours faciles');
  const tssBreakdown = sentences([
    tr(locale, `Estimated training stress ≈ ${Math.round(tss)} TSS (heart-rate based), ${level}.`, `Charge estimée ≈ ${Math.round(tss)} TSS (d’après la fréquence cardiaque), ${level}.`),
    tr(
      locale,
      `By zone: ${contributions.map((c, i) => `Z${i + 1} ${Math.round(c)}`).join(', ')}.`,
      `Par zone : ${contributions.map((c, i) => `Z${i + 1} ${Math.round(c)}`).join(', ')}.`,
    ),
    tr(locale, 'TSS = hours × intensity factor² × 100, with intensity factors 0.55–1.03 from zone 1 to zone 5.', 'TSS = heures × facteur d’intensité² × 100, avec des facteurs de 0,55 à 1,03 de la zone 1 à la zone 5.'),
  ]);
  return { coach: 'endurance', zoneDistribution, tssBreakdown };
}

// ---------------------------------------------------------------------------------------------
// Functional: modal balance and scaling

type Modality = 'M' | 'G' | 'W';
const LOADED = new Set(['barbell', 'trap-bar', 'ez-bar', 'dumbbell', 'kettlebell', 'wall-ball', 'sandbag', 'med-ball', 'sled', 'cable', 'machine']);

function modality(exercise: Exercise | undefined): Modality {
  if (!exercise) return 'G';
  if (exercise.movementPattern === 'cyclical' || ['running', 'cycling', 'rowing', 'skierg', 'swimming'].includes(exercise.discipline)) return 'M';
  if (exercise.equipment.some((e) => LOADED.has(e))) return 'W';
  return 'G';
}

function functionalAnalysis(prescription: Prescription, locale: Locale): CoachAnalysis {
  const items = itemsOf(prescription).filter((item) => item.block.kind !== 'warmup' && item.block.kind !== 'cooldown');
  const time: Record<Modality, number> = { M: 0, G: 0, W: 0 };
  const names: Record<Modality, string[]> = { M: [], G: [], W: [] };
  for (const item of items) {
    const m = modality(item.exercise);
    time[m] += item.entry.sets.reduce((sum, set) => sum + setWorkSec(set, item.exercise), 0) * item.rounds;
    if (!names[m].includes(nameOf(item, locale))) names[m].push(nameOf(item, locale));
  }
  const total = time.M + time.G + time.W;
  const label = (m: Modality) =>
    ({ M: tr(locale, 'monostructural', 'monostructurel'), G: tr(locale, 'gymnastics', 'gymnastique'), W: tr(locale, 'weightlifting', 'haltérophilie/charges') })[m];
  const present = (['M', 'G', 'W'] as const).filter((m) => names[m].length > 0);
  const missing = (['M', 'G', 'W'] as const).filter((m) => names[m].length === 0);
  const modalBalance = sentences([
    present.map((m) => `${label(m)} ${pct(time[m], total)} % (${names[m].slice(0, 4).join(', ')})`).join('; ') + '.',
    missing.length === 0
      ? tr(locale, 'All three modalities are present: a balanced mixed-modal piece.', 'Les trois modalités sont présentes : une pièce mixte équilibrée.')
      : tr(locale, `No ${missing.map(label).join(' or ')} today: cover it in the next sessions of the week.`, `Pas de ${missing.map(label).join(' ni de ')} aujourd’hui : à couvrir dans les prochaines séances de la semaine.`),
  ]);
  const fields = prescription.coachFields.coach === 'functional' ? prescription.coachFields : null;
  const options = (fields?.scalingOptions ?? []).map((o) => `${o.level.toUpperCase()}: ${o.description}`);
  const perExercise = items.filter((item) => item.entry.scaling).map((item) => `${nameOf(item, locale)} — ${item.entry.scaling}`);
  const scalingGuidance = sentences([
    fields?.stimulus ? tr(locale, `Intended stimulus: ${fields.stimulus}`, `Stimulus visé : ${fields.stimulus}`) : null,
    options.length ? options.join(' ') : null,
    perExercise.length ? perExercise.slice(0, 6).join('; ') + '.' : null,
    tr(
      locale,
      'Scale load, reps or movement so you keep moving at the intended pace; reduce reps before removing rounds, and keep the time caps.',
      'Adaptez la charge, les répétitions ou le mouvement pour garder le rythme visé ; réduisez les répétitions avant les tours, et respectez les time caps.',
    ),
  ]);
  return { coach: 'functional', modalBalance, scalingGuidance };
}

// ---------------------------------------------------------------------------------------------
// Calisthenics: skill path and push/pull balance

const PUSH = new Set(['horizontal-push', 'vertical-push']);
const PULL = new Set(['horizontal-pull', 'vertical-pull']);

function calisthenicsAnalysis(prescription: Prescription, locale: Locale): CoachAnalysis {
  const items = itemsOf(prescription);
  const fields = prescription.coachFields.coach === 'calisthenics' ? prescription.coachFields : null;
  const levels =
    fields && fields.progressionLevels.length
      ? fields.progressionLevels.map((p) => ({ exerciseId: p.exerciseId }))
      : items.filter((item) => chainOf(item.entry.exerciseId)).map((item) => ({ exerciseId: item.entry.exerciseId }));
  const seen = new Set<string>();
  const steps: string[] = [];
  for (const { exerciseId } of levels) {
    const position = chainOf(exerciseId);
    if (!position || seen.has(position.chain.id)) continue;
    seen.add(position.chain.id);
    const chain = progressionChains.find((c) => c.id === position.chain.id) ?? position.chain;
    const current = getExercise(exerciseId)?.name[locale] ?? exerciseId;
    const nextId = chain.ids[position.index + 1];
    const next = nextId ? (getExercise(nextId)?.name[locale] ?? nextId) : null;
    steps.push(
      next
        ? tr(locale, `${chain.name.en}: step ${position.index + 1}/${chain.ids.length} (${current}) → next: ${next}`, `${chain.name.fr} : étape ${position.index + 1}/${chain.ids.length} (${current}) → suivante : ${next}`)
        : tr(locale, `${chain.name.en}: top of the chain (${current}), build volume and quality`, `${chain.name.fr} : sommet de la progression (${current}), travaillez volume et qualité`),
    );
  }
  const skillProgressionPath = sentences([
    fields?.skillFocus ? tr(locale, `Skill focus: ${fields.skillFocus}.`, `Objectif technique : ${fields.skillFocus}.`) : null,
    steps.length ? `${steps.join('; ')}.` : tr(locale, 'No progression chain in this session.', 'Pas de chaîne de progression dans cette séance.'),
    tr(
      locale,
      'Move to the next step when you own the current one: all prescribed sets clean, with 1–2 reps (or 3–5 s of hold) to spare.',
      'Passez à l’étape suivante quand l’actuelle est maîtrisée : toutes les séries propres, avec 1 à 2 répétitions (ou 3 à 5 s de maintien) en réserve.',
    ),
  ]);
  let push = 0;
  let pull = 0;
  for (const item of items) {
    if (item.block.kind === 'warmup' || item.block.kind === 'cooldown') continue;
    const pattern = item.exercise?.movementPattern ?? '';
    const sets = item.entry.sets.filter((s) => s.type !== 'warmup').length * item.rounds;
    if (PUSH.has(pattern)) push += sets;
    if (PULL.has(pattern)) pull += sets;
  }
  const ratio = pull > 0 ? push / pull : null;
  const pushPullRatio = sentences([
    tr(locale, `${push} pushing sets, ${pull} pulling sets`, `${push} séries de poussée, ${pull} séries de tirage`) +
      (ratio != null ? tr(locale, ` (ratio ${fmt(locale, ratio, 2)}).`, ` (ratio ${fmt(locale, ratio, 2)}).`) : '.'),
    ratio == null
      ? push > 0
        ? tr(locale, 'No pulling today: balance it with rows or pull-ups in the next session.', 'Pas de tirage aujourd’hui : équilibrez avec des tractions ou des rowings à la prochaine séance.')
        : tr(locale, 'No upper-body pushing or pulling today.', 'Ni poussée ni tirage du haut du corps aujourd’hui.')
      : ratio > 1.25
        ? tr(locale, 'Push-dominant: add pulling volume over the week to protect the shoulders.', 'Dominante poussée : ajoutez du tirage sur la semaine pour protéger les épaules.')
        : ratio < 0.8
          ? tr(locale, 'Pull-dominant: good for shoulder health; keep pushing volume in the week.', 'Dominante tirage : bon pour les épaules ; gardez du volume de poussée dans la semaine.')
          : tr(locale, 'Balanced: close to the 1:1 target.', 'Équilibré : proche de l’objectif 1:1.'),
  ]);
  return { coach: 'calisthenics', skillProgressionPath, pushPullRatio };
}

// ---------------------------------------------------------------------------------------------
// Competitions: station timing and transitions

function competitionsAnalysis(prescription: Prescription, locale: Locale): CoachAnalysis {
  const fields = prescription.coachFields.coach === 'competitions' ? prescription.coachFields : null;
  const items = itemsOf(prescription).filter((item) => item.block.kind !== 'warmup' && item.block.kind !== 'cooldown');
  const stations =
    fields && fields.stations.length
      ? fields.stations.map((s) => ({ name: getExercise(s.exerciseId)?.name[locale] ?? s.exerciseId, sec: s.targetSplitSec }))
      : items
          .filter((item) => item.exercise?.discipline !== 'running')
          .map((item) => ({ name: nameOf(item, locale), sec: item.entry.sets.reduce((sum, set) => sum + setWorkSec(set, item.exercise), 0) }));
  const runs = fields && fields.runSplits.length ? fields.runSplits : [];
  const stationTotal = stations.reduce((sum, s) => sum + s.sec, 0);
  const runTotal = runs.reduce((sum, r) => sum + r.targetSec, 0);
  const slowest = [...stations].sort((a, b) => b.sec - a.sec)[0];
  const stationTiming = sentences([
    stations.length ? `${stations.map((s) => `${s.name} ${mmss(s.sec)}`).join('; ')}.` : tr(locale, 'No stations in this session.', 'Pas de stations dans cette séance.'),
    runs.length ? tr(locale, `Runs: ${runs.length} × ${mmss(runTotal / runs.length)} on average (${mmss(runTotal)} in total).`, `Course : ${runs.length} × ${mmss(runTotal / runs.length)} en moyenne (${mmss(runTotal)} au total).`) : null,
    tr(locale, `Stations ${mmss(stationTotal)}`, `Stations ${mmss(stationTotal)}`) + (fields?.totalTargetSec ? tr(locale, `, session target ${mmss(fields.totalTargetSec)}.`, `, objectif de séance ${mmss(fields.totalTargetSec)}.`) : '.'),
    slowest ? tr(locale, `${slowest.name} is the longest station: pace it evenly rather than starting hard.`, `${slowest.name} est la station la plus longue : gérez-la régulièrement plutôt que de partir fort.`) : null,
  ]);
  const transitions = Math.max(0, stations.length + runs.length - 1);
  const transitionStrategy = sentences([
    tr(locale, `${transitions} transitions today.`, `${transitions} transitions aujourd’hui.`),
    tr(
      locale,
      'Walk or jog into each station while you take two slow breaths, know the next movement before you arrive, and leave the station at a controlled jog for the first 100 m so the legs recover.',
      'Entrez dans chaque station en marchant ou en trottinant avec deux respirations lentes, connaissez le mouvement suivant avant d’arriver, et repartez en footing contrôlé sur les 100 premiers mètres pour laisser récupérer les jambes.',
    ),
    tr(locale, 'Target under 30 s per transition; time lost standing still costs more than a slightly slower station.', 'Visez moins de 30 s par transition ; le temps perdu à l’arrêt coûte plus qu’une station un peu plus lente.'),
  ]);
  return { coach: 'competitions', stationTiming, transitionStrategy };
}

/** The session coach's own analysis of the whole prescription (pure). */
export function coachAnalysis(prescription: Prescription, locale: Locale): CoachAnalysis {
  switch (prescription.coach) {
    case 'force':
      return forceAnalysis(prescription, locale);
    case 'endurance':
      return enduranceAnalysis(prescription, locale);
    case 'functional':
      return functionalAnalysis(prescription, locale);
    case 'calisthenics':
      return calisthenicsAnalysis(prescription, locale);
    case 'competitions':
      return competitionsAnalysis(prescription, locale);
  }
}
