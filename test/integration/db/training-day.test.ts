import { describe, expect, it } from 'vitest';
import {
  applySessionToTrainingDay,
  getTrainingDay,
  listTrainingDays,
  recentTrainingDays,
  removeSessionFromTrainingDay,
} from '../../../shared/db/entities/training-day';
import { computeReadiness } from '../../../shared/domain/science/readiness';
import { lastSessionAtOf, sessionContribution, sessionDaysOf, type SessionContribution } from '../../../shared/domain/training/training-day';
import type { TrainingSession } from '../../../shared/domain/training/session';
import { commandsOf, repositoryTableContext, uniqueUserId } from '../../support/db';
import { draftSession } from '../../support/sessions';

const ctx = repositoryTableContext;

function completed(userId: string, day: string, overrides: Partial<TrainingSession> = {}): TrainingSession {
  const completedAt = `${day}T18:00:00.000Z`;
  return draftSession(userId, {
    status: 'completed',
    createdAt: `${day}T17:00:00.000Z`,
    startedAt: `${day}T17:00:00.000Z`,
    completedAt,
    localDay: day,
    version: 3,
    metrics: {
      volumeKg: 2500,
      distanceKm: 0,
      totalReps: 25,
      setCount: 5,
      durationMin: 60,
      durationSource: 'session_timestamps',
      rpeAverage: 7,
      rpeSource: 'reported',
      calories: { kcal: 400, method: 'met' },
      sessionLoad: 420,
    },
    ...overrides,
  });
}

const contribution = (session: TrainingSession): SessionContribution => sessionContribution(session)!;

