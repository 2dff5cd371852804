import { getExercise, resolveExercise, type Equipment } from '../catalog';

/** Equipment words of the apps' parentheses (English and French) → catalog equipment. */
const EQUIPMENT_WORDS: Array<[RegExp, Equipment]> = [
  [/barbell|barre/, 'barbell'],
  [/dumbbell|halt[eè]re/, 'dumbbell'],
  [/kettlebell/, 'kettlebell'],
  [/cable|poulie/, 'cable'],
  [/machine|smith/, 'machine'],
  [/band|[eé]lastique/, 'band'],
  [/ez/, 'ez-bar'],
  [/trap|hex/, 'trap-bar'],
];

const uses = (id: string | null, equipment: Equipment | undefined): id is string => !!id && !!equipment && getExercise(id)!.equipment.includes(equipment);

/**
 * The catalog exercise an app's name stands for. Strong and Hevy write the equipment in
 * parentheses ("Bench Press (Barbell)", "Curl biceps (Haltères)"). Tried: with the equipment in
 * front ("Barbell Bench Press"), the base name, the name as written; the first candidate that uses
 * that equipment wins ("Bench Press (Dumbbell)" is not the barbell lift, "Romanian Deadlift
 * (Barbell)" not the deadlift), else the base name's match.
 */
export function resolveImportedName(name: string): string | null {
  const match = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(name.trim());
  if (!match) return resolveExercise(name);
  const [, base, inParentheses] = match as unknown as [string, string, string];
  const equipment = EQUIPMENT_WORDS.find(([pattern]) => pattern.test(inParentheses.toLowerCase()))?.[1];
  const baseMatch = resolveExercise(base);
  const candidates = [baseMatch, resolveExercise(`${inParentheses} ${base}`), resolveExercise(name)];
  return candidates.find((id) => uses(id, equipment)) ?? baseMatch ?? candidates.find((id) => id !== null) ?? null;
}

/** Catalog id per distinct exercise name, the athlete's mapping first; unknown mapping targets are ignored (reported by the caller). */
export function mapExerciseNames(names: Iterable<string>, mapping: Readonly<Record<string, string>>): Map<string, string | null> {
  const mapped = new Map<string, string | null>();
  const byFoldedName = new Map(Object.entries(mapping).map(([key, id]) => [key.trim().toLowerCase(), id]));
  for (const name of names) {
    if (mapped.has(name)) continue;
    const chosen = byFoldedName.get(name.trim().toLowerCase());
    mapped.set(name, chosen && getExercise(chosen) ? chosen : resolveImportedName(name));
  }
  return mapped;
}
