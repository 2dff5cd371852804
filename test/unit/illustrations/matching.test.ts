import { describe, expect, it } from 'vitest';
import { MATCH_THRESHOLD, matchExercise } from '../../../shared/domain/illustrations/matching';

describe('illustration matching (catalog)', () => {
  it('takes an exact catalog id with full confidence', () => {
    expect(matchExercise('back-squat')).toEqual({ exerciseId: 'back-squat', confidence: 1, via: 'id' });
    expect(matchExercise('  PULL-UP ')).toMatchObject({ exerciseId: 'pull-up', via: 'id' });
  });

  it('matches English and French names and synonyms exactly, accents and case aside', () => {
    expect(matchExercise('Back Squat')).toMatchObject({ exerciseId: 'back-squat', via: 'name' });
    expect(matchExercise('Squat arrière')).toMatchObject({ exerciseId: 'back-squat', via: 'name' });
    expect(matchExercise('SOULEVE DE TERRE')).toMatchObject({ exerciseId: 'deadlift', via: 'name' });
    expect(matchExercise('développé couché haltères')).toMatchObject({ exerciseId: 'dumbbell-bench-press', via: 'name' });
    expect(matchExercise('pompes')).toMatchObject({ exerciseId: 'push-up', via: 'name' });
  });

  it('normalizes plurals (EN and FR), word order and joined words, each a little less sure', () => {
    const plural = matchExercise('squats arrières')!;
    expect(plural).toMatchObject({ exerciseId: 'back-squat', via: 'normalized' });
    expect(matchExercise('kettlebell swings')).toMatchObject({ exerciseId: 'kettlebell-swing', via: 'normalized' });
    const reordered = matchExercise('press bench')!;
    expect(reordered).toMatchObject({ exerciseId: 'bench-press', via: 'word-order' });
    expect(matchExercise('pullups')).toMatchObject({ exerciseId: 'pull-up' });
    expect(plural.confidence).toBeLessThan(matchExercise('Back squat')!.confidence);
    expect(reordered.confidence).toBeLessThan(plural.confidence);
  });

  it('accepts a known name with one extra equipment word', () => {
    expect(matchExercise('barbell back squat')).toMatchObject({ exerciseId: 'back-squat', via: 'qualified' });
  });

  it('scores the words of the visual metadata (keywords, implement, equipment) when no name matches', () => {
    const visual = matchExercise('barbell deep squat rack')!;
    expect(visual).toMatchObject({ exerciseId: 'back-squat', via: 'visual' });
    expect(visual.confidence).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(visual.confidence).toBeLessThan(matchExercise('barbell back squat')!.confidence);
  });

  it('prefers the exercise whose equipment the request names', () => {
    expect(matchExercise('dumbbell deadlift')!.exerciseId).toMatch(/^dumbbell-/);
  });

  it('misses below the threshold instead of guessing', () => {
    expect(matchExercise('random nonsense')).toBeNull();
    expect(matchExercise('underwater basket weaving')).toBeNull();
    expect(matchExercise('   ')).toBeNull();
  });
});
