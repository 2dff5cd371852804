import { describe, expect, it } from 'vitest';
import { buildCoachContext, historyFromSessions, historyWindow, mergeEquipment, type CoachRequest } from '../../../shared/domain/coaches/build-context';
import { buildCoachSession } from '../../../shared/domain/coaches/coach-session';
import { coachContextSchema } from '../../../shared/domain/coaches/context';
import { offlineCoach } from '../../../shared/domain/coaches/offline';
import { defaultProfile, type Profile } from '../../../shared/domain/profile/profile';
import type { LoggedSet, TrainingSession } from '../../../shared/domain/training/session';
import { trainingSessionSchema } from '../../../shared/domain/training/session';
import { draftSession } from '../../support/sessions';

const now = new Date('2026-03-10T23:30:00.000Z');
const profile = (overrides: Partial<Profile> = {}): Profile => ({ ...defaultProfile('user-1', 'a@example.test', now), ...overrides });
const request = (overrides: Partial<CoachRequest> = {}): CoachRequest => ({ coach: 'force', durationMin: 45, energy: 3, ...overrides });

const logged = (exerciseId: string, exerciseIndex: number, setIndex: number, fields: Partial<LoggedSet> = {}): LoggedSet => ({
  id: `${exerciseId}-${setIndex}`,
  exerciseIndex,
  exerciseId,
  setIndex,
  reps: 5,
  loadKg: 100,
  durationSec: null,
  distanceM: null,
  rpe: 8,
  rir: null,
  completedAt: '2026-03-01T10:00:00.000Z',
  ...fields,
});

const completed = (completedAt: string, sets: LoggedSet[], overrides: Partial<TrainingSession> = {}): TrainingSession =>
  draftSession('user-1', { status: 'completed', createdAt: completedAt, startedAt: completedAt, completedAt, loggedSets: sets, ...overrides });

