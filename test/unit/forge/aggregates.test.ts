import { describe, expect, it } from 'vitest';
import {
  insightsOf,
  insightsRange,
  periodTotals,
  progressionBuckets,
  progressionOf,
  progressionRange,
  trendOf,
  weekStart,
} from '../../../functions/forge/aggregates';
import type { ForgeDaySummary } from '../../../shared/domain/forge/day';

const zero = { calories: 0, minutes: 0, count: 0 };

/** A day summary with the given totals per source. */
function day(localDay: string, parts: Partial<Record<'training_session' | 'manual' | 'wearable', { calories: number; minutes: number; count: number }>>): ForgeDaySummary {
  const bySource = { training_session: zero, manual: zero, wearable: zero, ...parts };
  const all = Object.values(bySource);
  return {
    userId: 'u1',
    localDay,
    calories: all.reduce((s, t) => s + t.calories, 0),
    minutes: all.reduce((s, t) => s + t.minutes, 0),
    count: all.reduce((s, t) => s + t.count, 0),
    bySource,
    syncedTrainingSessions: bySource.training_session.count,
    updatedAt: '2026-03-10T20:00:00.000Z',
  };
}

describe('Forge insights (pure)', () => {
  it('reads the current period ending today and the same length before it', () => {
    expect(insightsRange('week', '2026-03-15')).toEqual({ from: '2026-03-02', previousTo: '2026-03-08', currentFrom: '2026-03-09', to: '2026-03-15' });
    expect(insightsRange('month', '2026-03-30')).toMatchObject({ currentFrom: '2026-03-01', from: '2026-01-30', previousTo: '2026-02-28' });
  });

  it('totals, averages per day and the share of each source', () => {
    const totals = periodTotals(
      [
        day('2026-03-09', { training_session: { calories: 300, minutes: 45, count: 1 }, manual: { calories: 100, minutes: 30, count: 1 } }),
        day('2026-03-12', { wearable: { calories: 200, minutes: 25, count: 2 } }),
        day('2026-03-20', { manual: { calories: 999, minutes: 99, count: 9 } }), // outside the range
      ],
      '2026-03-09',
      '2026-03-15',
    );
    expect(totals).toMatchObject({ days: 7, activeDays: 2, calories: 600, minutes: 100, count: 4, syncedTrainingSessions: 1, avgCaloriesPerDay: 85.7, avgMinutesPerDay: 14.3 });
    expect(totals.bySource.training_session).toEqual({ calories: 300, minutes: 45, count: 1, shareOfCalories: 50, shareOfMinutes: 45, shareOfCount: 25 });
    expect(totals.bySource.wearable.shareOfCount).toBe(50);
    const empty = periodTotals([], '2026-03-09', '2026-03-15');
    expect(empty.bySource.manual).toEqual({ ...zero, shareOfCalories: null, shareOfMinutes: null, shareOfCount: null });
  });

  it('trends say up, down or flat (under 5 %), with no percentage from zero', () => {
    expect(trendOf(120, 100)).toEqual({ current: 120, previous: 100, change: 20, changePercent: 20, direction: 'up' });
    expect(trendOf(80, 100).direction).toBe('down');
    expect(trendOf(103, 100).direction).toBe('flat');
    expect(trendOf(50, 0)).toMatchObject({ changePercent: null, direction: 'up' });
    expect(trendOf(0, 0)).toMatchObject({ changePercent: null, direction: 'flat' });
  });

  it('compares with the previous period and picks the best day and the main source', () => {
    const days = [
      day('2026-03-03', { manual: { calories: 200, minutes: 60, count: 2 } }),
      day('2026-03-10', { training_session: { calories: 300, minutes: 50, count: 1 } }),
      day('2026-03-14', { training_session: { calories: 300, minutes: 40, count: 1 }, manual: { calories: 50, minutes: 20, count: 1 } }),
    ];
    const insights = insightsOf(days, 'week', '2026-03-15');
    expect(insights.current).toMatchObject({ from: '2026-03-09', to: '2026-03-15', calories: 650, count: 3 });
    expect(insights.previous).toMatchObject({ from: '2026-03-02', to: '2026-03-08', calories: 200, count: 2 });
    expect(insights.trends.calories).toMatchObject({ change: 450, changePercent: 225, direction: 'up' });
    expect(insights.trends.activeDays).toMatchObject({ current: 2, previous: 1 });
    expect(insights.bestDay).toEqual({ date: '2026-03-14', calories: 350, minutes: 60 });
    expect(insights.mainSource).toBe('training_session');
    expect(insightsOf([], 'month', '2026-03-15')).toMatchObject({ bestDay: null, mainSource: null, current: { count: 0 } });
  });
});

describe('Forge progression (pure)', () => {
  it('weeks start on Monday', () => {
    expect(weekStart('2026-03-15')).toBe('2026-03-09'); // a Sunday
    expect(weekStart('2026-03-09')).toBe('2026-03-09'); // a Monday
    expect(weekStart('2026-03-11')).toBe('2026-03-09');
  });

  it('week → 4 weeks, month → 12 weeks, quarter → 6 calendar months, the last one containing today', () => {
    const weeks = progressionBuckets('week', '2026-03-11');
    expect(weeks).toHaveLength(4);
    expect(weeks[0]).toEqual({ start: '2026-02-16', end: '2026-02-22' });
    expect(weeks.at(-1)).toEqual({ start: '2026-03-09', end: '2026-03-15' });
    expect(progressionBuckets('month', '2026-03-11')).toHaveLength(12);
    const months = progressionBuckets('quarter', '2026-03-11');
    expect(months.map((m) => m.start)).toEqual(['2025-10-01', '2025-11-01', '2025-12-01', '2026-01-01', '2026-02-01', '2026-03-01']);
    expect(months[4]).toEqual({ start: '2026-02-01', end: '2026-02-28' });
    expect(progressionRange('quarter', '2026-03-11')).toEqual({ from: '2025-10-01', to: '2026-03-11' });
  });

  it('sums each bucket per source, marks the running one partial, and trends the second half against the first', () => {
    const days = [
      day('2026-02-17', { manual: { calories: 100, minutes: 30, count: 1 } }),
      day('2026-02-24', { manual: { calories: 100, minutes: 30, count: 1 } }),
      day('2026-03-03', { training_session: { calories: 300, minutes: 60, count: 1 } }),
      day('2026-03-10', { training_session: { calories: 200, minutes: 40, count: 1 }, wearable: { calories: 100, minutes: 20, count: 1 } }),
    ];
    const progression = progressionOf(days, 'week', '2026-03-11');
    expect(progression).toMatchObject({ period: 'week', granularity: 'week', from: '2026-02-16', to: '2026-03-11' });
    expect(progression.series.map((b) => [b.start, b.calories, b.count, b.partial])).toEqual([
      ['2026-02-16', 100, 1, false],
      ['2026-02-23', 100, 1, false],
      ['2026-03-02', 300, 1, false],
      ['2026-03-09', 300, 2, true],
    ]);
    expect(progression.series[3]!.bySource.wearable).toEqual({ calories: 100, minutes: 20, count: 1 });
    expect(progression.series[3]!.syncedTrainingSessions).toBe(1);
    expect(progression.totals).toEqual({ calories: 800, minutes: 180, count: 5, activeDays: 4 });
    expect(progression.averagePerBucket).toEqual({ calories: 200, minutes: 45, count: 1.3 });
    expect(progression.trends.calories).toMatchObject({ current: 300, previous: 100, changePercent: 200, direction: 'up' });
  });
});
