import { describe, expect, it } from 'vitest';
import { computeTrainingMetrics, stalledExercises, weekStartOf } from '../../../shared/domain/insights/metrics';
import { addDays } from '../../../shared/domain/science/days';
import { daysBack, lift, lookup, session, set } from './support';

const today = '2026-03-18'; // a Wednesday

describe('weekStartOf', () => {
  it('is the Monday of the ISO week', () => {
    expect(weekStartOf('2026-03-18')).toBe('2026-03-16');
    expect(weekStartOf('2026-03-16')).toBe('2026-03-16');
    expect(weekStartOf('2026-03-22')).toBe('2026-03-16'); // Sunday
  });
});

describe('computeTrainingMetrics', () => {
  it('weekly series: one point per week ending with the current one, sessions / volume / RPE / load added up', () => {
    const sessions = [lift('2026-03-16', [['squat', 5, 5, 100]], 8, 50), lift('2026-03-17', [['bench', 3, 5, 80]], 6, 40), lift('2026-03-10', [['squat', 5, 5, 95]], 7, 60)];
    const m = computeTrainingMetrics({ sessions, today, windowDays: 28, lookup });
    expect(m.weeks.map((w) => w.weekStart)).toEqual(['2026-02-23', '2026-03-02', '2026-03-09', '2026-03-16']);
    expect(m.weeks[3]).toEqual({ weekStart: '2026-03-16', sessions: 2, volumeKg: 2500 + 1200, durationMin: 90, distanceKm: 0, avgRpe: 7, load: 400 + 240 });
    expect(m.weeks[2]).toMatchObject({ sessions: 1, volumeKg: 2375, avgRpe: 7, load: 420 });
    expect(m.weeks[0]).toMatchObject({ sessions: 0, avgRpe: null, load: 0 });
    expect(m.totals).toMatchObject({ sessions: 3, volumeKg: 6075, durationMin: 150, avgRpe: 7 });
  });

  it('ignores sessions outside the window for counts, but not for the fitness model', () => {
    const old = lift(addDays(today, -60), [['squat', 5, 5, 100]]);
    const m = computeTrainingMetrics({ sessions: [old], today, windowDays: 28, lookup });
    expect(m.sessionsAnalyzed).toBe(0);
    expect(m.load.fitness.ctl).toBeGreaterThan(0);
    expect(m.daysSinceLast).toBeNull();
  });

  it('trends: recent half against the earlier half of the weeks since the first session', () => {
    // 8 weeks: 2 sessions a week of 2,000 kg, then the last 4 weeks 3 sessions of 2,400 kg.
    const start = weekStartOf(addDays(today, -7 * 7));
    const sessions = Array.from({ length: 8 }, (_, w) => w).flatMap((w) => {
      const monday = addDays(start, 7 * w);
      const recent = w >= 4;
      return Array.from({ length: recent ? 3 : 2 }, (_, i) => lift(addDays(monday, i * 2), [['squat', 4, 5, recent ? 120 : 100]], recent ? 8 : 7));
    }).filter((s) => s.day <= today);
    const m = computeTrainingMetrics({ sessions, today, windowDays: 90, lookup });
    expect(m.trends.consistency).toMatchObject({ activeWeeks: 8, weeks: 8, percentage: 100 });
    expect(m.trends.volume.measure).toBe('kg');
    expect(m.trends.volume.trend).toBe('up');
    expect(m.trends.volume.previousWeekly).toBe(4000);
    expect(m.trends.sessions.trend).toBe('up');
    expect(m.trends.intensity).toMatchObject({ trend: 'up', previousAvgRpe: 7, recentAvgRpe: 8 });
  });

  it('volume is minutes for athletes who do not lift; consistency counts weeks without sessions', () => {
    const runs = daysBack(today, 6, 14).map((day) => session(day, { discipline: 'running', coach: 'endurance', durationMin: 45, distanceKm: 8, sets: [set('run', { distanceM: 8000, durationSec: 2700 })] }));
    const m = computeTrainingMetrics({ sessions: runs, today, windowDays: 90, lookup });
    expect(m.trends.volume.measure).toBe('min');
    expect(m.trends.consistency.weeks).toBe(11);
    expect(m.trends.consistency.activeWeeks).toBe(6);
    expect(m.trends.consistency.percentage).toBe(55);
    expect(m.disciplines).toEqual([{ discipline: 'running', sessions: 6, minutes: 270, share: 1 }]);
  });

  it('imbalances: pushing far more than pulling, no legs, one discipline only', () => {
    const sessions = daysBack(today, 8, 3).map((day) => lift(day, [['bench', 4, 8, 70], ['ohp', 3, 8, 40], ['row', 1, 10, 60]]));
    const m = computeTrainingMetrics({ sessions, today, windowDays: 90, lookup });
    expect(m.balance).toEqual({ pushSets: 56, pullSets: 8, upperSets: 64, lowerSets: 0 });
    expect(m.imbalances.map((i) => [i.kind, i.severity])).toEqual([['push_pull', 'high'], ['upper_lower', 'high'], ['discipline_mix', 'low']]);
    expect(m.imbalances[0]!.ratio).toBe(7);
  });

  it('no imbalance on balanced training, nor on too little work to judge', () => {
    const balanced = daysBack(today, 6, 4).map((day) => lift(day, [['bench', 3, 5, 80], ['row', 3, 8, 60], ['squat', 3, 5, 100], ['deadlift', 3, 5, 120]]));
    expect(computeTrainingMetrics({ sessions: balanced, today, windowDays: 90, lookup }).imbalances.filter((i) => i.kind !== 'discipline_mix')).toEqual([]);
    const little = [lift(today, [['bench', 5, 5, 80]])];
    expect(computeTrainingMetrics({ sessions: little, today, windowDays: 90, lookup }).imbalances).toEqual([]);
  });

  it('load: ACWR from the session loads, monotony and strain of the last 7 days, fitness/fatigue/form', () => {
    const sessions = daysBack(today, 20, 2).map((day) => session(day, { load: 400 }));
    const m = computeTrainingMetrics({ sessions, today, windowDays: 90, lookup });
    expect(m.load.acwr.ratio).not.toBeNull();
    expect(m.load.acwr.flag).toBe('optimal');
    expect(m.load.monotony.weeklyLoad).toBe(1600);
    expect(m.load.fitness.ctl).toBeGreaterThan(0);
    expect(m.load.fitness.atl).toBeGreaterThan(m.load.fitness.ctl);
  });
});

