import type { Discipline } from '../catalog/schema';
import type { InsightsContent, ProgressionContent } from './content';
import type { Imbalance, Severity, TrainingMetrics, WeakPoint } from './metrics';

/**
 * The offline analyst: writes Conseils and Progression from the computed numbers, in the athlete's
 * language, with the athlete's own figures in every sentence. Deterministic, no AI, no cost: used
 * with no OpenAI key, over the AI budget, on any OpenAI failure, and for athletes with no session yet.
 */

export type Locale = 'en' | 'fr';
/** The exercise's name in the athlete's language (the catalog's), the id when unknown. */
export type NameOf = (exerciseId: string) => string;

const DISCIPLINE: Readonly<Record<Locale, Record<Discipline, string>>> = {
  en: { strength: 'strength', running: 'running', cycling: 'cycling', rowing: 'rowing', skierg: 'SkiErg', swimming: 'swimming', metcon: 'metcon', calisthenics: 'calisthenics', hyrox: 'HYROX', mobility: 'mobility' },
  fr: { strength: 'musculation', running: 'course à pied', cycling: 'vélo', rowing: 'aviron', skierg: 'SkiErg', swimming: 'natation', metcon: 'metcon', calisthenics: 'calisthenics', hyrox: 'HYROX', mobility: 'mobilité' },
};

function numberFormat(locale: Locale) {
  const formats = new Map<number, Intl.NumberFormat>();
  return (value: number, decimals = 0) => {
    let format = formats.get(decimals);
    if (!format) formats.set(decimals, (format = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: decimals, minimumFractionDigits: 0 })));
    return format.format(value);
  };
}

const signed = (n: string, value: number) => (value > 0 ? `+${n}` : n);
const pace = (secPerKm: number) => `${Math.floor(secPerKm / 60)}:${String(Math.round(secPerKm % 60)).padStart(2, '0')}`;

/** A recommendation before it is numbered. */
interface Advice {
  key: string;
  title: string;
  description: string;
  category: string;
  priority: Severity;
  /** A short imperative line (Progression's three recommendations). */
  short: string;
  /** A focus area for next week. */
  focus?: string;
}

interface Words {
  nf: ReturnType<typeof numberFormat>;
  d: (discipline: Discipline) => string;
}

function words(locale: Locale): Words {
  const nf = numberFormat(locale);
  return { nf, d: (discipline) => DISCIPLINE[locale][discipline] };
}

