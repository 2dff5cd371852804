import type { Coach, Discipline, Equipment } from '../../api/types';

/** The five coaches in the order Prepare shows them. */
export const coachOrder: readonly Coach[] = ['force', 'endurance', 'functional', 'calisthenics', 'competitions'];

/**
 * The disciplines each coach writes sessions in (shared/domain/coaches/offline/*: the endurance
 * coach picks one of five, the others write their own; every coach writes a mobility session when
 * asked; the OpenAI coach follows the same styles, shared/ai/openai/prompts.ts). A discipline
 * outside this list would be refused with a note, so Prepare never offers one.
 */
export const coachDisciplines: Readonly<Record<Coach, readonly Discipline[]>> = {
  force: ['strength', 'mobility'],
  endurance: ['running', 'cycling', 'rowing', 'skierg', 'swimming', 'mobility'],
  functional: ['metcon', 'mobility'],
  calisthenics: ['calisthenics', 'mobility'],
  competitions: ['hyrox', 'mobility'],
};

/** The discipline to send: the chosen one when this coach writes it, else null (the coach chooses). */
export function disciplineFor(coach: Coach, discipline: Discipline | null): Discipline | null {
  return discipline && coachDisciplines[coach].includes(discipline) ? discipline : null;
}

/** Equipment without which a coach cannot write the discipline (it then picks another one and says so). */
export const disciplineNeeds: Readonly<Partial<Record<Discipline, Equipment>>> = {
  cycling: 'bike',
  rowing: 'rower',
  skierg: 'skierg',
  swimming: 'pool',
};
