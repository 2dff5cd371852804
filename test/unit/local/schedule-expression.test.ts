import { describe, expect, it } from 'vitest';
import { parseSchedule } from '../../../infra/local/runtime/schedule-expression';

const next = (expression: string, after: string) => {
  const schedule = parseSchedule(expression);
  if (schedule.kind !== 'cron') throw new Error('expected cron');
  return schedule.next(new Date(after)).toISOString();
};

describe('EventBridge schedule expressions', () => {
  it('parses rates', () => {
    expect(parseSchedule('rate(15 minutes)')).toEqual({ kind: 'rate', everyMs: 900_000 });
    expect(parseSchedule('rate(1 hour)')).toEqual({ kind: 'rate', everyMs: 3_600_000 });
    expect(parseSchedule('rate(2 days)')).toEqual({ kind: 'rate', everyMs: 172_800_000 });
    expect(() => parseSchedule('rate(0 minutes)')).toThrow();
  });

  it('finds the next daily time in UTC', () => {
    expect(next('cron(0 3 * * ? *)', '2026-11-22T02:59:30Z')).toBe('2026-11-22T03:00:00.000Z');
    expect(next('cron(0 3 * * ? *)', '2026-11-22T03:00:00Z')).toBe('2026-11-23T03:00:00.000Z');
  });

  it('handles steps, lists, ranges and day names (1 = SUN)', () => {
    expect(next('cron(0/15 * * * ? *)', '2026-11-22T10:07:00Z')).toBe('2026-11-22T10:15:00.000Z');
    expect(next('cron(30 8,18 ? * MON-FRI *)', '2026-11-21T19:00:00Z')).toBe('2026-11-23T08:30:00.000Z'); // Sat → Mon
    expect(next('cron(0 12 ? * 1 *)', '2026-11-22T13:00:00Z')).toBe('2026-11-29T12:00:00.000Z'); // Sundays
    expect(next('cron(0 0 1 JAN ? *)', '2026-11-22T00:00:00Z')).toBe('2027-01-01T00:00:00.000Z');
  });

  it('refuses malformed expressions with a reason', () => {
    expect(() => parseSchedule('every day')).toThrow(/rate\(\.\.\.\) or cron/);
    expect(() => parseSchedule('cron(0 3 * * *)')).toThrow(/6 fields/);
    expect(() => parseSchedule('cron(0 3 1 * MON *)')).toThrow(/"\?"/);
    expect(() => parseSchedule('cron(61 3 * * ? *)')).toThrow(/out of range/);
  });
});