/** Every piece of advice the numbers call for, most important first. */
function adviceFrom(m: TrainingMetrics, locale: Locale, nameOf: NameOf): Advice[] {
  const { nf } = words(locale);
  const fr = locale === 'fr';
  const list: Advice[] = [];
  const { acwr, monotony, fitness } = m.load;
  const perWeek = m.trends.consistency.sessionsPerWeek;

  if (acwr.flag === 'very_high' || acwr.flag === 'high') {
    const ratio = acwr.ratio !== null ? nf(acwr.ratio, 2) : null;
    list.push({
      key: 'ease-load',
      category: 'recovery',
      priority: acwr.flag === 'very_high' ? 'high' : 'medium',
      title: fr ? 'Allégez la charge cette semaine' : 'Ease the load this week',
      description: fr
        ? `Votre charge des 7 derniers jours (${nf(acwr.acuteLoad)} UA) vaut ${ratio ? `${ratio} fois` : 'bien plus que'} votre moyenne hebdomadaire des 4 semaines d’avant (${nf(acwr.chronicWeeklyLoad)} UA). Au-delà de 1,3 le risque de blessure monte : gardez vos 2 prochaines séances faciles (RPE 5–6) ou raccourcissez-les d’un tiers.`
        : `Your load over the last 7 days (${nf(acwr.acuteLoad)} AU) is ${ratio ? `${ratio} times` : 'far above'} your weekly average of the 4 weeks before (${nf(acwr.chronicWeeklyLoad)} AU). Above 1.3 injury risk rises: keep your next 2 sessions easy (RPE 5–6) or cut them by a third.`,
      short: fr ? `Gardez vos 2 prochaines séances faciles (RPE 5–6) : charge à ${ratio ?? 'un pic'} de l’habituel.` : `Keep your next 2 sessions easy (RPE 5–6): load is ${ratio ? `${ratio}×` : 'far above'} your usual.`,
      focus: fr ? 'Récupération' : 'Recovery',
    });
  } else if (acwr.flag === 'low' && acwr.ratio !== null) {
    list.push({
      key: 'rebuild-load',
      category: 'load',
      priority: 'medium',
      title: fr ? 'Reprenez progressivement' : 'Build back up gradually',
      description: fr
        ? `Cette semaine (${nf(acwr.acuteLoad)} UA) ne représente que ${nf(acwr.ratio * 100)} % de votre semaine habituelle (${nf(acwr.chronicWeeklyLoad)} UA). Ajoutez une séance ou 10–15 min par séance pour revenir vers 0,8–1,3 sans brûler les étapes.`
        : `This week (${nf(acwr.acuteLoad)} AU) is only ${nf(acwr.ratio * 100)} % of your usual week (${nf(acwr.chronicWeeklyLoad)} AU). Add one session or 10–15 min per session to get back to 0.8–1.3 without rushing it.`,
      short: fr ? `Ajoutez une séance ou 10–15 min par séance : cette semaine est à ${nf(acwr.ratio * 100)} % de l’habituel.` : `Add a session or 10–15 min per session: this week is at ${nf(acwr.ratio * 100)} % of your usual.`,
      focus: fr ? 'Volume' : 'Volume',
    });
  }

  if (fitness.tsb < -20 && m.sessionsAnalyzed >= 4) {
    list.push({
      key: 'fatigue',
      category: 'recovery',
      priority: fitness.tsb < -35 ? 'high' : 'medium',
      title: fr ? 'Faites baisser la fatigue' : 'Let fatigue come down',
      description: fr
        ? `Votre fatigue (ATL ${nf(fitness.atl)}) dépasse nettement votre forme de fond (CTL ${nf(fitness.ctl)}) : fraîcheur (TSB) à ${nf(fitness.tsb)}. Placez une journée de repos complète et une séance légère avant le prochain effort dur.`
        : `Your fatigue (ATL ${nf(fitness.atl)}) is well above your fitness (CTL ${nf(fitness.ctl)}): form (TSB) is ${nf(fitness.tsb)}. Put in a full rest day and one light session before the next hard effort.`,
      short: fr ? `Un jour de repos complet puis une séance légère : fraîcheur (TSB) à ${nf(fitness.tsb)}.` : `One full rest day, then a light session: form (TSB) is ${nf(fitness.tsb)}.`,
      focus: fr ? 'Récupération' : 'Recovery',
    });
  }

  if (monotony.monotony !== null && monotony.monotony > 2 && m.sessionsAnalyzed >= 4) {
    list.push({
      key: 'vary-days',
      category: 'recovery',
      priority: 'medium',
      title: fr ? 'Alternez jours durs et faciles' : 'Alternate hard and easy days',
      description: fr
        ? `La monotonie de votre semaine est de ${nf(monotony.monotony, 1)} (au-dessus de 2, les jours se ressemblent trop) pour une contrainte de ${nf(monotony.strain ?? 0)} UA. Faites suivre chaque séance dure d’une séance facile ou d’un repos.`
        : `Your week's monotony is ${nf(monotony.monotony, 1)} (above 2 the days are too alike) for a strain of ${nf(monotony.strain ?? 0)} AU. Follow each hard session with an easy one or a rest day.`,
      short: fr ? `Faites suivre chaque séance dure d’une séance facile (monotonie ${nf(monotony.monotony, 1)}).` : `Follow each hard session with an easy one (monotony ${nf(monotony.monotony, 1)}).`,
    });
  }

  const { consistency } = m.trends;
  if (consistency.weeks >= 3 && consistency.percentage < 75) {
    list.push({
      key: 'consistency',
      category: 'consistency',
      priority: consistency.percentage < 50 ? 'high' : 'medium',
      title: fr ? 'Fixez vos jours d’entraînement' : 'Fix your training days',
      description: fr
        ? `Vous avez eu au moins une séance ${consistency.activeWeeks} semaines sur ${consistency.weeks} (${consistency.percentage} %). Bloquez 2 créneaux fixes par semaine dans votre agenda : la régularité fait plus progresser que les grosses semaines isolées.`
        : `You trained in ${consistency.activeWeeks} of ${consistency.weeks} weeks (${consistency.percentage} %). Block 2 fixed slots a week in your calendar: regular weeks build more than the odd big one.`,
      short: fr ? `Bloquez 2 créneaux fixes par semaine (${consistency.activeWeeks} semaines actives sur ${consistency.weeks}).` : `Block 2 fixed slots a week (${consistency.activeWeeks} active weeks of ${consistency.weeks}).`,
      focus: fr ? 'Régularité' : 'Consistency',
    });
  }

  for (const imbalance of m.imbalances) list.push(imbalanceAdvice(imbalance, locale));

  const weak = m.weakPoints[0];
  if (weak) list.push(weakPointAdvice(weak, locale, nameOf));

  const { intensity, volume } = m.trends;
  if (intensity.recentAvgRpe !== null && intensity.recentAvgRpe >= 8) {
    list.push({
      key: 'intensity',
      category: 'intensity',
      priority: 'medium',
      title: fr ? 'Gardez de la marge sur la plupart des séances' : 'Keep most sessions below your limit',
      description: fr
        ? `Votre RPE moyen récent est de ${nf(intensity.recentAvgRpe, 1)}/10${intensity.previousAvgRpe !== null ? ` (contre ${nf(intensity.previousAvgRpe, 1)} avant)` : ''}. Visez RPE 6–7 sur deux séances sur trois et gardez les efforts à 8–9 pour une seule séance par semaine.`
        : `Your recent average RPE is ${nf(intensity.recentAvgRpe, 1)}/10${intensity.previousAvgRpe !== null ? ` (from ${nf(intensity.previousAvgRpe, 1)} before)` : ''}. Aim for RPE 6–7 in two sessions out of three and keep 8–9 efforts to one session a week.`,
      short: fr ? `Visez RPE 6–7 sur deux séances sur trois (moyenne récente ${nf(intensity.recentAvgRpe, 1)}).` : `Aim for RPE 6–7 in two sessions out of three (recent average ${nf(intensity.recentAvgRpe, 1)}).`,
      focus: fr ? 'Intensité maîtrisée' : 'Controlled intensity',
    });
  }
  if (volume.trend === 'up' && volume.percentage > 30 && volume.previousWeekly > 0) {
    list.push({
      key: 'volume-jump',
      category: 'load',
      priority: 'medium',
      title: fr ? 'Stabilisez le volume avant d’en rajouter' : 'Hold volume before adding more',
      description: fr
        ? `Votre volume hebdomadaire a augmenté de ${volume.percentage} % (${nf(volume.previousWeekly)} → ${nf(volume.recentWeekly)} ${volume.measure === 'kg' ? 'kg' : 'min'}). Restez à ce niveau 2 semaines avant la prochaine hausse, de 10 % au plus.`
        : `Your weekly volume rose ${volume.percentage} % (${nf(volume.previousWeekly)} → ${nf(volume.recentWeekly)} ${volume.measure === 'kg' ? 'kg' : 'min'}). Stay at this level for 2 weeks before the next rise, 10 % at most.`,
      short: fr ? `Restez à ${nf(volume.recentWeekly)} ${volume.measure === 'kg' ? 'kg' : 'min'} par semaine 2 semaines avant d’augmenter.` : `Stay at ${nf(volume.recentWeekly)} ${volume.measure === 'kg' ? 'kg' : 'min'} a week for 2 weeks before adding more.`,
    });
  } else if (volume.trend === 'down' && volume.percentage < -20) {
    list.push({
      key: 'volume-drop',
      category: 'load',
      priority: 'medium',
      title: fr ? 'Remontez le volume' : 'Rebuild your volume',
      description: fr
        ? `Votre volume hebdomadaire a baissé de ${Math.abs(volume.percentage)} % (${nf(volume.previousWeekly)} → ${nf(volume.recentWeekly)} ${volume.measure === 'kg' ? 'kg' : 'min'}). Ajoutez une série par exercice principal chaque semaine jusqu’à retrouver votre niveau.`
        : `Your weekly volume fell ${Math.abs(volume.percentage)} % (${nf(volume.previousWeekly)} → ${nf(volume.recentWeekly)} ${volume.measure === 'kg' ? 'kg' : 'min'}). Add one set per main exercise each week until you are back to your level.`,
      short: fr ? `Ajoutez une série par exercice principal chaque semaine (volume ${signed(nf(volume.percentage), volume.percentage)} %).` : `Add one set per main exercise each week (volume ${signed(nf(volume.percentage), volume.percentage)} %).`,
      focus: fr ? 'Volume' : 'Volume',
    });
  }

  if (m.totals.avgRpe === null && m.sessionsAnalyzed > 0) {
    list.push({
      key: 'log-rpe',
      category: 'tracking',
      priority: 'low',
      title: fr ? 'Notez l’effort (RPE) de vos séances' : 'Rate your sessions (RPE)',
      description: fr
        ? `Aucune de vos ${m.sessionsAnalyzed} séances n’a de RPE : sans lui, la charge (RPE × minutes), l’ACWR et la fatigue ne peuvent pas être calculés. Donnez une note de 1 à 10 en fin de séance.`
        : `None of your ${m.sessionsAnalyzed} sessions has an RPE: without it, load (RPE × minutes), ACWR and fatigue cannot be computed. Give a 1–10 rating when you finish.`,
      short: fr ? 'Notez le RPE (1–10) à la fin de chaque séance pour suivre votre charge.' : 'Rate RPE (1–10) at the end of each session to track your load.',
    });
  }

  // Always something to do: keep the rhythm that works.
  list.push({
    key: 'keep-rhythm',
    category: 'consistency',
    priority: 'low',
    title: fr ? 'Gardez votre rythme' : 'Keep your rhythm',
    description: fr
      ? `Vous tenez ${nf(perWeek, 1)} séance${perWeek >= 2 ? 's' : ''} par semaine sur ${m.trends.consistency.weeks} semaine${m.trends.consistency.weeks > 1 ? 's' : ''}. Gardez ce rythme et préparez chaque séance avec un coach pour que la surcharge progressive parte de vos dernières performances.`
      : `You are doing ${nf(perWeek, 1)} session${perWeek === 1 ? '' : 's'} a week over ${m.trends.consistency.weeks} week${m.trends.consistency.weeks > 1 ? 's' : ''}. Keep it up and prepare each session with a coach so progressive overload starts from your last performances.`,
    short: fr ? `Gardez ${nf(Math.max(2, Math.round(perWeek)))} séances par semaine, préparées avec un coach.` : `Keep ${nf(Math.max(2, Math.round(perWeek)))} sessions a week, prepared with a coach.`,
  });
  const top = m.disciplines[0];
  if (top) {
    list.push({
      key: 'mobility',
      category: 'mobility',
      priority: 'low',
      title: fr ? 'Ajoutez 10 minutes de mobilité' : 'Add 10 minutes of mobility',
      description: fr
        ? `Après vos séances de ${words(locale).d(top.discipline)} (${top.sessions} sur ${m.sessionsAnalyzed}), 10 minutes de mobilité des hanches, des épaules et de la colonne entretiennent l’amplitude dont vos mouvements ont besoin.`
        : `After your ${words(locale).d(top.discipline)} sessions (${top.sessions} of ${m.sessionsAnalyzed}), 10 minutes of hip, shoulder and spine mobility keep the range your movements need.`,
      short: fr ? 'Finissez deux séances par semaine par 10 minutes de mobilité.' : 'Finish two sessions a week with 10 minutes of mobility.',
      focus: fr ? 'Mobilité' : 'Mobility',
    });
  }
  list.push({
    key: 'beat-one-number',
    category: 'progression',
    priority: 'low',
    title: fr ? 'Battez un chiffre par semaine' : 'Beat one number a week',
    description: fr
      ? `Sur vos ${m.sessionsAnalyzed} séances, choisissez chaque semaine un chiffre à battre (une répétition, 2,5 kg, quelques secondes) sur un exercice que vous refaites : la progression vient de ces petits pas.`
      : `Across your ${m.sessionsAnalyzed} sessions, pick one number to beat each week (one rep, 2.5 kg, a few seconds) on an exercise you repeat: progress comes from these small steps.`,
    short: fr ? 'Chaque semaine, battez un chiffre (1 rép., 2,5 kg ou quelques secondes).' : 'Each week, beat one number (1 rep, 2.5 kg or a few seconds).',
  });
  const seen = new Set<string>();
  return list.filter((a) => (seen.has(a.key) ? false : (seen.add(a.key), true)));
}

