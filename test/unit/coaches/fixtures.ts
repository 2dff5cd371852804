import { equipment, type Coach, type Equipment } from '../../../shared/domain/catalog';
import type { CoachContext, HistoryEntry, HistorySet } from '../../../shared/domain/coaches/context';

export const FULL_GYM: Equipment[] = equipment.filter((e) => e !== 'none' && e !== 'pool');
export const HOME: Equipment[] = ['dumbbell', 'kettlebell', 'band', 'pull-up-bar', 'jump-rope'];

export function context(coach: Coach, overrides: Partial<CoachContext> = {}): CoachContext {
  return {
    coach,
    discipline: null,
    equipment: FULL_GYM,
    durationMin: 45,
    energy: 3,
    level: 'intermediate',
    goals: [],
    avoid: [],
    history: [],
    profile: { weightKg: 75, sex: 'male', age: 34, maxHeartRate: null },
    date: '2025-03-10',
    ...overrides,
  };
}

export const set = (fields: Partial<HistorySet>): HistorySet => ({
  reps: null,
  loadKg: null,
  durationSec: null,
  distanceM: null,
  rpe: null,
  rir: null,
  ...fields,
});

export const entry = (exerciseId: string, performedAt: string, sets: HistorySet[]): HistoryEntry => ({ exerciseId, performedAt, sets });
