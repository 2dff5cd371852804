import { describe, expect, it } from 'vitest';
import { applyGoalUpdate, goalCreateSchema, goalProgress, goalUpdateSchema, isGoalReached, newGoal } from '../../../shared/domain/training/goal';
import { locationCreateSchema, newLocation, normalizeEquipment } from '../../../shared/domain/training/location';
import { beats, candidateFromBest } from '../../../shared/domain/training/personal-record';
import { latestRecoverable, snapshotStateSchema } from '../../../shared/domain/training/snapshot';

const now = new Date('2026-05-01T10:00:00.000Z');

describe('goal', () => {
  const fields = goalCreateSchema.parse({ title: ' Run 10 km ', kind: 'endurance', targetValue: 10, unit: 'km' });

  it('creates active at version 1 with defaults', () => {
    expect(fields).toMatchObject({ title: 'Run 10 km', currentValue: 0, direction: 'increase', exerciseId: null, deadline: null, notes: null });
    expect(newGoal({ id: 'G', userId: 'u', fields, now })).toMatchObject({ status: 'active', achievedAt: null, version: 1, createdAt: now.toISOString() });
  });

  it('validates bodies: unknown fields, bad days, empty patches', () => {
    expect(goalCreateSchema.safeParse({ ...fields, deadline: '2026-02-30' }).success).toBe(false);
    expect(goalCreateSchema.safeParse({ ...fields, exerciseId: 'Back Squat' }).success).toBe(false);
    expect(goalCreateSchema.safeParse({ ...fields, userId: 'someone-else' }).success).toBe(false);
    expect(goalUpdateSchema.safeParse({}).success).toBe(false);
    expect(goalUpdateSchema.safeParse({ version: 9 }).success).toBe(false);
    expect(goalUpdateSchema.safeParse({ status: 'achieved' }).success).toBe(true);
  });

  it('bumps the version and keeps achievedAt in step with the status', () => {
    const goal = newGoal({ id: 'G', userId: 'u', fields, now });
    const later = new Date(now.getTime() + 1000);
    const achieved = applyGoalUpdate(goal, { status: 'achieved', currentValue: 10 }, later);
    expect(achieved).toMatchObject({ status: 'achieved', achievedAt: later.toISOString(), version: 2, updatedAt: later.toISOString() });
    expect(applyGoalUpdate(achieved, { notes: 'done' }, new Date(later.getTime() + 1000)).achievedAt).toBe(later.toISOString());
    expect(applyGoalUpdate(achieved, { status: 'active' }, later).achievedAt).toBeNull();
  });

  it('progress and reached, both directions', () => {
    expect(goalProgress({ targetValue: 10, currentValue: 2.5, direction: 'increase' })).toBe(0.25);
    expect(goalProgress({ targetValue: 10, currentValue: 12, direction: 'increase' })).toBe(1);
    expect(goalProgress({ targetValue: 75, currentValue: 80, direction: 'decrease' })).toBe(0.938);
    expect(goalProgress({ targetValue: 75, currentValue: 74, direction: 'decrease' })).toBe(1);
    expect(isGoalReached({ targetValue: 75, currentValue: 75, direction: 'decrease' })).toBe(true);
    expect(isGoalReached({ targetValue: 10, currentValue: 9.9, direction: 'increase' })).toBe(false);
  });
});

describe('location', () => {
  it('stores equipment once each, in catalog order', () => {
    expect(normalizeEquipment(['rack', 'barbell', 'rack'])).toEqual(['barbell', 'rack']);
    const fields = locationCreateSchema.parse({ name: 'Garage', equipment: ['kettlebell', 'pull-up-bar'] });
    expect(newLocation({ id: 'L', userId: 'u', fields, now })).toMatchObject({ kind: 'gym', notes: null, equipment: ['kettlebell', 'pull-up-bar'] });
  });
});

describe('personal record', () => {
  it('pace is lower-wins, every other kind higher-wins, ties never win', () => {
    expect(beats('best_pace', 290, 300)).toBe(true);
    expect(beats('best_pace', 300, 300)).toBe(false);
    expect(beats('heaviest_load', 101, 100)).toBe(true);
    expect(beats('estimated_1rm', 100, 100)).toBe(false);
  });

  it('turns a session best into a candidate with nulls for what does not apply', () => {
    const candidate = candidateFromBest({ userId: 'u', best: { exerciseId: 'back-squat', kind: 'estimated_1rm', value: 116.5, unit: 'kg', formula: 'brzycki', reps: 3, loadKg: 110 }, sessionId: 'S', achievedAt: now.toISOString() });
    expect(candidate).toMatchObject({ formula: 'brzycki', reps: 3, loadKg: 110, distanceM: null, durationSec: null, unit: 'kg' });
  });
});

describe('session snapshot', () => {
  it('offers the newest snapshot younger than 24 h', () => {
    const at = (hoursAgo: number) => ({ id: hoursAgo, updatedAt: new Date(now.getTime() - hoursAgo * 3_600_000).toISOString() });
    expect(latestRecoverable([at(3), at(1), at(30)], now)).toEqual(at(1));
    expect(latestRecoverable([at(24), at(25)], now)).toBeNull();
    expect(latestRecoverable([], now)).toBeNull();
  });

  it('bounds the state', () => {
    const state = { step: 'session', exerciseIndex: 0, setIndex: 0, completedExercises: [], completedSets: [], pipelineState: {} };
    expect(snapshotStateSchema.safeParse(state).success).toBe(true);
    expect(snapshotStateSchema.safeParse({ ...state, step: 'elsewhere' }).success).toBe(false);
    expect(snapshotStateSchema.safeParse({ ...state, pipelineState: { x: 'é'.repeat(33 * 1024) } }).success).toBe(false);
  });
});