function imbalanceAdvice(i: Imbalance, locale: Locale): Advice {
  const fr = locale === 'fr';
  const { nf, d } = words(locale);
  if (i.kind === 'push_pull') {
    const pushHeavy = i.second === 0 || (i.ratio !== null && i.ratio > 1);
    return {
      key: 'push-pull',
      category: 'balance',
      priority: i.severity,
      title: pushHeavy ? (fr ? 'Tirez autant que vous poussez' : 'Pull as much as you push') : fr ? 'Rééquilibrez avec du poussé' : 'Balance it with pushing',
      description: fr
        ? `${i.first} séries de poussée pour ${i.second} de tirage. Ajoutez ${pushHeavy ? 'des tirages (rowing, tractions, face pulls)' : 'des poussées (pompes, développé, dips)'} jusqu’à un rapport proche de 1:1, pour protéger les épaules.`
        : `${i.first} pushing sets for ${i.second} pulling sets. Add ${pushHeavy ? 'pulls (rows, pull-ups, face pulls)' : 'presses (push-ups, bench or overhead press, dips)'} until the ratio is close to 1:1, to protect your shoulders.`,
      short: pushHeavy
        ? fr ? `Ajoutez 3–4 séries de tirage par séance (poussée ${i.first} / tirage ${i.second}).` : `Add 3–4 pulling sets per session (push ${i.first} / pull ${i.second}).`
        : fr ? `Ajoutez 3–4 séries de poussée par séance (poussée ${i.first} / tirage ${i.second}).` : `Add 3–4 pushing sets per session (push ${i.first} / pull ${i.second}).`,
      focus: pushHeavy ? (fr ? 'Tirage (dos)' : 'Pulling (back)') : fr ? 'Poussée' : 'Pushing',
    };
  }
  if (i.kind === 'upper_lower') {
    const upperHeavy = i.second === 0 || (i.ratio !== null && i.ratio > 1);
    return {
      key: 'upper-lower',
      category: 'balance',
      priority: i.severity,
      title: upperHeavy ? (fr ? 'Donnez leur place aux jambes' : 'Give your legs their share') : fr ? 'N’oubliez pas le haut du corps' : 'Do not skip the upper body',
      description: fr
        ? `${i.first} séries pour le haut du corps contre ${i.second} pour le bas (squat, soulevé, fentes)${i.ratio !== null ? `, un rapport de ${nf(i.ratio, 1)}` : ''}. Programmez ${upperHeavy ? 'un mouvement de jambes en début de chaque séance' : 'un tirage et une poussée dans chaque séance'}.`
        : `${i.first} upper-body sets against ${i.second} for the lower body (squat, hinge, lunge)${i.ratio !== null ? `, a ratio of ${nf(i.ratio, 1)}` : ''}. Program ${upperHeavy ? 'a leg movement at the start of every session' : 'a pull and a press in every session'}.`,
      short: upperHeavy ? (fr ? 'Commencez chaque séance par un squat, un soulevé ou des fentes.' : 'Start each session with a squat, hinge or lunge.') : fr ? 'Ajoutez un tirage et une poussée à chaque séance.' : 'Add a pull and a press to each session.',
      focus: upperHeavy ? (fr ? 'Bas du corps' : 'Lower body') : fr ? 'Haut du corps' : 'Upper body',
    };
  }
  const discipline = i.discipline ?? 'strength';
  const complement = discipline === 'strength' || discipline === 'calisthenics' ? (fr ? 'une séance d’endurance facile (course, vélo ou rameur)' : 'an easy endurance session (run, bike or rower)') : fr ? 'une séance de renforcement (force ou poids du corps)' : 'a strength session (weights or bodyweight)';
  return {
    key: 'discipline-mix',
    category: 'balance',
    priority: i.severity,
    title: fr ? 'Variez les disciplines' : 'Mix in another discipline',
    description: fr
      ? `${i.first} de vos ${i.second} séances sont en ${d(discipline)} (${nf((i.ratio ?? 1) * 100)} %). Remplacez une séance toutes les deux semaines par ${complement} : un athlète plus complet se blesse moins.`
      : `${i.first} of your ${i.second} sessions are ${d(discipline)} (${nf((i.ratio ?? 1) * 100)} %). Swap one session every two weeks for ${complement}: a rounder athlete gets injured less.`,
    short: fr ? `Remplacez une séance sur quatre par ${complement}.` : `Swap one session in four for ${complement}.`,
    focus: fr ? 'Variété' : 'Variety',
  };
}

