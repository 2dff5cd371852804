import { describe, expect, it } from 'vitest';
import { computeAcwr } from '../../../shared/domain/science/acwr';
import {
  applyContribution,
  dailyLoadsOf,
  emptyTrainingDay,
  lastDays,
  lastSessionAtOf,
  removeContribution,
  sessionContribution,
  sessionDaysOf,
  totalsOf,
  type SessionContribution,
  type TrainingDay,
} from '../../../shared/domain/training/training-day';
import type { TrainingSession } from '../../../shared/domain/training/session';

const now = new Date('2026-04-10T20:00:00.000Z');

const contribution = (sessionId: string, overrides: Partial<SessionContribution> = {}): SessionContribution => ({
  sessionId,
  day: '2026-04-10',
  version: 3,
  completedAt: '2026-04-10T18:00:00.000Z',
  durationMin: 60,
  calories: 400,
  load: 420,
  volumeKg: 2500.5,
  distanceKm: 0,
  coach: 'force',
  discipline: 'strength',
  ...overrides,
});

const empty = (): TrainingDay => emptyTrainingDay('u1', '2026-04-10', now);

describe('training day aggregate math', () => {
  it('adds a contribution and recomputes the totals', () => {
    const { day, changed } = applyContribution(empty(), contribution('A'), now);
    expect(changed).toBe(true);
    expect(day).toMatchObject({ sessionCount: 1, durationMin: 60, calories: 400, load: 420, volumeKg: 2500.5, lastSessionAt: '2026-04-10T18:00:00.000Z' });
    expect(day.contributions.A).toMatchObject({ version: 3, removed: false });
  });

  it('is idempotent: the same or an older version changes nothing', () => {
    const once = applyContribution(empty(), contribution('A'), now).day;
    expect(applyContribution(once, contribution('A'), now)).toEqual({ day: once, changed: false });
    expect(applyContribution(once, contribution('A', { version: 2, durationMin: 999 }), now)).toEqual({ day: once, changed: false });
  });

  it('a newer version replaces the contribution instead of adding to it', () => {
    const once = applyContribution(empty(), contribution('A'), now).day;
    const { day } = applyContribution(once, contribution('A', { version: 4, durationMin: 75, calories: 500 }), now);
    expect(day).toMatchObject({ sessionCount: 1, durationMin: 75, calories: 500 });
  });

  it('sums several sessions and keeps the latest completion instant', () => {
    let day = empty();
    day = applyContribution(day, contribution('A', { completedAt: '2026-04-10T18:00:00.000Z' }), now).day;
    day = applyContribution(day, contribution('B', { completedAt: '2026-04-10T07:30:00.000Z', durationMin: 30.25, calories: 210, load: 150, distanceKm: 5.2 }), now).day;
    expect(day).toMatchObject({ sessionCount: 2, durationMin: 90.3, calories: 610, load: 570, distanceKm: 5.2, lastSessionAt: '2026-04-10T18:00:00.000Z' });
  });

  it('removal leaves a tombstone that blocks a redelivery of the same or an older version', () => {
    let day = applyContribution(empty(), contribution('A'), now).day;
    day = applyContribution(day, contribution('B', { completedAt: '2026-04-10T09:00:00.000Z' }), now).day;
    const removed = removeContribution(day, 'A', 3, now);
    expect(removed.changed).toBe(true);
    expect(removed.day).toMatchObject({ sessionCount: 1, lastSessionAt: '2026-04-10T09:00:00.000Z' });
    expect(removed.day.contributions.A).toMatchObject({ removed: true, version: 3, durationMin: 0 });
    expect(removeContribution(removed.day, 'A', 3, now).changed).toBe(false);
    expect(applyContribution(removed.day, contribution('A'), now).changed).toBe(false);
    // A later version (the session moved back to this day) counts again.
    expect(applyContribution(removed.day, contribution('A', { version: 5 }), now).day.sessionCount).toBe(2);
  });

  it('a removal older than the stored contribution changes nothing', () => {
    const day = applyContribution(empty(), contribution('A', { version: 5 }), now).day;
    expect(removeContribution(day, 'A', 4, now).changed).toBe(false);
  });

  it('refuses a contribution of another day', () => {
    expect(() => applyContribution(empty(), contribution('A', { day: '2026-04-11' }), now)).toThrow(RangeError);
  });

  it('only completed sessions contribute; missing metrics count as 0', () => {
    const base = { id: 'S', localDay: '2026-04-10', version: 4, completedAt: '2026-04-10T18:00:00.000Z', coach: 'force', discipline: 'strength', metrics: null } as unknown as TrainingSession;
    expect(sessionContribution({ ...base, status: 'active' })).toBeNull();
    expect(sessionContribution({ ...base, status: 'completed' })).toEqual({
      sessionId: 'S', day: '2026-04-10', version: 4, completedAt: '2026-04-10T18:00:00.000Z', durationMin: 0, calories: 0, load: 0, volumeKg: 0, distanceKm: 0, coach: 'force', discipline: 'strength',
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
