import { describe, expect, it } from 'vitest';
import {
  addDays,
  caloriesPerDay,
  changesOf,
  dayScenario,
  daysBetween,
  formValuesOf,
  fromDateTimeLocal,
  otherThanTraining,
  parseActivityForm,
  summaryMatchesActivities,
  toDateTimeLocal,
  trendWords,
  type ActivityFormValues,
} from '../../../frontend/src/forge/forge-format';
import type { Activity, ForgeDay } from '../../../frontend/src/forge/types';
import { manualActivityInputSchema } from '../../../shared/domain/forge/activity';

const totals = (calories: number, minutes: number, count: number) => ({ calories, minutes, count });
const summary = (training: [number, number, number], manual: [number, number, number], wearable: [number, number, number] = [0, 0, 0]): ForgeDay['summary'] => {
  const bySource = { training_session: totals(...training), manual: totals(...manual), wearable: totals(...wearable) };
  return {
    calories: training[0] + manual[0] + wearable[0],
    minutes: training[1] + manual[1] + wearable[1],
    count: training[2] + manual[2] + wearable[2],
    bySource,
    syncedTrainingSessions: training[2],
    updatedAt: null,
  };
};

const activity = (overrides: Partial<Activity> = {}): Activity => ({
  id: 'a1',
  userId: 'u',
  source: 'manual',
  sourceId: null,
  provider: null,
  sourceVersion: null,
  type: 'walking',
  title: 'Evening walk',
  discipline: null,
  startAt: '2026-03-10T18:00:00.000Z',
  durationMin: 30,
  calories: 120,
  distanceKm: 2.5,
  avgHr: null,
  maxHr: null,
  zones: null,
  effortScore: null,
  notes: null,
  localDay: '2026-03-10',
  createdAt: '2026-03-10T18:40:00.000Z',
  updatedAt: '2026-03-10T18:40:00.000Z',
  version: 1,
  ...overrides,
});

const form = (overrides: Partial<ActivityFormValues> = {}): ActivityFormValues => ({ ...formValuesOf(null, '2026-03-10T18:00'), ...overrides });
const now = new Date('2026-03-10T20:00:00');

describe('Forge day scenarios (seed A, B, C)', () => {
  it('A: training and manual → Forge adds the manual part to Training’s numbers', () => {
    const day = summary([320, 45, 1], [120, 30, 1]);
    expect(dayScenario(day)).toBe('mixed');
    expect(otherThanTraining(day)).toEqual({ calories: 120, minutes: 30 });
  });
  it('B: training only → the same totals as Training', () => expect(dayScenario(summary([320, 45, 1], [0, 0, 0]))).toBe('trainingOnly'));
  it('C: manual or wearable only → nothing in Training', () => {
    expect(dayScenario(summary([0, 0, 0], [120, 30, 1]))).toBe('otherOnly');
    expect(dayScenario(summary([0, 0, 0], [0, 0, 0], [400, 40, 1]))).toBe('otherOnly');
  });
  it('an empty day is empty', () => expect(dayScenario(summary([0, 0, 0], [0, 0, 0]))).toBe('empty'));
});

describe('summaryMatchesActivities', () => {
  it('agrees when count, calories and minutes match the listed activities', () => {
    expect(summaryMatchesActivities({ summary: summary([0, 0, 0], [120, 30, 1]), activities: [activity()] })).toBe(true);
  });
  it('disagrees while the aggregate has not caught up with an add, a delete or an edit', () => {
    expect(summaryMatchesActivities({ summary: summary([0, 0, 0], [0, 0, 0]), activities: [activity()] })).toBe(false);
    expect(summaryMatchesActivities({ summary: summary([0, 0, 0], [120, 30, 1]), activities: [] })).toBe(false);
    expect(summaryMatchesActivities({ summary: summary([0, 0, 0], [120, 30, 1]), activities: [activity({ calories: 150 })] })).toBe(false);
  });
  it('counts an activity without calories as 0 kcal, as the aggregate does', () => {
    expect(summaryMatchesActivities({ summary: summary([0, 0, 0], [0, 30, 1]), activities: [activity({ calories: null })] })).toBe(true);
  });
});