function measureLabel(w: WeakPoint, locale: Locale): string {
  const fr = locale === 'fr';
  switch (w.measure) {
    case 'estimated_1rm':
      return fr ? '1RM estimé' : 'estimated 1RM';
    case 'best_pace':
      return fr ? 'allure' : 'pace';
    case 'max_reps':
      return fr ? 'nombre de répétitions' : 'reps';
    case 'longest_hold':
      return fr ? 'maintien' : 'hold';
  }
}

function measureText(w: WeakPoint, locale: Locale, value: number): string {
  const { nf } = words(locale);
  switch (w.measure) {
    case 'estimated_1rm':
      return `${nf(value, 1)} kg`;
    case 'best_pace':
      return `${pace(value)} /km`;
    case 'max_reps':
      return locale === 'fr' ? `${nf(value)} répétitions` : `${nf(value)} reps`;
    case 'longest_hold':
      return `${nf(value)} s`;
  }
}

function weakPointAdvice(w: WeakPoint, locale: Locale, nameOf: NameOf): Advice {
  const fr = locale === 'fr';
  const name = nameOf(w.exerciseId);
  return {
    key: 'plateau',
    category: 'progression',
    priority: w.regressing ? 'high' : 'medium',
    title: fr ? `Débloquez ${name}` : `Break the plateau on ${name}`,
    description: weakPointFix(w, locale, name),
    short: fr ? `${name} : ${plateauFix(w, locale)}` : `${name}: ${plateauFix(w, locale)}`,
    focus: name,
  };
}

