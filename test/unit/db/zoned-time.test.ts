import { describe, expect, it } from 'vitest';
import { localDay, localDayBounds, startOfLocalDay, zoneOffsetMs } from '../../../shared/domain/time/zoned';

describe("a user's local days", () => {
  it('files 00:30 in Paris under that Paris day, not the UTC one', () => {
    // 2026-11-22 00:30 in Paris (UTC+1) is 2026-11-21 23:30 UTC.
    expect(localDay('2026-11-21T23:30:00Z', 'Europe/Paris')).toBe('2026-11-22');
    expect(localDay('2026-11-21T23:30:00Z', 'UTC')).toBe('2026-11-21');
    // Summer time (UTC+2): 00:30 on 2026-07-01 in Paris is 22:30 UTC the day before.
    expect(localDay('2026-06-30T22:30:00Z', 'Europe/Paris')).toBe('2026-07-01');
    expect(localDay('2026-11-22T03:00:00Z', 'America/Los_Angeles')).toBe('2026-11-21');
  });

  it('gives the UTC bounds of a local day, including DST days', () => {
    expect(localDayBounds('2026-11-22', 'Europe/Paris')).toEqual({ start: new Date('2026-11-21T23:00:00Z'), end: new Date('2026-11-22T23:00:00Z') });
    // 2026-03-29: Paris springs forward, the day lasts 23 h.
    const spring = localDayBounds('2026-03-29', 'Europe/Paris');
    expect(spring.start.toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect((spring.end.getTime() - spring.start.getTime()) / 3_600_000).toBe(23);
    // 2026-10-25: falls back, 25 h.
    const autumn = localDayBounds('2026-10-25', 'Europe/Paris');
    expect((autumn.end.getTime() - autumn.start.getTime()) / 3_600_000).toBe(25);
    expect(startOfLocalDay('2026-11-22', 'Asia/Kolkata').toISOString()).toBe('2026-11-21T18:30:00.000Z');
  });

  it('knows zone offsets', () => {
    expect(zoneOffsetMs(new Date('2026-01-15T12:00:00Z'), 'Europe/Paris')).toBe(3_600_000);
    expect(zoneOffsetMs(new Date('2026-07-15T12:00:00Z'), 'Europe/Paris')).toBe(7_200_000);
  });
});
