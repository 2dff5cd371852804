import { describe, expect, it } from 'vitest';
import { catalog, getExercise } from '../../../shared/domain/catalog';
import type { PrescribedSet } from '../../../shared/domain/coaches/prescription';
import { IllegalTransitionError } from '../../../shared/domain/training/errors';
import { adaptSets, candidateFromCatalog, rankAlternatives, swapExercise } from '../../../shared/domain/training/swap';
import { draftSession } from '../../support/sessions';

const candidate = (id: string) => candidateFromCatalog(getExercise(id)!);
const candidates = catalog.map((exercise) => candidateFromCatalog(exercise));
const set = (overrides: Partial<PrescribedSet> = {}): PrescribedSet => ({
  type: 'working', reps: 5, loadKg: 100, durationSec: null, distanceM: null, calories: null,
  targetRpe: null, targetRir: null, targetHrZone: null, targetPaceSecPerKm: null, restSec: 180, ...overrides,
});

describe('rankAlternatives', () => {
  it('puts the same movement pattern first, then more shared primary muscles', () => {
    const ranked = rankAlternatives({ current: candidate('bench-press'), candidates, equipment: null, level: 'elite', limit: 50 });
    expect(ranked.length).toBeGreaterThan(3);
    const firstOther = ranked.findIndex((alt) => !alt.samePattern);
    if (firstOther !== -1) expect(ranked.slice(firstOther).every((alt) => !alt.samePattern)).toBe(true);
    const samePattern = ranked.filter((alt) => alt.samePattern);
    expect(samePattern.length).toBeGreaterThan(1);
    for (let i = 1; i < samePattern.length; i++) {
      const [before, after] = [samePattern[i - 1]!, samePattern[i]!];
      if (before.withinLevel === after.withinLevel) expect(before.sharedMuscles.length).toBeGreaterThanOrEqual(after.sharedMuscles.length);
    }
    expect(ranked[0]!.sharedMuscles).toEqual(expect.arrayContaining(['chest', 'triceps']));
    expect(ranked.map((alt) => alt.candidate.id)).not.toContain('bench-press');
  });

  it('offers only what the equipment allows', () => {
    const ranked = rankAlternatives({ current: candidate('bench-press'), candidates, equipment: ['dumbbell', 'bench'], level: 'elite', limit: 50 });
    expect(ranked.length).toBeGreaterThan(0);
    for (const alt of ranked) {
      expect(alt.equipmentAvailable).toBe(true);
      expect(alt.candidate.equipment.every((item) => item === 'none' || ['dumbbell', 'bench'].includes(item))).toBe(true);
    }
    expect(ranked.map((alt) => alt.candidate.id)).not.toContain('incline-bench-press');
  });

  it('ranks exercises above the athlete level after those within it (same pattern and muscles otherwise)', () => {
    const ranked = rankAlternatives({ current: candidate('back-squat'), candidates, equipment: null, level: 'beginner', limit: 80 });
    const front = ranked.findIndex((alt) => alt.candidate.id === 'front-squat');
    expect(front).toBeGreaterThan(-1);
    expect(ranked[front]!.withinLevel).toBe(false);
    const sameTier = ranked.filter((alt) => alt.samePattern && alt.sharedMuscles.length === ranked[front]!.sharedMuscles.length);
    const firstAbove = sameTier.findIndex((alt) => !alt.withinLevel);
    expect(sameTier.slice(0, firstAbove).every((alt) => alt.withinLevel)).toBe(true);
    expect(sameTier.slice(firstAbove).every((alt) => !alt.withinLevel)).toBe(true);
  });

  it('never crosses to an unrelated movement in another discipline', () => {
    const ranked = rankAlternatives({ current: candidate('back-squat'), candidates, equipment: null, level: 'elite', limit: 200 });
    for (const alt of ranked) expect(alt.samePattern || (alt.sharedMuscles.length > 0 && alt.candidate.discipline === 'strength')).toBe(true);
  });
});

describe('adaptSets', () => {
  it('keeps the load for the same implement and pattern', () => {
    expect(adaptSets([set({ targetRpe: 8 })], candidate('back-squat'), candidate('front-squat'))).toEqual([set({ targetRpe: 8 })]);
  });

  it('drops a barbell load on dumbbells and gives an RPE target instead', () => {
    const [adapted] = adaptSets([set()], candidate('bench-press'), candidate('dumbbell-bench-press'));
    expect(adapted).toMatchObject({ reps: 5, loadKg: null, targetRpe: 7, restSec: 180, type: 'working' });
  });

  it('turns reps into a hold for a timed exercise', () => {
    const plank = candidates.find((c) => c.units === 'time' && c.movementPattern === 'core')!;
    const crunchy = candidates.find((c) => c.units === 'reps' && c.movementPattern === 'core')!;
    const [adapted] = adaptSets([set({ reps: 12, loadKg: null })], crunchy, plank);
    expect(adapted).toMatchObject({ reps: null, loadKg: null, durationSec: 36 });
  });
});

describe('swapExercise', () => {
  const active = () => {
    const session = draftSession('user-1', { status: 'active', startedAt: new Date().toISOString(), enrichmentStatus: 'enriched' });
    return {
      ...session,
      loggedSets: [
        { id: 's1', exerciseIndex: 0, exerciseId: 'back-squat', setIndex: 0, reps: 5, loadKg: 100, durationSec: null, distanceM: null, rpe: 8, rir: null, completedAt: new Date().toISOString() },
      ],
    };
  };
  const now = new Date('2026-12-01T10:00:00Z');

  it('replaces the exercise, keeps the logged sets and records the swap', () => {
    const session = active();
    const result = swapExercise(session, { exerciseIndex: 0, from: candidate('back-squat'), to: candidate('front-squat'), now });
    expect(result.changed).toBe(true);
    const exercise = result.session.prescription.blocks[0]!.exercises[0]!;
    expect(exercise).toMatchObject({ exerciseId: 'front-squat', name: 'Front squat' });
    expect(exercise.sets).toHaveLength(5);
    expect(result.session.loggedSets).toEqual(session.loggedSets);
    expect(result.session.swaps).toEqual([{ exerciseIndex: 0, from: 'back-squat', to: 'front-squat', at: now.toISOString() }]);
    expect(result.session.version).toBe(session.version + 1);
  });

  it('requeues enrichment written for the old exercise', () => {
    const result = swapExercise(active(), { exerciseIndex: 0, from: candidate('back-squat'), to: candidate('front-squat'), now });
    expect(result.requeueEnrichment).toBe(true);
    expect(result.session).toMatchObject({ enrichmentStatus: 'fast', enrichmentAttempts: 0, enrichmentQueuedAt: now.toISOString() });
  });

  it('is idempotent: swapping to the exercise already there changes nothing', () => {
    const once = swapExercise(active(), { exerciseIndex: 0, from: candidate('back-squat'), to: candidate('front-squat'), now }).session;
    const again = swapExercise(once, { exerciseIndex: 0, from: candidate('front-squat'), to: candidate('front-squat'), now });
    expect(again).toEqual({ session: once, changed: false, requeueEnrichment: false });
  });

  it('refuses a completed session', () => {
    const completed = { ...active(), status: 'completed' as const };
    expect(() => swapExercise(completed, { exerciseIndex: 0, from: candidate('back-squat'), to: candidate('front-squat'), now })).toThrow(IllegalTransitionError);
  });
});