function plateauFix(w: WeakPoint, locale: Locale): string {
  const fr = locale === 'fr';
  switch (w.measure) {
    case 'estimated_1rm':
      return fr ? 'baissez la charge de 10 % et remontez de 2,5 kg par semaine.' : 'drop the load 10 % and add 2.5 kg a week.';
    case 'best_pace':
      return fr ? 'une séance d’intervalles par semaine (5 × 3 min en zone 4).' : 'one interval session a week (5 × 3 min in zone 4).';
    case 'max_reps':
      return fr ? 'passez à une variante plus facile et faites plus de séries.' : 'switch to an easier variation and do more sets.';
    case 'longest_hold':
      return fr ? 'fractionnez le maintien en séries plus courtes et plus nombreuses.' : 'split the hold into more, shorter sets.';
  }
}

function weakPointFix(w: WeakPoint, locale: Locale, name: string): string {
  const fr = locale === 'fr';
  const best = measureText(w, locale, w.best);
  const latest = measureText(w, locale, w.latest);
  const since = fr
    ? `Votre meilleur ${w.measure === 'estimated_1rm' ? '1RM estimé' : w.measure === 'best_pace' ? 'allure' : 'résultat'} sur ${name} (${best}) date de ${w.weeksStalled} semaines et ${w.sessionsSince} séances${w.regressing ? `, et la dernière est en recul (${latest})` : ` (dernière : ${latest})`}.`
    : `Your best ${w.measure === 'estimated_1rm' ? 'estimated 1RM' : w.measure === 'best_pace' ? 'pace' : 'result'} on ${name} (${best}) is ${w.weeksStalled} weeks and ${w.sessionsSince} sessions old${w.regressing ? `, and the latest is lower (${latest})` : ` (latest: ${latest})`}.`;
  const fix = fr ? ` Pour relancer la progression : ${plateauFix(w, locale)}` : ` To get it moving again: ${plateauFix(w, locale)}`;
  return since + fix;
}

function trendWord(trend: 'up' | 'down' | 'stable', locale: Locale): string {
  if (locale === 'fr') return trend === 'up' ? 'en hausse' : trend === 'down' ? 'en baisse' : 'stable';
  return trend === 'up' ? 'up' : trend === 'down' ? 'down' : 'steady';
}

function disciplineLine(m: TrainingMetrics, locale: Locale): string {
  const { nf, d } = words(locale);
  const parts = m.disciplines.slice(0, 3).map((x) => `${d(x.discipline)} ${nf(x.share * 100)} %`);
  return parts.join(', ');
}