describe('coach context from profile, location, request and history', () => {
  it('takes level, age (from birth year), weight, sex, max HR and locale from the profile, and the local date', () => {
    const ctx = buildCoachContext({
      request: request(),
      profile: profile({ level: 'advanced', birthYear: 1986, weightKg: 82.5, sex: 'female', maxHeartRate: 188, locale: 'fr', timeZone: 'Europe/Paris' }),
      now,
    });
    expect(ctx).toMatchObject({ level: 'advanced', locale: 'fr', profile: { age: 40, weightKg: 82.5, sex: 'female', maxHeartRate: 188 } });
    expect(ctx.date).toBe('2026-03-11'); // 23:30 UTC is already the 11th in Paris
    expect(coachContextSchema.safeParse(ctx).success).toBe(true);
  });

  it('leaves unknown profile facts null', () => {
    const ctx = buildCoachContext({ request: request(), profile: profile(), now });
    expect(ctx.profile).toEqual({ age: null, weightKg: null, sex: null, maxHeartRate: null, restingHeartRate: null });
    expect(ctx.date).toBe('2026-03-10');
    expect(ctx.level).toBe('intermediate');
  });

  it("merges the location's equipment with the request's, once each, in catalog order, without 'none'", () => {
    expect(mergeEquipment(['rack', 'barbell', 'bench'], ['dumbbell', 'barbell'])).toEqual(['barbell', 'dumbbell', 'bench', 'rack']);
    expect(mergeEquipment(['none'], [])).toEqual([]);
    expect(mergeEquipment(null, undefined)).toEqual([]); // bodyweight only
    const ctx = buildCoachContext({ request: request({ equipment: ['kettlebell'] }), profile: profile(), locationEquipment: ['pull-up-bar'], now });
    expect(ctx.equipment).toEqual(['kettlebell', 'pull-up-bar']);
  });

  it('keeps the request: coach, discipline, duration, energy, goals and avoid list (trimmed, unique)', () => {
    const ctx = buildCoachContext({
      request: request({ coach: 'endurance', discipline: 'rowing', durationMin: 30, energy: 5, goals: [' 10k ', '10k', ''], avoid: ['knees', ' knees'] }),
      profile: profile(),
      now,
    });
    expect(ctx).toMatchObject({ coach: 'endurance', discipline: 'rowing', durationMin: 30, energy: 5, goals: ['10k'], avoid: ['knees'] });
    expect(buildCoachContext({ request: request(), profile: profile(), now }).discipline).toBeNull();
  });

  it('turns the last completed sessions into history entries, newest first, one per exercise and session', () => {
    const older = completed('2026-03-01T10:00:00.000Z', [logged('back-squat', 0, 0, { loadKg: 95 }), logged('back-squat', 0, 1, { loadKg: 95 })]);
    const newer = completed('2026-03-08T10:00:00.000Z', [
      logged('bench-press', 1, 0, { loadKg: 70 }),
      logged('back-squat', 0, 1, { loadKg: 100, rpe: 7.5 }),
      logged('back-squat', 0, 0, { loadKg: 100 }),
    ]);
    const draft = draftSession('user-1', { loggedSets: [] });
    const history = historyFromSessions([older, draft, newer]);
    expect(history.map((h) => `${h.exerciseId}@${h.performedAt.slice(0, 10)}`)).toEqual(['back-squat@2026-03-08', 'bench-press@2026-03-08', 'back-squat@2026-03-01']);
    expect(history[0]!.sets.map((s) => [s.loadKg, s.rpe])).toEqual([[100, 8], [100, 7.5]]); // in set order
    expect(history[0]!.sets[0]).toEqual({ reps: 5, loadKg: 100, durationSec: null, distanceM: null, rpe: 8, rir: null });
  });

  it('uses at most the 10 newest completed sessions', () => {
    const sessions = Array.from({ length: 14 }, (_, i) => completed(`2026-02-${String(10 + i).padStart(2, '0')}T10:00:00.000Z`, [logged('deadlift', 0, 0)]));
    const history = historyFromSessions(sessions);
    expect(history).toHaveLength(10);
    expect(history[0]!.performedAt.slice(0, 10)).toBe('2026-02-23');
    expect(history[9]!.performedAt.slice(0, 10)).toBe('2026-02-14');
  });

  it('feeds progressive overload: the offline coach adds 2.5 kg to the squat done at RPE ≤ 8', () => {
    const squats = completed('2026-03-06T18:00:00.000Z', [0, 1, 2].map((i) => logged('back-squat', 0, i, { reps: 5, loadKg: 100, rpe: 7.5 })));
    const bench = completed('2026-03-08T18:00:00.000Z', [logged('bench-press', 0, 0, { reps: 5, loadKg: 80, rpe: 8 })]);
    const ctx = buildCoachContext({ request: request({ equipment: ['barbell', 'rack', 'bench', 'dumbbell'] }), profile: profile(), sessions: [bench, squats], now });
    const squat = offlineCoach(ctx).blocks.flatMap((b) => b.exercises).find((e) => e.exerciseId === 'back-squat');
    expect(squat).toBeDefined();
    for (const set of squat!.sets.filter((s) => s.type === 'working')) expect(set.loadKg).toBe(102.5);
  });

  it('queries a history window around the UTC day (any time zone fits)', () => {
    expect(historyWindow(new Date('2026-03-10T23:30:00.000Z'))).toEqual({ fromDay: '2025-11-10', toDay: '2026-03-11' });
  });
});

describe('coach session', () => {
  const ctx = buildCoachContext({ request: request({ equipment: ['barbell', 'rack'] }), profile: profile({ timeZone: 'Europe/Paris' }), now });
  const prescription = offlineCoach(ctx);
  const base = { id: 'S1', userId: 'user-1', timeZone: 'Europe/Paris', now, prescription, provider: 'offline' as const, context: ctx, locationId: 'L1', tokenUsage: null, priority: 7 };

  it('is a draft queued for enrichment in fast mode', () => {
    const session = buildCoachSession({ ...base, mode: 'fast' });
    expect(trainingSessionSchema.safeParse(session).success).toBe(true);
    expect(session).toMatchObject({
      status: 'draft',
      origin: 'coach',
      provider: 'offline',
      coach: 'force',
      enrichmentStatus: 'fast',
      enrichmentPriority: 7,
      enrichmentQueuedAt: now.toISOString(),
      localDay: '2026-03-11',
      context: { locationId: 'L1', equipment: ['barbell', 'rack'], durationMin: 45, energy: 3 },
      title: prescription.title,
    });
  });

  it('is not queued in full mode', () => {
    const session = buildCoachSession({ ...base, mode: 'full', provider: 'openai', tokenUsage: { inputTokens: 10, outputTokens: 5, costUsd: 0.001 } });
    expect(session).toMatchObject({ enrichmentStatus: 'full', enrichmentQueuedAt: null, provider: 'openai', tokenUsage: { inputTokens: 10 } });
  });
});