describe('stalledExercises (weak points)', () => {
  it('an estimated 1RM not beaten in 3+ sessions and 3+ weeks is a weak point; a progressing lift is not', () => {
    const days = daysBack(today, 8, 5); // every 5 days over 35 days
    const squat = [100, 105, 110, 110, 107.5, 105, 105, 102.5];
    const bench = [70, 72.5, 75, 77.5, 80, 82.5, 85, 87.5];
    const sessions = days.map((day, i) => lift(day, [['squat', 3, 5, squat[i]!], ['bench', 3, 5, bench[i]!]]));
    const weak = stalledExercises(sessions, today);
    expect(weak).toHaveLength(1);
    expect(weak[0]).toMatchObject({ exerciseId: 'squat', measure: 'estimated_1rm', bestDay: days[2], sessionsSince: 5, weeksStalled: 3, regressing: true });
    expect(weak[0]!.best).toBeCloseTo(123.8, 1); // Brzycki 110 × 36 / 32
  });

  it('pace: lower is better; bodyweight reps count as max reps', () => {
    const days = daysBack(today, 6, 6);
    const paces = [300, 290, 295, 296, 298, 297];
    const runs = days.map((day, i) => session(day, { discipline: 'running', sets: [set('run', { distanceM: 5000, durationSec: paces[i]! * 5 })] }));
    expect(stalledExercises(runs, today)).toMatchObject([{ exerciseId: 'run', measure: 'best_pace', best: 290, sessionsSince: 4 }]);
    const pullups = days.map((day, i) => session(day, { sets: [set('pullup', { reps: [8, 10, 9, 9, 10, 9][i]! })] }));
    expect(stalledExercises(pullups, today)).toMatchObject([{ exerciseId: 'pullup', measure: 'max_reps', best: 10, sessionsSince: 4 }]);
  });
});
