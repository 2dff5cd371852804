import { describe, expect, it } from 'vitest';
import { applySessionChange, getTrainingDay, listTrainingDays, recentTrainingDays } from '../../../shared/db/entities/training-day';
import { revisionOf } from '../../../shared/domain/ledger/day-ledger';
import { computeReadiness } from '../../../shared/domain/science/readiness';
import { lastSessionAtOf, sessionDaysOf } from '../../../shared/domain/training/training-day';
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

describe('training day aggregate', () => {
  it('adds a completed session once; a redelivered record changes nothing', async () => {
    const userId = uniqueUserId();
    const session = completed(userId, '2026-04-10');
    expect(await applySessionChange(ctx(), null, session)).toBe(1);
    expect(await applySessionChange(ctx(), null, session)).toBe(0);
    const day = await getTrainingDay(ctx(), userId, '2026-04-10');
    expect(day).toMatchObject({ sessionCount: 1, durationMin: 60, calories: 400, load: 420, volumeKg: 2500, lastSessionAt: session.completedAt, version: 1 });
    expect(day!.contributions[session.id]).toMatchObject({ revision: revisionOf(session), removed: false });
  });

  it('a newer version replaces the contribution; an older one is ignored', async () => {
    const userId = uniqueUserId();
    const v3 = completed(userId, '2026-04-11');
    const v4: TrainingSession = { ...v3, version: 4, metrics: { ...v3.metrics!, durationMin: 75, calories: { kcal: 500, method: 'met' } } };
    await applySessionChange(ctx(), null, v3);
    expect(await applySessionChange(ctx(), v3, v4)).toBe(1);
    expect(await applySessionChange(ctx(), null, v3)).toBe(0);
    expect(await getTrainingDay(ctx(), userId, '2026-04-11')).toMatchObject({ sessionCount: 1, durationMin: 75, calories: 500 });
  });

  it('sums several sessions of a day, and concurrent consumers lose nothing', async () => {
    const userId = uniqueUserId();
    const sessions = Array.from({ length: 5 }, (_, i) => completed(userId, '2026-04-12', { completedAt: `2026-04-12T1${i}:00:00.000Z` }));
    const results = await Promise.all(sessions.map((s) => applySessionChange(ctx(), null, s)));
    expect(results).toEqual([1, 1, 1, 1, 1]);
    expect(await getTrainingDay(ctx(), userId, '2026-04-12')).toMatchObject({
      sessionCount: 5, durationMin: 300, calories: 2000, load: 2100, lastSessionAt: '2026-04-12T14:00:00.000Z',
    });
  });

  it('removes a deleted session; a late redelivery of its last version cannot add it back', async () => {
    const userId = uniqueUserId();
    const keep = completed(userId, '2026-04-13', { completedAt: '2026-04-13T08:00:00.000Z' });
    const gone = completed(userId, '2026-04-13');
    await applySessionChange(ctx(), null, keep);
    await applySessionChange(ctx(), null, gone);
    expect(await applySessionChange(ctx(), gone, null)).toBe(1);
    expect(await applySessionChange(ctx(), gone, null)).toBe(0);
    expect(await applySessionChange(ctx(), null, gone)).toBe(0);
    const day = await getTrainingDay(ctx(), userId, '2026-04-13');
    expect(day).toMatchObject({ sessionCount: 1, durationMin: 60, lastSessionAt: '2026-04-13T08:00:00.000Z' });
    expect(day!.contributions[gone.id]).toMatchObject({ removed: true, revision: revisionOf(gone) });
  });

  it('a session moved to another day leaves a tombstone in its old day and counts in the new one', async () => {
    const userId = uniqueUserId();
    const before = completed(userId, '2026-04-17');
    const after: TrainingSession = { ...before, localDay: '2026-04-18', version: 4 };
    await applySessionChange(ctx(), null, before);
    expect(await applySessionChange(ctx(), before, after)).toBe(2);
    expect(await applySessionChange(ctx(), null, before)).toBe(0); // a late record of the old state
    const days = await listTrainingDays(ctx(), userId, '2026-04-17', '2026-04-18');
    expect(days.map((d) => [d.day, d.sessionCount])).toEqual([
      ['2026-04-17', 0],
      ['2026-04-18', 1],
    ]);
    expect(days[0]!.contributions[before.id]).toMatchObject({ removed: true, revision: revisionOf(after) });
  });

  it('a removal never creates a day (an erased account, a session that never reached its day)', async () => {
    const userId = uniqueUserId();
    const session = completed(userId, '2026-04-14');
    expect(await applySessionChange(ctx(), session, null)).toBe(0);
    expect(await getTrainingDay(ctx(), userId, '2026-04-14', true)).toBeNull();
  });

  it('lists a range of days and the last 35 days for Today', async () => {
    const userId = uniqueUserId();
    const days = ['2026-02-20', '2026-03-01', '2026-03-20', '2026-03-25', '2026-03-26', '2026-03-27'];
    for (const day of days) await applySessionChange(ctx(), null, completed(userId, day));
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
    await applySessionChange(ctx(), null, completed(alice, '2026-04-15'));
    expect(await getTrainingDay(ctx(), bob, '2026-04-15')).toBeNull();
    expect(await recentTrainingDays(ctx(), bob, '2026-04-15')).toEqual([]);
    expect(await applySessionChange(ctx(), completed(bob, '2026-04-15'), null)).toBe(0); // Bob has no such day
    expect(await getTrainingDay(ctx(), bob, '2026-04-15', true)).toBeNull();
    expect(await getTrainingDay(ctx(), alice, '2026-04-15')).toMatchObject({ sessionCount: 1 });
  });

  it('serves its read patterns with GetItem/Query only', async () => {
    const userId = uniqueUserId();
    await applySessionChange(ctx(), null, completed(userId, '2026-04-16'));
    expect(await commandsOf(() => getTrainingDay(ctx(), userId, '2026-04-16'))).toEqual(['GetItem']);
    expect(await commandsOf(() => recentTrainingDays(ctx(), userId, '2026-04-16'))).toEqual(['Query']);
    expect(await commandsOf(() => listTrainingDays(ctx(), userId, '2026-04-01', '2026-04-30'))).toEqual(['Query']);
  });
});
