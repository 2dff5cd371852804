import { describe, expect, it } from 'vitest';
import { coaches, getExercise, isAvailableWith, levelRank, type Coach } from '../../../shared/domain/catalog';
import { checkPrescription } from '../../../shared/domain/coaches/check';
import type { CoachContext } from '../../../shared/domain/coaches/context';
import { offlineCoach } from '../../../shared/domain/coaches/offline';
import { prescriptionSchema, type Prescription } from '../../../shared/domain/coaches/prescription';
import { plannedDurationMin } from '../../../shared/domain/coaches/planned-duration';
import { context, FULL_GYM, HOME } from './fixtures';

const spread: { label: string; overrides: Partial<CoachContext> }[] = [
  { label: 'no equipment, 20 min, beginner, energy 1', overrides: { equipment: [], durationMin: 20, level: 'beginner', energy: 1 } },
  { label: 'no equipment, 90 min, advanced, energy 5', overrides: { equipment: [], durationMin: 90, level: 'advanced', energy: 5 } },
  { label: 'full gym, 20 min, advanced, energy 5', overrides: { equipment: FULL_GYM, durationMin: 20, level: 'advanced', energy: 5 } },
  { label: 'full gym, 90 min, beginner, energy 1', overrides: { equipment: FULL_GYM, durationMin: 90, level: 'beginner', energy: 1 } },
  { label: 'home kit, 45 min, intermediate, energy 3', overrides: { equipment: HOME, durationMin: 45, level: 'intermediate', energy: 3 } },
  { label: 'full gym, 60 min, elite, energy 4, French', overrides: { equipment: FULL_GYM, durationMin: 60, level: 'elite', energy: 4, locale: 'fr' } },
  { label: 'pool only, 30 min, intermediate, energy 2', overrides: { equipment: ['pool'], durationMin: 30, level: 'intermediate', energy: 2 } },
  { label: 'full gym, 10 min', overrides: { durationMin: 10 } },
  { label: 'full gym, 180 min, energy 5', overrides: { durationMin: 180, energy: 5 } },
];

function expectUsable(p: Prescription, ctx: CoachContext) {
  expect(prescriptionSchema.safeParse(p).success).toBe(true);
  expect(checkPrescription(p, { equipment: ctx.equipment, level: ctx.level })).toEqual([]);
  expect(p.coach).toBe(ctx.coach);
  expect(p.coachFields.coach).toBe(ctx.coach);
  for (const block of p.blocks) {
    for (const entry of block.exercises) {
      const exercise = getExercise(entry.exerciseId);
      expect(exercise, entry.exerciseId).toBeDefined();
      if (!exercise) continue;
      expect(exercise.coaches).toContain(ctx.coach);
      expect(isAvailableWith(exercise, ctx.equipment), `${entry.exerciseId} needs ${exercise.equipment.join(',')}`).toBe(true);
      expect(levelRank(exercise.minLevel)).toBeLessThanOrEqual(levelRank(ctx.level));
      for (const set of entry.sets) expect(set.restSec).toBeGreaterThanOrEqual(0);
    }
  }
}

describe.each(coaches.map((coach) => [coach]))('offline %s coach', (coach: Coach) => {
  it.each(spread.map((s) => [s.label, s.overrides] as const))('%s: valid, catalog-only, fits the time, deterministic', (_label, overrides) => {
    const ctx = context(coach, overrides);
    const p = offlineCoach(ctx);
    expectUsable(p, ctx);
    const planned = plannedDurationMin(p);
    expect(Math.abs(planned - ctx.durationMin)).toBeLessThanOrEqual(ctx.durationMin * 0.1);
    expect(Math.abs(p.estimatedDurationMin - planned)).toBeLessThanOrEqual(0.5);
    expect(offlineCoach(structuredClone(ctx))).toEqual(p);
  });

  it('gives the same session whatever the order of the inputs, and varies from day to day', () => {
    const a = offlineCoach(context(coach, { equipment: ['dumbbell', 'pull-up-bar', 'box'], goals: ['strength', 'endurance'] }));
    const b = offlineCoach(context(coach, { equipment: ['box', 'pull-up-bar', 'dumbbell'], goals: ['endurance', 'strength'] }));
    expect(b).toEqual(a);
    const days = ['2025-03-10', '2025-03-11', '2025-03-12', '2025-03-13', '2025-03-14', '2025-03-15'];
    const sessions = new Set(days.map((date) => JSON.stringify(offlineCoach(context(coach, { date })).blocks.map((bl) => bl.exercises.map((e) => e.exerciseId)))));
    expect(sessions.size).toBeGreaterThan(1);
  });

  it('puts a rest time on every set and scales with energy', () => {
    const low = offlineCoach(context(coach, { energy: 1, durationMin: 60 }));
    const high = offlineCoach(context(coach, { energy: 5, durationMin: 60 }));
    for (const p of [low, high]) for (const b of p.blocks) for (const e of b.exercises) for (const s of e.sets) expect(Number.isInteger(s.restSec)).toBe(true);
    const order = { light: 0, moderate: 1, vigorous: 2 } as const;
    expect(order[low.intensity]).toBeLessThanOrEqual(order[high.intensity]);
    const maxRpe = (p: Prescription) => Math.max(0, ...p.blocks.flatMap((b) => b.exercises.flatMap((e) => e.sets.map((s) => s.targetRpe ?? 0))));
    expect(maxRpe(low)).toBeLessThan(maxRpe(high));
  });
});

describe('offline coach time fit across durations', () => {
  it('stays within ±10 % for every coach from 10 to 180 minutes', () => {
    for (const coach of coaches) {
      for (const durationMin of [10, 15, 25, 35, 50, 75, 105, 150, 180]) {
        for (const equipment of [[], HOME, FULL_GYM]) {
          const p = offlineCoach(context(coach, { durationMin, equipment }));
          const planned = plannedDurationMin(p);
          expect(Math.abs(planned - durationMin), `${coach} ${durationMin} min with ${equipment.length} items: ${planned}`).toBeLessThanOrEqual(durationMin * 0.1);
        }
      }
    }
  });
});
