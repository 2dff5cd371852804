import { describe, expect, it } from 'vitest';
import { computeAcwr } from '../../../shared/domain/science/acwr';
import { applyLedgerChange, revisionOf, type LedgerChange } from '../../../shared/domain/ledger/day-ledger';
import {
  dailyLoadsOf,
  lastDays,
  lastSessionAtOf,
  sessionContribution,
  sessionDayChanges,
  sessionDaysOf,
  totalsOf,
  trainingDayLedger,
  type Contribution,
  type TrainingDay,
} from '../../../shared/domain/training/training-day';
import type { TrainingSession } from '../../../shared/domain/training/session';

const now = new Date('2026-04-10T20:00:00.000Z');

function session(id: string, overrides: Partial<TrainingSession> = {}, metrics: Partial<NonNullable<TrainingSession['metrics']>> = {}): TrainingSession {
  return {
    id,
    userId: 'u1',
    status: 'completed',
    localDay: '2026-04-10',
    createdAt: '2026-04-10T17:00:00.000Z',
    version: 3,
    completedAt: '2026-04-10T18:00:00.000Z',
    coach: 'force',
    discipline: 'strength',
    metrics: { durationMin: 60, calories: { kcal: 400, method: 'met' }, sessionLoad: 420, volumeKg: 2500.5, distanceKm: 0, ...metrics },
    ...overrides,
  } as unknown as TrainingSession;
}

const change = (day: TrainingDay | null, c: LedgerChange<Contribution>) => applyLedgerChange(trainingDayLedger, day, 'u1', c, now);
const apply = (day: TrainingDay | null, s: TrainingSession) => change(day, { kind: 'apply', ...sessionContribution(s)! });
const remove = (day: TrainingDay | null, s: TrainingSession, revision = revisionOf(s)) => change(day, { kind: 'remove', day: s.localDay, sourceId: s.id, revision });