describe('training day aggregate', () => {
  it('adds a completed session once; a redelivered record changes nothing', async () => {
    const userId = uniqueUserId();
    const session = completed(userId, '2026-04-10');
    expect(await applySessionToTrainingDay(ctx(), userId, contribution(session))).toBe(true);
    expect(await applySessionToTrainingDay(ctx(), userId, contribution(session))).toBe(false);
    const day = await getTrainingDay(ctx(), userId, '2026-04-10');
    expect(day).toMatchObject({ sessionCount: 1, durationMin: 60, calories: 400, load: 420, volumeKg: 2500, lastSessionAt: session.completedAt, revision: 1 });
    expect(day!.contributions[session.id]).toMatchObject({ version: 3, removed: false });
  });

  it('a newer version replaces the contribution; an older one is ignored', async () => {
    const userId = uniqueUserId();
    const v3 = completed(userId, '2026-04-11');
    const v4: TrainingSession = { ...v3, version: 4, metrics: { ...v3.metrics!, durationMin: 75, calories: { kcal: 500, method: 'met' } } };
    await applySessionToTrainingDay(ctx(), userId, contribution(v3));
    expect(await applySessionToTrainingDay(ctx(), userId, contribution(v4))).toBe(true);
    expect(await applySessionToTrainingDay(ctx(), userId, contribution(v3))).toBe(false);
    expect(await getTrainingDay(ctx(), userId, '2026-04-11')).toMatchObject({ sessionCount: 1, durationMin: 75, calories: 500 });
  });

  it('sums several sessions of a day, and concurrent consumers lose nothing', async () => {
    const userId = uniqueUserId();
    const sessions = Array.from({ length: 5 }, (_, i) => completed(userId, '2026-04-12', { completedAt: `2026-04-12T1${i}:00:00.000Z` }));
    const results = await Promise.all(sessions.map((s) => applySessionToTrainingDay(ctx(), userId, contribution(s))));
    expect(results).toEqual([true, true, true, true, true]);
    expect(await getTrainingDay(ctx(), userId, '2026-04-12')).toMatchObject({
      sessionCount: 5, durationMin: 300, calories: 2000, load: 2100, lastSessionAt: '2026-04-12T14:00:00.000Z',
    });
  });

  it('removes a deleted session; a late redelivery of its last version cannot add it back', async () => {
    const userId = uniqueUserId();
    const keep = completed(userId, '2026-04-13', { completedAt: '2026-04-13T08:00:00.000Z' });
    const gone = completed(userId, '2026-04-13');
    await applySessionToTrainingDay(ctx(), userId, contribution(keep));
    await applySessionToTrainingDay(ctx(), userId, contribution(gone));
    expect(await removeSessionFromTrainingDay(ctx(), userId, '2026-04-13', gone.id, gone.version)).toBe(true);
    expect(await removeSessionFromTrainingDay(ctx(), userId, '2026-04-13', gone.id, gone.version)).toBe(false);
    expect(await applySessionToTrainingDay(ctx(), userId, contribution(gone))).toBe(false);
    const day = await getTrainingDay(ctx(), userId, '2026-04-13');
    expect(day).toMatchObject({ sessionCount: 1, durationMin: 60, lastSessionAt: '2026-04-13T08:00:00.000Z' });
    expect(day!.contributions[gone.id]).toMatchObject({ removed: true, version: 3 });
  });

  it('a removal never creates a day (an erased account, a session that never reached its day)', async () => {
    const userId = uniqueUserId();
    const session = completed(userId, '2026-04-14');
    expect(await removeSessionFromTrainingDay(ctx(), userId, '2026-04-14', session.id, 3)).toBe(false);
    expect(await getTrainingDay(ctx(), userId, '2026-04-14', true)).toBeNull();
  });

  it('lists a range of days and the last 35 days for Today', async () => {
    const userId = uniqueUserId();
    const days = ['2026-02-20', '2026-03-01', '2026-03-20', '2026-03-25', '2026-03-26', '2026-03-27'];
    for (const day of days) await applySessionToTrainingDay(ctx(), userId, contribution(completed(userId, day)));
    expect((await listTrainingDays(ctx(), userId, '2026-03-01', '2026-03-25')).map((d) => d.day)).toEqual(['2026-03-01', '2026-03-20', '2026-03-25']);
    const recent = await recentTrainingDays(ctx(), userId, '2026-03-27');
    expect(recent.map((d) => d.day)).toEqual(['2026-03-01', '2026-03-20', '2026-03-25', '2026-03-26', '2026-03-27']);
    const readiness = computeReadiness({
      now: new Date('2026-03-27T20:00:00.000Z'), lastSessionAt: lastSessionAtOf(recent), latestEffortScore: null, sessionDays: sessionDaysOf(recent), today: '2026-03-27',
    });
    expect(readiness.consistency.streakDays).toBe(3);
    expect(readiness.recovery.hoursSinceLastSession).toBe(2);
  });

  it("two users never see each other's days", async () => {
    const alice = uniqueUserId();
    const bob = uniqueUserId();
    await applySessionToTrainingDay(ctx(), alice, contribution(completed(alice, '2026-04-15')));
    expect(await getTrainingDay(ctx(), bob, '2026-04-15')).toBeNull();
    expect(await recentTrainingDays(ctx(), bob, '2026-04-15')).toEqual([]);
    expect(await removeSessionFromTrainingDay(ctx(), bob, '2026-04-15', 'whatever', 1)).toBe(false); // Bob has no such day
    expect(await getTrainingDay(ctx(), bob, '2026-04-15', true)).toBeNull();
    expect(await getTrainingDay(ctx(), alice, '2026-04-15')).toMatchObject({ sessionCount: 1 });
  });

  it('serves its read patterns with GetItem/Query only', async () => {
    const userId = uniqueUserId();
    await applySessionToTrainingDay(ctx(), userId, contribution(completed(userId, '2026-04-16')));
    expect(await commandsOf(() => getTrainingDay(ctx(), userId, '2026-04-16'))).toEqual(['GetItem']);
    expect(await commandsOf(() => recentTrainingDays(ctx(), userId, '2026-04-16'))).toEqual(['Query']);
    expect(await commandsOf(() => listTrainingDays(ctx(), userId, '2026-04-01', '2026-04-30'))).toEqual(['Query']);
  });
});
