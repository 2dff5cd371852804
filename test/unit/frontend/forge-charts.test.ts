import { describe, expect, it } from 'vitest';
import { axisMax, axisRange, barTotals, drawnSeries, labelStep, type ChartSeries } from '../../../frontend/src/ui/charts/chart-data';
import { oneRepMaxHistory, weeklySeries, weekStart } from '../../../frontend/src/training/records/training-series';
import type { LoggedSet, SessionListItem } from '../../../frontend/src/api/types';
import { bestSetsOf } from '../../../shared/domain/training/session-summary';

const bar = (key: string, values: Array<number | null>): ChartSeries => ({ key, label: key, values, color: '#000', kind: 'bar' });

describe('chart data', () => {
  it('stacks bars as running totals, tallest drawn first, lines untouched', () => {
    const line: ChartSeries = { key: 'l', label: 'l', values: [1, 2], color: '#000', kind: 'line', axis: 'right' };
    const drawn = drawnSeries([bar('a', [1, null]), bar('b', [2, 3]), line], true);
    expect(drawn.map((s) => [s.key, s.values])).toEqual([
      ['b', [3, 3]],
      ['a', [1, null]],
      ['l', [1, 2]],
    ]);
    expect(drawnSeries([bar('a', [1])], false)).toEqual([bar('a', [1])]);
  });
  it('totals bars per category and sizes axes on the totals when stacked', () => {
    expect(barTotals([bar('a', [1, null]), bar('b', [2, null])])).toEqual([3, null]);
    expect(axisMax([bar('a', [1, 4]), bar('b', [2, 1])], 'left', true)).toBe(5);
    expect(axisMax([bar('a', [1, 4]), bar('b', [2, 1])], 'left', false)).toBe(4);
    expect(axisRange([bar('a', [0, 0])], 'left', false)).toEqual([0, 1.1]);
  });
  it('keeps a line-only axis around its values', () => {
    const [low, high] = axisRange([{ key: 'e', label: 'e', values: [110, 125], color: '#000', kind: 'line' }], 'left', false);
    expect(low).toBeGreaterThan(100);
    expect(low).toBeLessThan(110);
    expect(high).toBeGreaterThan(125);
  });
  it('thins category labels to fit the width', () => {
    expect(labelStep(30, 320)).toBe(6);
    expect(labelStep(7, 1000)).toBe(1);
  });
});

const session = (id: string, localDay: string, metrics: { volumeKg: number; sessionLoad: number | null }, sets: Array<[string, number | null, number | null]> = []) =>
  ({
    id,
    localDay,
    status: 'completed',
    completedAt: `${localDay}T18:00:00.000Z`,
    metrics: { volumeKg: metrics.volumeKg, sessionLoad: metrics.sessionLoad },
    bestSets: bestSetsOf(sets.map(([exerciseId, reps, loadKg]) => ({ exerciseId, reps, loadKg }) as LoggedSet)),
  }) as unknown as SessionListItem;

describe('Training series', () => {
  it('starts weeks on Monday', () => {
    expect(weekStart('2026-03-08')).toBe('2026-03-02'); // a Sunday
    expect(weekStart('2026-03-09')).toBe('2026-03-09'); // a Monday
  });
  it('adds up volume and load per week and computes the ACWR once two earlier weeks exist', () => {
    const sessions = [
      session('s1', '2026-02-09', { volumeKg: 1000, sessionLoad: 300 }),
      session('s2', '2026-02-17', { volumeKg: 1200, sessionLoad: 300 }),
      session('s3', '2026-02-25', { volumeKg: 900, sessionLoad: 200 }),
      session('s4', '2026-02-26', { volumeKg: 600, sessionLoad: 250 }),
    ];
    const weeks = weeklySeries(sessions, '2026-02-27', 4);
    expect(weeks.map((w) => w.week)).toEqual(['2026-02-02', '2026-02-09', '2026-02-16', '2026-02-23']);
    expect(weeks.map((w) => [w.volumeKg, w.load, w.sessions])).toEqual([
      [0, 0, 0],
      [1000, 300, 1],
      [1200, 300, 1],
      [1500, 450, 2],
    ]);
    // The week of 9 Feb is the first of the history: no ACWR until two earlier weeks exist.
    expect(weeks.map((w) => w.acwr)).toEqual([null, null, null, 1.5]);
  });
  it('keeps the best set of each session per exercise, oldest first', () => {
    const history = oneRepMaxHistory([
      session('s2', '2026-02-17', { volumeKg: 0, sessionLoad: null }, [['back-squat', 5, 105], ['back-squat', 3, 110]]),
      session('s1', '2026-02-10', { volumeKg: 0, sessionLoad: null }, [['back-squat', 5, 100], ['bench-press', 20, 40]]),
    ]);
    expect(history.get('back-squat')!.map((p) => [p.sessionId, p.value])).toEqual([
      ['s1', 112.5],
      ['s2', 118.1],
    ]);
    expect(history.has('bench-press')).toBe(false);
  });
});
