import { catalog } from '../catalog';

/** The source text of exercise-facts.ts for the current catalog (used by the writer and its test). */
export function exerciseFactsSource(): string {
  const rows = catalog.map((e) => `  ${JSON.stringify(e.id)}: [${JSON.stringify(e.movementPattern)}, ${JSON.stringify(e.discipline)}, ${JSON.stringify(e.name.en)}, ${JSON.stringify(e.name.fr)}],`);
  return [
    '// Generated from the exercise catalog by write-exercise-facts.ts: do not edit by hand.',
    "import type { Discipline, MovementPattern } from '../catalog/schema';",
    '',
    '/** id → [movement pattern, discipline, English name, French name]. */',
    'export const EXERCISE_FACTS: Readonly<Record<string, readonly [MovementPattern, Discipline, string, string]>> = {',
    ...rows,
    '};',
    '',
  ].join('\n');
}
