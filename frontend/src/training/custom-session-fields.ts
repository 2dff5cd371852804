/** The per-set values a row edits once for all its sets. */
export const SET_FIELDS = ['reps', 'loadKg', 'durationSec', 'distanceM', 'restSec'] as const;
export const SET_LABELS = { reps: 'set.reps', loadKg: 'set.loadKg', durationSec: 'set.durationSec', distanceM: 'set.distanceM', restSec: 'set.restSec' } as const;

/**
 * The control showing an API error: a row's inputs stand for all its sets, so
 * `exercises.0.sets.2.loadKg` lands on exercise 1's load, `exercises.0.sets` on its set count.
 */
export function customSessionFieldOf(path: string): string | undefined {
  const set = /^exercises\.(\d+)\.sets\.\d+\.(\w+)$/.exec(path);
  if (set) return (SET_FIELDS as readonly string[]).includes(set[2]!) ? `exercises.${set[1]}.${set[2]}` : undefined;
  return path;
}
