import { uniformRandom } from '../../../shared/domain/rng';
import { describe, expect, it } from 'vitest';
import { AppQueryCache, describeMonth, generateMonth, generateUserMonth, MONTH_DAYS, SEED_USAGE, SEED_VISITS_PER_MONTH, type InsightsUsage } from '../../../bench/insights-usage';
import { MAU_USAGE } from '../../../bench/cost';

const start = Date.UTC(2026, 0, 5);
const dayOf = (at: number) => Math.floor((at - start) / 86_400_000);

describe('the simulated month of insights usage', () => {
  const months = generateMonth(SEED_USAGE, 2000, start, 7);
  const perUser = describeMonth(months);

  it('completes about sessionsPerWeek sessions a week', () => {
    expect(perUser.completions).toBeGreaterThan(SEED_USAGE.sessionsPerWeek * (MONTH_DAYS / 7) * 0.9);
    expect(perUser.completions).toBeLessThan(SEED_USAGE.sessionsPerWeek * (MONTH_DAYS / 7) * 1.1);
  });

  it('visits the tabs at the seed\'s rate: $50 without cache ÷ $0.01 per generation = 5 analyses per athlete·month', () => {
    expect(SEED_VISITS_PER_MONTH).toBe(5);
    const activeDays = SEED_USAGE.activeDaysPerWeek * (MONTH_DAYS / 7);
    expect((SEED_USAGE.conseilsVisitsPerActiveDay + SEED_USAGE.progressionVisitsPerActiveDay) * activeDays).toBeCloseTo(SEED_VISITS_PER_MONTH, 6);
    const readsPerVisit = 1 + SEED_USAGE.returnsPerVisit;
    const visits = (perUser.conseilsReads + perUser.progressionReads) / readsPerVisit;
    expect(visits).toBeGreaterThan(SEED_VISITS_PER_MONTH * 0.9);
    expect(visits).toBeLessThan(SEED_VISITS_PER_MONTH * 1.1);
    expect(perUser.conseilsReads / readsPerVisit / activeDays).toBeGreaterThan(SEED_USAGE.conseilsVisitsPerActiveDay * 0.9);
    expect(perUser.conseilsReads / readsPerVisit / activeDays).toBeLessThan(SEED_USAGE.conseilsVisitsPerActiveDay * 1.1);
  });

  it('is the usage the cost model prices (one model for both)', () => {
    expect(MAU_USAGE.activeDaysPerMonth).toBeCloseTo((SEED_USAGE.activeDaysPerWeek * 30) / 7, 9);
    expect(MAU_USAGE.sessionsPerMonth).toBeCloseTo((SEED_USAGE.sessionsPerWeek * 30) / 7, 9);
  });

  it('reads a tab again later in the same visit (the same app visit, never after the day hours)', () => {
    for (const month of months.slice(0, 50)) {
      const reads = month.events.filter((e) => e.type !== 'complete');
      for (const event of reads) expect(event.visit).toBe(dayOf(event.at));
    }
  });

  it('marks the stated number of manual refreshes, fewer only for athletes with fewer reads of that tab', () => {
    const stated = SEED_USAGE.conseilsRefreshesPerMonth + SEED_USAGE.progressionRefreshesPerMonth;
    expect(perUser.refreshes).toBeGreaterThan(stated * 0.8);
    expect(perUser.refreshes).toBeLessThan(stated * 1.05);
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

  it('completes sessions during the app visit of their day', () => {
    for (const month of months.slice(0, 50)) {
      for (const event of month.events.filter((e) => e.type === 'complete')) expect(event.visit).toBe(dayOf(event.at));
    }
  });

  it('gives the same month for the same seed and another for another seed', () => {
    expect(generateMonth(SEED_USAGE, 3, start, 7)).toEqual(months.slice(0, 3));
    expect(generateMonth(SEED_USAGE, 3, start, 8)).not.toEqual(months.slice(0, 3));
  });

  it('caps training at seven days a week', () => {
    const heavy: InsightsUsage = { ...SEED_USAGE, sessionsPerWeek: 9, activeDaysPerWeek: 9 };
    const month = generateUserMonth(heavy, 0, start, uniformRandom(1));
    const days = month.events.filter((e) => e.type === 'complete').map((e) => dayOf(e.at));
    expect(new Set(days).size).toBe(days.length);
    expect(days.length).toBe(MONTH_DAYS);
  });
});

describe('the app\'s query cache in the simulated month', () => {
  it('answers until the stored time, within one visit', () => {
    const cache = new AppQueryCache();
    cache.store('insights', 1_000, 3);
    expect(cache.hit('insights', 999, 3)).toBe(true);
    expect(cache.hit('insights', 1_000, 3)).toBe(false);
    expect(cache.hit('week', 10, 3)).toBe(false);
  });

  it('starts every app visit empty and drops everything on a completed session', () => {
    const cache = new AppQueryCache();
    cache.store('insights', 10_000, 1);
    expect(cache.hit('insights', 5, 2)).toBe(false);
    cache.store('insights', 10_000, 2);
    cache.invalidate(2);
    expect(cache.hit('insights', 6, 2)).toBe(false);
  });
});
