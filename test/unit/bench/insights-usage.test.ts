import { describe, expect, it } from 'vitest';
import { describeMonth, generateMonth, generateUserMonth, MONTH_DAYS, mulberry32, SEED_USAGE, type InsightsUsage } from '../../../bench/insights-usage';

const start = Date.UTC(2026, 0, 5);
const dayOf = (at: number) => Math.floor((at - start) / 86_400_000);

describe('the simulated month of insights usage', () => {
  const months = generateMonth(SEED_USAGE, 400, start, 7);
  const perUser = describeMonth(months);

  it('completes about sessionsPerWeek sessions a week', () => {
    expect(perUser.completions).toBeGreaterThan(SEED_USAGE.sessionsPerWeek * (MONTH_DAYS / 7) * 0.9);
    expect(perUser.completions).toBeLessThan(SEED_USAGE.sessionsPerWeek * (MONTH_DAYS / 7) * 1.1);
  });

  it('opens Conseils and Progression at the stated rates per active day', () => {
    const activeDays = SEED_USAGE.activeDaysPerWeek * (MONTH_DAYS / 7);
    const progressionPerDay = Object.values(SEED_USAGE.progressionOpensPerActiveDay).reduce((a, b) => a + b, 0);
    expect(perUser.conseilsRequests / activeDays).toBeCloseTo(SEED_USAGE.conseilsOpensPerActiveDay, 0);
    expect(perUser.conseilsRequests / activeDays).toBeGreaterThan(SEED_USAGE.conseilsOpensPerActiveDay * 0.9);
    expect(perUser.progressionRequests / activeDays).toBeGreaterThan(progressionPerDay * 0.9);
    expect(perUser.progressionRequests / activeDays).toBeLessThan(progressionPerDay * 1.1);
  });

  it('marks the stated number of manual refreshes', () => {
    expect(perUser.refreshes).toBe(SEED_USAGE.conseilsRefreshesPerMonth + SEED_USAGE.progressionRefreshesPerMonth);
  });

  it('keeps each athlete\'s events in time order, inside the month and the day hours', () => {
    for (const month of months.slice(0, 50)) {
      const times = month.events.map((e) => e.at);
      expect(times).toEqual([...times].sort((a, b) => a - b));
      for (const event of month.events) {
        expect(dayOf(event.at)).toBeGreaterThanOrEqual(0);
        expect(dayOf(event.at)).toBeLessThan(MONTH_DAYS);
        const hour = new Date(event.at).getUTCHours();
        expect(hour).toBeGreaterThanOrEqual(SEED_USAGE.dayHours[0]);
        expect(hour).toBeLessThan(SEED_USAGE.dayHours[1]);
      }
      expect(month.history.every((at) => at < start)).toBe(true);
    }
  });

  it('trains only on days the app is opened', () => {
    for (const month of months.slice(0, 50)) {
      const openDays = new Set(month.events.filter((e) => e.type !== 'complete').map((e) => dayOf(e.at)));
      for (const event of month.events.filter((e) => e.type === 'complete')) expect(openDays.has(dayOf(event.at))).toBe(true);
    }
  });

  it('gives the same month for the same seed and another for another seed', () => {
    expect(generateMonth(SEED_USAGE, 3, start, 7)).toEqual(months.slice(0, 3));
    expect(generateMonth(SEED_USAGE, 3, start, 8)).not.toEqual(months.slice(0, 3));
  });

  it('caps training at seven days a week', () => {
    const heavy: InsightsUsage = { ...SEED_USAGE, sessionsPerWeek: 9, activeDaysPerWeek: 9 };
    const month = generateUserMonth(heavy, 0, start, mulberry32(1));
    const days = month.events.filter((e) => e.type === 'complete').map((e) => dayOf(e.at));
    expect(new Set(days).size).toBe(days.length);
    expect(days.length).toBe(MONTH_DAYS);
  });
});
