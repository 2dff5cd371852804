import { describe, expect, it } from 'vitest';
import { lastPerformances, prescribedExerciseIds } from '../../../shared/domain/training/last-performance';
import { MAX_LAST_PERFORMANCE_SETS, trainingSessionSchema, type LoggedSet, type TrainingSession } from '../../../shared/domain/training/session';
import { draftSession } from '../../support/sessions';

const set = (exerciseId: string, setIndex: number, values: Partial<LoggedSet> = {}): LoggedSet => ({
  id: `${exerciseId}-${setIndex}-${Math.random()}`,
  exerciseIndex: 0,
  exerciseId,
  setIndex,
  reps: null,
  loadKg: null,
  durationSec: null,
  distanceM: null,
  rpe: null,
  rir: null,
  completedAt: `2026-03-01T10:${String(setIndex).padStart(2, '0')}:00.000Z`,
  ...values,
});

const completed = (completedAt: string, loggedSets: LoggedSet[], overrides: Partial<TrainingSession> = {}): TrainingSession =>
  draftSession('u1', { status: 'completed', completedAt, startedAt: completedAt, localDay: completedAt.slice(0, 10), loggedSets, ...overrides });

describe('last performance of each prescribed exercise', () => {
  it('takes the newest completed session that logged the exercise, its sets in set order', () => {
    const older = completed('2026-03-01T10:00:00.000Z', [set('bench-press', 0, { reps: 5, loadKg: 80 })]);
    const newer = completed('2026-03-05T10:00:00.000Z', [
      set('bench-press', 1, { reps: 5, loadKg: 90, rpe: 9 }),
      set('bench-press', 0, { reps: 5, loadKg: 85, rpe: 8 }),
      set('run', 0, { durationSec: 1200, distanceM: 4000 }),
    ]);
    const result = lastPerformances(['bench-press', 'run', 'back-squat'], [older, newer]);
    expect(result).toEqual([
      {
        exerciseId: 'bench-press',
        sessionId: newer.id,
        performedAt: '2026-03-05T10:00:00.000Z',
        localDay: '2026-03-05',
        sets: [
          { setIndex: 0, reps: 5, loadKg: 85, durationSec: null, distanceM: null, rpe: 8 },
          { setIndex: 1, reps: 5, loadKg: 90, durationSec: null, distanceM: null, rpe: 9 },
        ],
      },
      { exerciseId: 'run', sessionId: newer.id, performedAt: '2026-03-05T10:00:00.000Z', localDay: '2026-03-05', sets: [{ setIndex: 0, reps: null, loadKg: null, durationSec: 1200, distanceM: 4000, rpe: null }] },
    ]);
  });

  it('skips sessions not completed, sets without a number, and falls back to an older session', () => {
    const done = completed('2026-03-01T10:00:00.000Z', [set('bench-press', 0, { reps: 8, loadKg: 60 })]);
    const active = draftSession('u1', { status: 'active', startedAt: '2026-03-09T10:00:00.000Z', loggedSets: [set('bench-press', 0, { reps: 3, loadKg: 100 })] });
    const empty = completed('2026-03-08T10:00:00.000Z', [set('bench-press', 0, { rpe: 7 })]);
    const [bench] = lastPerformances(['bench-press'], [active, empty, done]);
    expect(bench?.sessionId).toBe(done.id);
    expect(bench?.sets).toEqual([{ setIndex: 0, reps: 8, loadKg: 60, durationSec: null, distanceM: null, rpe: null }]);
  });

  it('keeps each exercise once and at most the maximum number of sets', () => {
    const many = completed('2026-03-01T10:00:00.000Z', Array.from({ length: 14 }, (_, i) => set('push-up', i, { reps: 10 + i })));
    const result = lastPerformances(['push-up', 'push-up'], [many]);
    expect(result).toHaveLength(1);
    expect(result[0]!.sets).toHaveLength(MAX_LAST_PERFORMANCE_SETS);
    expect(result[0]!.sets.map((s) => s.reps)).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
  });

  it('answers nothing for a first session, and older session items without the field still parse', () => {
    expect(lastPerformances(['back-squat'], [])).toEqual([]);
    const { lastPerformance: _dropped, ...legacy } = draftSession('u1');
    expect(trainingSessionSchema.parse(legacy).lastPerformance).toEqual([]);
  });

  it('lists the prescribed exercise ids in plan order', () => {
    expect(prescribedExerciseIds(draftSession('u1'))).toEqual(['back-squat']);
  });
});