/** Conseils from the metrics of the last 90 days. */
export function analyseInsights(m: TrainingMetrics, locale: Locale, nameOf: NameOf): InsightsContent {
  if (m.sessionsAnalyzed === 0) return starterInsights(locale);
  const fr = locale === 'fr';
  const { nf, d } = words(locale);
  const { volume, intensity, consistency } = m.trends;
  const advice = adviceFrom(m, locale, nameOf);
  const top = m.disciplines[0]!;
  const unit = volume.measure === 'kg' ? 'kg' : 'min';
  const acwr = m.load.acwr;
  const summary = fr
    ? `${m.sessionsAnalyzed} séance${m.sessionsAnalyzed > 1 ? 's' : ''} en ${Math.round(m.windowDays / 7)} semaines (${nf(consistency.sessionsPerWeek, 1)} par semaine), surtout en ${d(top.discipline)}${m.totals.volumeKg > 0 ? `, ${nf(m.totals.volumeKg)} kg soulevés` : ''}${m.totals.distanceKm > 0 ? `, ${nf(m.totals.distanceKm, 1)} km parcourus` : ''}. Volume ${trendWord(volume.trend, locale)} (${signed(nf(volume.percentage), volume.percentage)} %)${intensity.avgRpe !== null ? `, RPE moyen ${nf(intensity.avgRpe, 1)}` : ''}${acwr.ratio !== null ? `, ACWR ${nf(acwr.ratio, 2)}` : ''}. Priorité : ${advice[0]!.title.toLowerCase()}.`
    : `${m.sessionsAnalyzed} session${m.sessionsAnalyzed > 1 ? 's' : ''} in ${Math.round(m.windowDays / 7)} weeks (${nf(consistency.sessionsPerWeek, 1)} a week), mostly ${d(top.discipline)}${m.totals.volumeKg > 0 ? `, ${nf(m.totals.volumeKg)} kg lifted` : ''}${m.totals.distanceKm > 0 ? `, ${nf(m.totals.distanceKm, 1)} km covered` : ''}. Volume ${trendWord(volume.trend, locale)} (${signed(nf(volume.percentage), volume.percentage)} %)${intensity.avgRpe !== null ? `, average RPE ${nf(intensity.avgRpe, 1)}` : ''}${acwr.ratio !== null ? `, ACWR ${nf(acwr.ratio, 2)}` : ''}. First priority: ${advice[0]!.title.toLowerCase()}.`;

  const volumeComment = fr
    ? `${nf(volume.recentWeekly)} ${unit} par semaine récemment contre ${nf(volume.previousWeekly)} ${unit} avant (${signed(nf(volume.percentage), volume.percentage)} %).`
    : `${nf(volume.recentWeekly)} ${unit} a week lately against ${nf(volume.previousWeekly)} ${unit} before (${signed(nf(volume.percentage), volume.percentage)} %).`;
  const intensityComment =
    intensity.avgRpe === null
      ? fr ? 'Aucun RPE noté : notez l’effort de chaque séance pour suivre l’intensité.' : 'No RPE logged: rate each session to follow intensity.'
      : fr
        ? `RPE moyen ${nf(intensity.avgRpe, 1)}/10${intensity.recentAvgRpe !== null && intensity.previousAvgRpe !== null ? ` (${nf(intensity.previousAvgRpe, 1)} → ${nf(intensity.recentAvgRpe, 1)})` : ''}.`
        : `Average RPE ${nf(intensity.avgRpe, 1)}/10${intensity.recentAvgRpe !== null && intensity.previousAvgRpe !== null ? ` (${nf(intensity.previousAvgRpe, 1)} → ${nf(intensity.recentAvgRpe, 1)})` : ''}.`;
  const consistencyComment = fr
    ? `Au moins une séance ${consistency.activeWeeks} semaine${consistency.activeWeeks > 1 ? 's' : ''} sur ${consistency.weeks}, ${nf(consistency.sessionsPerWeek, 1)} séance${consistency.sessionsPerWeek >= 2 ? 's' : ''} par semaine en moyenne.`
    : `Trained in ${consistency.activeWeeks} of ${consistency.weeks} weeks, ${nf(consistency.sessionsPerWeek, 1)} session${consistency.sessionsPerWeek === 1 ? '' : 's'} a week on average.`;

  const imbalances = m.imbalances.map((i) => ({ type: imbalanceType(i, locale), description: imbalanceAdvice(i, locale).description, severity: i.severity }));
  const weakPoints = m.weakPoints.map((w) => {
    const name = nameOf(w.exerciseId);
    return {
      exercise: name,
      issue: fr
        ? `Meilleur ${measureLabel(w, locale)} : ${measureText(w, locale, w.best)} il y a ${w.weeksStalled} semaines, pas dépassé en ${w.sessionsSince} séances${w.regressing ? ` ; dernière : ${measureText(w, locale, w.latest)}` : ''}.`
        : `Best ${measureLabel(w, locale)}: ${measureText(w, locale, w.best)} ${w.weeksStalled} weeks ago, not beaten in ${w.sessionsSince} sessions${w.regressing ? `; latest: ${measureText(w, locale, w.latest)}` : ''}.`,
      recommendation: plateauFix(w, locale).replace(/^./, (c) => c.toUpperCase()),
    };
  });
  const recommendations = advice.slice(0, 5).map((a, index) => ({ id: `rec-${index + 1}-${a.key}`, title: a.title, description: a.description, category: a.category, priority: a.priority, actionable: true }));
  return { summary, progressionTrends: { volume: { trend: volume.trend, percentage: volume.percentage, comment: volumeComment }, intensity: { trend: intensity.trend, avgRpe: intensity.avgRpe, comment: intensityComment }, consistency: { percentage: consistency.percentage, comment: consistencyComment } }, imbalances, weakPoints, recommendations, nextWeekFocus: nextWeek(m, advice, locale) };
}

