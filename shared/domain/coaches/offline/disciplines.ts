import type { Coach, Discipline } from '../../catalog';
import { tr, type Locale } from './text';

/** What each coach programs; `mobility` is open to every coach (a mobility session). */
export const COACH_DISCIPLINES: Readonly<Record<Coach, readonly Discipline[]>> = {
  force: ['strength'],
  endurance: ['running', 'cycling', 'rowing', 'skierg', 'swimming'],
  functional: ['metcon'],
  calisthenics: ['calisthenics'],
  competitions: ['hyrox'],
};

const COACH_NAMES: Readonly<Record<Coach, [string, string]>> = {
  force: ['Force', 'Force'],
  endurance: ['Endurance', 'Endurance'],
  functional: ['Functional', 'Fonctionnel'],
  calisthenics: ['Calisthenics', 'Calisthenics'],
  competitions: ['Competitions', 'Compétitions'],
};

const DISCIPLINE_NAMES: Readonly<Record<Discipline, [string, string]>> = {
  strength: ['strength', 'la musculation'],
  running: ['running', 'la course à pied'],
  cycling: ['cycling', 'le vélo'],
  rowing: ['rowing', 'le rameur'],
  skierg: ['ski erg', 'le ski erg'],
  swimming: ['swimming', 'la natation'],
  metcon: ['metcons', 'les metcons'],
  calisthenics: ['calisthenics', 'le calisthenics'],
  hyrox: ['HYROX', 'l’HYROX'],
  mobility: ['mobility', 'la mobilité'],
};

export const coachName = (coach: Coach, locale: Locale): string => tr(locale, ...COACH_NAMES[coach]);
export const disciplineName = (discipline: Discipline, locale: Locale): string => tr(locale, ...DISCIPLINE_NAMES[discipline]);

/** The coach that programs a discipline (mobility: none in particular). */
export function coachFor(discipline: Discipline): Coach | null {
  if (discipline === 'mobility') return null;
  return (Object.keys(COACH_DISCIPLINES) as Coach[]).find((coach) => COACH_DISCIPLINES[coach].includes(discipline)) ?? null;
}

/** The note that says why a requested discipline is not what the session is, and what was done instead. */
export function refusedDisciplineNote(coach: Coach, requested: Discipline, locale: Locale): string {
  const other = coachFor(requested);
  const own = disciplineName(COACH_DISCIPLINES[coach][0] ?? 'strength', locale);
  const name = disciplineName(requested, locale);
  const ask = other ? tr(locale, ` Ask the ${coachName(other, 'en')} coach for ${name}.`, ` Demandez ${name} au coach ${coachName(other, 'fr')}.`) : '';
  return tr(
    locale,
    `The ${coachName(coach, 'en')} coach does not program ${name}: this is a ${own} session instead.${ask}`,
    `Le coach ${coachName(coach, 'fr')} ne programme pas ${name} : voici une séance de ${own.replace(/^(la |le |les |l’)/, '')} à la place.${ask}`,
  );
}
