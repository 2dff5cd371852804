import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exerciseFactsSource } from '../../../shared/domain/insights/exercise-facts-source';

describe('exercise-facts.ts (the insights’ slice of the catalog)', () => {
  it('matches the catalog: run `npx tsx shared/domain/insights/write-exercise-facts.ts` after a catalog change', () => {
    const written = readFileSync(join(import.meta.dirname, '../../../shared/domain/insights/exercise-facts.ts'), 'utf8');
    expect(written).toBe(exerciseFactsSource());
  });
});