function imbalanceType(i: Imbalance, locale: Locale): string {
  const fr = locale === 'fr';
  if (i.kind === 'push_pull') return fr ? 'Poussée / tirage' : 'Push / pull';
  if (i.kind === 'upper_lower') return fr ? 'Haut / bas du corps' : 'Upper / lower body';
  return fr ? 'Choix des disciplines' : 'Discipline mix';
}

function nextWeek(m: TrainingMetrics, advice: readonly Advice[], locale: Locale): InsightsContent['nextWeekFocus'] {
  const fr = locale === 'fr';
  const { acwr, fitness } = m.load;
  const recent = m.trends.sessions.recentWeekly || m.trends.consistency.sessionsPerWeek;
  let sessions = Math.min(6, Math.max(2, Math.round(recent)));
  const tired = acwr.flag === 'very_high' || acwr.flag === 'high' || fitness.tsb < -20;
  if (tired) sessions = Math.max(2, sessions - 1);
  else if (acwr.flag === 'low' || m.trends.consistency.percentage < 75) sessions = Math.min(6, Math.max(sessions, 3));
  const focusAreas = [...new Set(advice.map((a) => a.focus).filter((f): f is string => !!f))].slice(0, 4);
  const easy = tired ? 90 : 80;
  return {
    suggestedSessions: sessions,
    focusAreas: focusAreas.length ? focusAreas : [fr ? 'Régularité' : 'Consistency'],
    intensityDistribution: fr
      ? `${easy} % facile (RPE 5–6), ${100 - easy} % dur (RPE 8–9)${tired ? ' : fatigue à faire baisser' : ''}.`
      : `${easy} % easy (RPE 5–6), ${100 - easy} % hard (RPE 8–9)${tired ? ': fatigue needs to come down' : ''}.`,
    restDaysRecommended: Math.min(5, Math.max(1, 7 - sessions)),
  };
}

/** Scenario C: nothing to analyse yet. */
export function starterInsights(locale: Locale): InsightsContent {
  const fr = locale === 'fr';
  return {
    summary: fr
      ? 'Aucune séance d’entraînement terminée ces 90 derniers jours. Terminez votre première séance : Conseils analysera votre volume, votre intensité et votre régularité dès qu’elle sera enregistrée.'
      : 'No completed training session in the last 90 days yet. Finish your first session: Conseils will analyse your volume, intensity and consistency as soon as it is logged.',
    progressionTrends: {
      volume: { trend: 'stable', percentage: 0, comment: fr ? 'Pas encore de volume enregistré.' : 'No volume logged yet.' },
      intensity: { trend: 'stable', avgRpe: null, comment: fr ? 'Notez l’effort (RPE 1–10) à la fin de chaque séance.' : 'Rate the effort (RPE 1–10) at the end of each session.' },
      consistency: { percentage: 0, comment: fr ? 'Deux séances par semaine suffisent pour démarrer.' : 'Two sessions a week are enough to start.' },
    },
    imbalances: [],
    weakPoints: [],
    recommendations: [
      {
        id: 'start-1-first-session',
        title: fr ? 'Demandez votre première séance à un coach' : 'Ask a coach for your first session',
        description: fr
          ? 'Choisissez un coach, votre matériel et le temps dont vous disposez : il écrit une séance adaptée à votre niveau.'
          : 'Pick a coach, your equipment and the time you have: it writes a session for your level.',
        category: 'getting_started',
        priority: 'high',
        actionable: true,
      },
      {
        id: 'start-2-log-sets',
        title: fr ? 'Enregistrez chaque série' : 'Log every set',
        description: fr
          ? 'Charges, répétitions, durées et distances enregistrées permettent de calculer vos records et votre progression.'
          : 'Logged loads, reps, times and distances are what your records and progression are computed from.',
        category: 'tracking',
        priority: 'medium',
        actionable: true,
      },
      {
        id: 'start-3-two-a-week',
        title: fr ? 'Visez deux séances par semaine' : 'Aim for two sessions a week',
        description: fr
          ? 'Deux séances régulières par semaine pendant un mois donnent assez de données pour une première analyse précise.'
          : 'Two regular sessions a week for a month give enough data for a first detailed analysis.',
        category: 'consistency',
        priority: 'medium',
        actionable: true,
      },
    ],
    nextWeekFocus: {
      suggestedSessions: 2,
      focusAreas: [fr ? 'Première séance' : 'First session', fr ? 'Régularité' : 'Consistency'],
      intensityDistribution: fr ? '100 % modéré (RPE 5–7) pour commencer.' : '100 % moderate (RPE 5–7) to start.',
      restDaysRecommended: 5,
    },
  };
}

const PERIOD_NAME: Readonly<Record<Locale, Record<number, string>>> = {
  en: { 4: 'the last 4 weeks', 12: 'the last 12 weeks', 24: 'the last 24 weeks' },
  fr: { 4: 'les 4 dernières semaines', 12: 'les 12 dernières semaines', 24: 'les 24 dernières semaines' },
};

