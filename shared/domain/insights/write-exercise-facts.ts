/**
 * Writes exercise-facts.ts from the catalog: the movement pattern and names of every exercise,
 * which is all the insights need of it (the full catalog would add ~95 KB to their Lambdas).
 * Run `npx tsx shared/domain/insights/write-exercise-facts.ts` after a catalog change;
 * test/unit/insights/exercise-facts.test.ts fails until you do.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exerciseFactsSource } from './exercise-facts-source';

writeFileSync(join(import.meta.dirname, 'exercise-facts.ts'), exerciseFactsSource());
console.log('wrote shared/domain/insights/exercise-facts.ts');