describe('trendWords', () => {
  const trend = (current: number, previous: number, changePercent: number | null, direction: 'up' | 'down' | 'flat') => ({ current, previous, change: current - previous, changePercent, direction });
  it('rounds the percent and keeps the direction', () => {
    expect(trendWords(trend(150, 100, 50.4, 'up'))).toEqual({ kind: 'up', percent: 50 });
    expect(trendWords(trend(50, 100, -49.6, 'down'))).toEqual({ kind: 'down', percent: 50 });
  });
  it('says "up from nothing" when there was nothing before, and flat when flat', () => {
    expect(trendWords(trend(100, 0, null, 'up'))).toEqual({ kind: 'upFromZero' });
    expect(trendWords(trend(0, 0, null, 'flat'))).toEqual({ kind: 'flat' });
  });
});

describe('dates', () => {
  it('adds days across months and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-02-27', '2026-03-02')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
  });
  it('round-trips a datetime-local value through an ISO instant', () => {
    const iso = fromDateTimeLocal('2026-03-10T18:05')!;
    expect(toDateTimeLocal(iso)).toBe('2026-03-10T18:05');
    expect(fromDateTimeLocal('10/03/2026')).toBeNull();
  });
});

describe('caloriesPerDay', () => {
  it('lists every day of the range with each source’s calories (0 when nothing, null calories count 0)', () => {
    const series = caloriesPerDay(
      [
        activity({ localDay: '2026-03-10', source: 'manual', calories: 120 }),
        activity({ localDay: '2026-03-10', source: 'training_session', calories: 320.4 }),
        activity({ localDay: '2026-03-08', source: 'manual', calories: 80 }),
        activity({ localDay: '2026-03-08', source: 'manual', calories: null }),
        activity({ localDay: '2026-02-01', source: 'manual', calories: 999 }),
      ],
      '2026-03-08',
      '2026-03-10',
    );
    expect(series.days).toEqual(['2026-03-08', '2026-03-09', '2026-03-10']);
    expect(series.bySource).toEqual({ training_session: [0, 0, 320.4], manual: [80, 0, 120], wearable: [0, 0, 0] });
  });
});

describe('the manual-activity form', () => {
  it('builds a body the API schema accepts', () => {
    const parsed = parseActivityForm(form({ title: 'Evening walk', calories: '120', distanceKm: '2,5', avgHr: '110', maxHr: '130', notes: ' nice ' }), now);
    expect('body' in parsed).toBe(true);
    if (!('body' in parsed)) return;
    expect(parsed.body).toMatchObject({ type: 'walking', title: 'Evening walk', durationMin: 30, calories: 120, distanceKm: 2.5, avgHr: 110, maxHr: 130, notes: 'nice' });
    expect(manualActivityInputSchema.safeParse(parsed.body).success).toBe(true);
  });
  it('refuses what the API would refuse, field by field', () => {
    const parsed = parseActivityForm(form({ durationMin: '0', calories: 'lots', avgHr: '150', maxHr: '140', start: '2026-03-11T09:00' }), now);
    expect('problems' in parsed && parsed.problems).toEqual({
      durationMin: { key: 'range', vars: { min: 1, max: 1440 } },
      calories: { key: 'number' },
      avgHr: { key: 'hrOrder' },
      start: { key: 'future' },
    });
    expect('problems' in parseActivityForm(form({ durationMin: '' }), now) && parseActivityForm(form({ durationMin: '' }), now)).toMatchObject({ problems: { durationMin: { key: 'required' } } });
    expect(parseActivityForm(form({ durationMin: '12.5' }), now)).toMatchObject({ problems: { durationMin: { key: 'wholeNumber' } } });
  });
  it('sends only the changed fields on an edit', () => {
    const current = activity();
    const parsed = parseActivityForm({ ...formValuesOf(current, ''), durationMin: '45', notes: 'windy' }, now);
    if (!('body' in parsed)) throw new Error('expected a body');
    expect(changesOf(current, parsed.body)).toEqual({ durationMin: 45, notes: 'windy' });
    const same = parseActivityForm(formValuesOf(current, ''), now);
    if (!('body' in same)) throw new Error('expected a body');
    expect(changesOf(current, same.body)).toEqual({});
  });
});