/** Progression for one period: exactly two paragraphs and three recommendations. */
export function analyseProgression(m: TrainingMetrics, weeks: number, locale: Locale, nameOf: NameOf): ProgressionContent {
  const fr = locale === 'fr';
  const { nf } = words(locale);
  const period = PERIOD_NAME[locale][weeks] ?? (fr ? `les ${weeks} dernières semaines` : `the last ${weeks} weeks`);
  if (m.sessionsAnalyzed === 0) {
    return {
      paragraph1: fr
        ? `Aucune séance terminée sur ${period} : il n’y a pas encore de progression à mesurer. Vos séances terminées apparaîtront ici semaine par semaine (volume, nombre de séances, RPE et charge).`
        : `No completed session over ${period}: there is no progression to measure yet. Your completed sessions will show here week by week (volume, session count, RPE and load).`,
      paragraph2: fr
        ? 'Commencez par deux séances par semaine préparées avec un coach, et notez l’effort (RPE) à la fin de chacune : dès la deuxième semaine, cette analyse comparera vos semaines entre elles.'
        : 'Start with two sessions a week prepared with a coach, and rate the effort (RPE) at the end of each: from the second week on, this analysis will compare your weeks.',
      recommendations: fr
        ? ['Demandez une séance à un coach depuis Aujourd’hui.', 'Enregistrez chaque série, charge et durée comprises.', 'Notez le RPE (1–10) en fin de séance.']
        : ['Ask a coach for a session from Today.', 'Log every set, with its load and time.', 'Rate RPE (1–10) when you finish.'],
    };
  }
  const { volume, intensity, consistency, sessions } = m.trends;
  const unit = volume.measure === 'kg' ? 'kg' : 'min';
  const { acwr, fitness } = m.load;
  const busiest = m.weeks.reduce((best, w) => (w.load > best.load || (w.load === best.load && w.sessions > best.sessions) ? w : best), m.weeks[0]!);
  const facts = fr
    ? `Sur ${period} : ${m.sessionsAnalyzed} séance${m.sessionsAnalyzed > 1 ? 's' : ''} (${nf(consistency.sessionsPerWeek, 1)} par semaine, ${consistency.activeWeeks} semaine${consistency.activeWeeks > 1 ? 's' : ''} active${consistency.activeWeeks > 1 ? 's' : ''} sur ${consistency.weeks})${m.totals.volumeKg > 0 ? `, ${nf(m.totals.volumeKg)} kg soulevés` : ''}${m.totals.distanceKm > 0 ? `, ${nf(m.totals.distanceKm, 1)} km` : ''} et ${nf(m.totals.durationMin)} minutes d’entraînement (${disciplineLine(m, locale)}). Le volume est ${trendWord(volume.trend, locale)} (${nf(volume.previousWeekly)} → ${nf(volume.recentWeekly)} ${unit} par semaine, ${signed(nf(volume.percentage), volume.percentage)} %), le nombre de séances ${trendWord(sessions.trend, locale)}${intensity.avgRpe !== null ? ` et le RPE moyen est de ${nf(intensity.avgRpe, 1)}` : ''}. ${acwr.ratio !== null ? `Votre charge de la semaine vaut ${nf(acwr.ratio, 2)} fois l’habituel ; forme de fond (CTL) ${nf(fitness.ctl)}, fatigue (ATL) ${nf(fitness.atl)}, fraîcheur (TSB) ${nf(fitness.tsb)}.` : `Semaine la plus chargée : celle du ${busiest.weekStart} (${busiest.sessions} séance${busiest.sessions > 1 ? 's' : ''}, ${nf(busiest.load)} UA).`}`
    : `Over ${period}: ${m.sessionsAnalyzed} session${m.sessionsAnalyzed > 1 ? 's' : ''} (${nf(consistency.sessionsPerWeek, 1)} a week, active in ${consistency.activeWeeks} of ${consistency.weeks} weeks)${m.totals.volumeKg > 0 ? `, ${nf(m.totals.volumeKg)} kg lifted` : ''}${m.totals.distanceKm > 0 ? `, ${nf(m.totals.distanceKm, 1)} km` : ''} and ${nf(m.totals.durationMin)} minutes of training (${disciplineLine(m, locale)}). Volume is ${trendWord(volume.trend, locale)} (${nf(volume.previousWeekly)} → ${nf(volume.recentWeekly)} ${unit} a week, ${signed(nf(volume.percentage), volume.percentage)} %), session count is ${trendWord(sessions.trend, locale)}${intensity.avgRpe !== null ? ` and average RPE is ${nf(intensity.avgRpe, 1)}` : ''}. ${acwr.ratio !== null ? `This week's load is ${nf(acwr.ratio, 2)} times your usual; fitness (CTL) ${nf(fitness.ctl)}, fatigue (ATL) ${nf(fitness.atl)}, form (TSB) ${nf(fitness.tsb)}.` : `Busiest week: the week of ${busiest.weekStart} (${busiest.sessions} session${busiest.sessions > 1 ? 's' : ''}, ${nf(busiest.load)} AU).`}`;
  const advice = adviceFrom(m, locale, nameOf);
  const three = advice.slice(0, 3);
  const next = fr
    ? `Pour la suite, la priorité est simple : ${three[0]!.title.toLowerCase()}. ${three[0]!.description} ${three[1] ? `Ensuite : ${three[1].title.toLowerCase()}.` : ''}`
    : `Next, the priority is clear: ${three[0]!.title.toLowerCase()}. ${three[0]!.description} ${three[1] ? `Then: ${three[1].title.toLowerCase()}.` : ''}`;
  return { paragraph1: facts, paragraph2: next.trim(), recommendations: three.map((a) => a.short) };
}
