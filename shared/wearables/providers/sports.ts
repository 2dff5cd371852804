import type { disciplines } from '../../domain/catalog/schema';

type Discipline = (typeof disciplines)[number];

/** Provider sport names (lower-cased, `_`/space separated) → our discipline; unknown → null. */
const DISCIPLINE_BY_WORD: Array<[RegExp, Discipline]> = [
  [/run|jog|trail/, 'running'],
  [/cycl|bik|ride|spinning/, 'cycling'],
  [/row/, 'rowing'],
  [/ski_?erg|skierg/, 'skierg'],
  [/swim/, 'swimming'],
  [/strength|weight|gym|lift/, 'strength'],
  [/crossfit|hiit|circuit|functional|metcon/, 'metcon'],
  [/calisthenics|bodyweight/, 'calisthenics'],
  [/hyrox/, 'hyrox'],
  [/yoga|pilates|mobility|stretch/, 'mobility'],
];

export function disciplineOf(sport: string): Discipline | null {
  const word = sport.toLowerCase();
  return DISCIPLINE_BY_WORD.find(([pattern]) => pattern.test(word))?.[1] ?? null;
}

/** "TRAIL_RUNNING" → "trail running". */
export const plainSport = (sport: string) => sport.toLowerCase().replace(/[_-]+/g, ' ').trim().slice(0, 60) || 'workout';
