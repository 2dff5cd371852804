import { describe, expect, it } from 'vitest';
import { checkBudget, usageMonth } from '../../../shared/domain/limits/ai-usage';
import { fixedWindow, retryAfterSeconds, windowCounterName } from '../../../shared/domain/limits/rate-limit';

describe('fixed-window math', () => {
  it('aligns windows on multiples of their length', () => {
    const t = new Date('2026-05-01T10:15:30.250Z');
    const hour = fixedWindow(t, 3600);
    expect(new Date(hour.start * 1000).toISOString()).toBe('2026-05-01T10:00:00.000Z');
    expect(new Date(hour.end * 1000).toISOString()).toBe('2026-05-01T11:00:00.000Z');
    const minute = fixedWindow(t, 60);
    expect(new Date(minute.start * 1000).toISOString()).toBe('2026-05-01T10:15:00.000Z');
    expect(fixedWindow(new Date('2026-05-01T11:00:00.000Z'), 3600).start).toBe(hour.end);
  });

  it('Retry-After counts whole seconds to the window end, at least 1', () => {
    const window = fixedWindow(new Date('2026-05-01T10:15:00.000Z'), 3600);
    expect(retryAfterSeconds(new Date('2026-05-01T10:15:00.000Z'), window)).toBe(2700);
    expect(retryAfterSeconds(new Date('2026-05-01T10:15:00.400Z'), window)).toBe(2700);
    expect(retryAfterSeconds(new Date('2026-05-01T10:59:59.999Z'), window)).toBe(1);
  });

  it('refuses non-integer or non-positive windows', () => {
    expect(() => fixedWindow(new Date(), 0)).toThrow(RangeError);
    expect(() => fixedWindow(new Date(), 1.5)).toThrow(RangeError);
  });

  it('names one counter per window', () => {
    expect(windowCounterName(1_777_629_600)).toBe('n1777629600');
  });
});

describe('AI budget', () => {
  it('the month is the calendar month in the zone (UTC by default)', () => {
    const t = new Date('2026-07-31T22:30:00.000Z');
    expect(usageMonth(t)).toBe('2026-07');
    expect(usageMonth(t, 'Europe/Paris')).toBe('2026-08');
    expect(usageMonth(t, 'America/New_York')).toBe('2026-07');
  });

  it('allows while spend plus the expected call fits the budget', () => {
    expect(checkBudget(null, 2)).toEqual({ allowed: true, usedUsd: 0, budgetUsd: 2, remainingUsd: 2 });
    expect(checkBudget({ costUsd: 1.9 }, 2, 0.1).allowed).toBe(true);
    expect(checkBudget({ costUsd: 1.9 }, 2, 0.11).allowed).toBe(false);
    expect(checkBudget({ costUsd: 2 }, 2)).toMatchObject({ allowed: false, remainingUsd: 0 });
    expect(checkBudget({ costUsd: 2.5 }, 2).remainingUsd).toBe(0);
    expect(checkBudget(null, 0).allowed).toBe(false);
  });
});
