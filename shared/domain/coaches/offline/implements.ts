import { isAvailableWith, type Equipment, type Exercise } from '../../catalog';
import { tr, type Locale } from './text';

/**
 * Exercises written for a dumbbell that a kettlebell does just as well (held by the horns or the
 * handle, or hung from a dip belt), and kettlebell exercises a dumbbell does as well. Curls,
 * raises and presses on a bench stay with their own implement: the kettlebell's offset load
 * changes them.
 */
const STANDS_IN: Readonly<Record<string, { for: Equipment; with: Equipment }>> = Object.fromEntries([
  ...['weighted-pull-up', 'weighted-dip', 'dumbbell-shoulder-press', 'goblet-squat', 'dumbbell-lunge', 'dumbbell-romanian-deadlift',
    'single-leg-romanian-deadlift', 'dumbbell-row', 'bulgarian-split-squat', 'dumbbell-step-up', 'dumbbell-thruster', 'dumbbell-snatch',
    'dumbbell-clean-and-press', 'overhead-triceps-extension', 'dumbbell-shrug'].map((id) => [id, { for: 'dumbbell', with: 'kettlebell' }] as const),
  ...['kettlebell-deadlift', 'suitcase-carry', 'turkish-get-up', 'kettlebell-swing', 'farmers-carry'].map((id) => [id, { for: 'kettlebell', with: 'dumbbell' }] as const),
]);

/** The implement that replaces the exercise's own one here, or null when it is available as written (or not at all). */
export function standIn(exercise: Pick<Exercise, 'id' | 'equipment'>, available: readonly Equipment[]): { for: Equipment; with: Equipment } | null {
  if (isAvailableWith(exercise, available)) return null;
  const swap = STANDS_IN[exercise.id];
  if (!swap || !exercise.equipment.includes(swap.for) || !available.includes(swap.with)) return null;
  return isAvailableWith({ equipment: exercise.equipment.map((item) => (item === swap.for ? swap.with : item)) }, available) ? swap : null;
}

/** Possible here as written, or with a kettlebell for a dumbbell (or the other way round). */
export const possibleWith = (exercise: Pick<Exercise, 'id' | 'equipment'>, available: readonly Equipment[]): boolean =>
  isAvailableWith(exercise, available) || standIn(exercise, available) !== null;

export function standInNote(swap: { for: Equipment; with: Equipment }, locale: Locale): string {
  return swap.with === 'kettlebell'
    ? tr(locale, 'With a kettlebell instead of a dumbbell (nearest bell to the load).', 'Avec un kettlebell à la place de l’haltère (le plus proche de la charge).')
    : tr(locale, 'With a dumbbell instead of a kettlebell.', 'Avec un haltère à la place du kettlebell.');
}