describe('training day aggregate math', () => {
  it('adds a contribution and recomputes the totals', () => {
    const day = apply(null, session('A'))!;
    expect(day).toMatchObject({ day: '2026-04-10', sessionCount: 1, durationMin: 60, calories: 400, load: 420, volumeKg: 2500.5, lastSessionAt: '2026-04-10T18:00:00.000Z', version: 1 });
    expect(day.contributions.A).toMatchObject({ revision: revisionOf(session('A')), removed: false });
  });

  it('is idempotent: the same or an older version changes nothing', () => {
    const once = apply(null, session('A'))!;
    expect(apply(once, session('A'))).toBeNull();
    expect(apply(once, session('A', { version: 2 }, { durationMin: 999 }))).toBeNull();
  });

  it('a newer version replaces the contribution instead of adding to it', () => {
    const once = apply(null, session('A'))!;
    expect(apply(once, session('A', { version: 4 }, { durationMin: 75, calories: { kcal: 500, method: 'met' } }))).toMatchObject({ sessionCount: 1, durationMin: 75, calories: 500, version: 2 });
  });

  it('sums several sessions and keeps the latest completion instant', () => {
    let day = apply(null, session('A', { completedAt: '2026-04-10T18:00:00.000Z' }));
    day = apply(day, session('B', { completedAt: '2026-04-10T07:30:00.000Z' }, { durationMin: 30.25, calories: { kcal: 210, method: 'met' }, sessionLoad: 150, distanceKm: 5.2 }));
    expect(day).toMatchObject({ sessionCount: 2, durationMin: 90.3, calories: 610, load: 570, distanceKm: 5.2, lastSessionAt: '2026-04-10T18:00:00.000Z' });
  });

  it('removal leaves a tombstone that blocks a redelivery of the same or an older version', () => {
    let day = apply(null, session('A'));
    day = apply(day, session('B', { completedAt: '2026-04-10T09:00:00.000Z' }));
    const removed = remove(day, session('A'))!;
    expect(removed).toMatchObject({ sessionCount: 1, lastSessionAt: '2026-04-10T09:00:00.000Z' });
    expect(removed.contributions.A).toMatchObject({ removed: true, revision: revisionOf(session('A')), durationMin: 0, coach: 'force' });
    expect(remove(removed, session('A'))).toBeNull();
    expect(apply(removed, session('A'))).toBeNull();
    // A later version (the session moved back to this day) counts again.
    expect(apply(removed, session('A', { version: 5 }))!.sessionCount).toBe(2);
  });

  it('a removal older than the stored contribution changes nothing', () => {
    const day = apply(null, session('A', { version: 5 }));
    expect(remove(day, session('A', { version: 4 }))).toBeNull();
  });

  it('a removal never creates a day (an erased account, a session that never reached its day)', () => {
    expect(remove(null, session('A'))).toBeNull();
  });

  it('turns stream images into day changes: count, delete, move between days', () => {
    const a = session('A');
    const moved = session('A', { localDay: '2026-04-11', version: 4 });
    expect(sessionDayChanges(null, session('A', { status: 'active' }))).toEqual([]);
    expect(sessionDayChanges(null, a)).toEqual([{ kind: 'apply', ...sessionContribution(a) }]);
    expect(sessionDayChanges(a, null)).toEqual([{ kind: 'remove', day: '2026-04-10', sourceId: 'A', revision: revisionOf(a) }]);
    expect(sessionDayChanges(a, moved)).toEqual([
      { kind: 'remove', day: '2026-04-10', sourceId: 'A', revision: revisionOf(moved) },
      { kind: 'apply', ...sessionContribution(moved) },
    ]);
  });

  it('only completed sessions contribute; missing metrics count as 0', () => {
    const base = session('S', { version: 4, metrics: null });
    expect(sessionContribution({ ...base, status: 'active' })).toBeNull();
    expect(sessionContribution(null)).toBeNull();
    expect(sessionContribution(base)).toEqual({
      sourceId: 'S',
      day: '2026-04-10',
      entry: { revision: revisionOf(base), removed: false, completedAt: '2026-04-10T18:00:00.000Z', durationMin: 0, calories: 0, load: 0, volumeKg: 0, distanceKm: 0, coach: 'force', discipline: 'strength' },
    });
  });

  it('totals of no contributions are zero', () => {
    expect(totalsOf({})).toEqual({ sessionCount: 0, durationMin: 0, calories: 0, load: 0, volumeKg: 0, distanceKm: 0, lastSessionAt: null });
  });

  it('lastDays gives the inclusive window ending today', () => {
    expect(lastDays('2026-03-27', 35)).toEqual({ fromDay: '2026-02-21', toDay: '2026-03-27' });
    expect(lastDays('2026-03-01', 1)).toEqual({ fromDay: '2026-03-01', toDay: '2026-03-01' });
    expect(() => lastDays('2026-03-01', 0)).toThrow(RangeError);
  });

  it('feeds readiness, streak and ACWR helpers', () => {
    const days = [
      { day: '2026-03-25', sessionCount: 2, load: 300, lastSessionAt: '2026-03-25T19:00:00.000Z' },
      { day: '2026-03-26', sessionCount: 0, load: 0, lastSessionAt: null },
      { day: '2026-03-27', sessionCount: 1, load: 420, lastSessionAt: '2026-03-27T07:00:00.000Z' },
    ];
    expect(sessionDaysOf(days)).toEqual(['2026-03-25', '2026-03-25', '2026-03-27']);
    expect(dailyLoadsOf(days)).toEqual([{ day: '2026-03-25', load: 300 }, { day: '2026-03-27', load: 420 }]);
    expect(lastSessionAtOf(days)).toBe('2026-03-27T07:00:00.000Z');
    expect(lastSessionAtOf([])).toBeNull();
    expect(computeAcwr({ loads: dailyLoadsOf(days), today: '2026-03-27' }).acuteLoad).toBe(720);
  });
});
