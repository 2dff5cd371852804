import { describe, expect, it } from 'vitest';
import { acwrFlag, addDays, computeAcwr, fosterLoad, type DailyLoad } from '../../../shared/domain/science';

describe('fosterLoad (session-RPE)', () => {
  it('RPE 7 × 60 min = 420 AU', () => {
    expect(fosterLoad(7, 60)).toBe(420);
  });
  it('is null without RPE or duration', () => {
    expect(fosterLoad(null, 60)).toBeNull();
    expect(fosterLoad(7, null)).toBeNull();
    expect(fosterLoad(7, 0)).toBeNull();
  });
});

const TODAY = '2025-03-31';
/** `perDay` load on each day from `fromAgo` days ago through `toAgo` days ago. */
const days = (fromAgo: number, toAgo: number, perDay: number): DailyLoad[] =>
  Array.from({ length: fromAgo - toAgo + 1 }, (_, i) => ({ day: addDays(TODAY, -(fromAgo - i)), load: perDay }));
/** Chronic window (7–34 days ago) at 100/day → 700 AU/week, acute week at `acutePerDay`. */
const scenario = (acutePerDay: number) => computeAcwr({ loads: [...days(34, 7, 100), ...days(6, 0, acutePerDay)], today: TODAY });

describe('computeAcwr (uncoupled, 7 d vs 28 d average week)', () => {
  it('flags each band', () => {
    expect(scenario(50)).toMatchObject({ ratio: 0.5, acuteLoad: 350, chronicWeeklyLoad: 700, flag: 'low' });
    expect(scenario(100)).toMatchObject({ ratio: 1, acuteLoad: 700, flag: 'optimal' });
    expect(scenario(140)).toMatchObject({ ratio: 1.4, acuteLoad: 980, flag: 'high' });
    expect(scenario(200)).toMatchObject({ ratio: 2, acuteLoad: 1400, flag: 'very_high' });
  });

  it('puts the boundaries where the brief says', () => {
    expect([acwrFlag(0.79), acwrFlag(0.8), acwrFlag(1.3), acwrFlag(1.31), acwrFlag(1.5), acwrFlag(1.51)])
      .toEqual(['low', 'optimal', 'optimal', 'high', 'high', 'very_high']);
  });

  it('gives a plain-words message in English and French', () => {
    const { message } = scenario(200);
    expect(message.en).toMatch(/spike/i);
    expect(message.fr).toMatch(/pic/i);
  });

  it('reports insufficient data under 14 days of history', () => {
    const result = computeAcwr({ loads: days(12, 0, 100), today: TODAY });
    expect(result).toMatchObject({ historyDays: 13, ratio: null, flag: 'insufficient_data' });
    expect(computeAcwr({ loads: [], today: TODAY }).flag).toBe('insufficient_data');
  });

  it('averages the chronic week over covered days only while history is short', () => {
    // 14 days at 100/day: the chronic window holds 7 covered days → 700/week, not 700 / 4.
    expect(computeAcwr({ loads: days(13, 0, 100), today: TODAY })).toMatchObject({ historyDays: 14, chronicWeeklyLoad: 700, ratio: 1, flag: 'optimal' });
  });

  it('divides the full 28-day window by 4 once history is long enough', () => {
    // History started long ago, but only the last 14 days carry load: chronic 700 / 4 = 175.
    const result = computeAcwr({ loads: days(13, 0, 100), today: TODAY, historyStartDay: '2025-01-01' });
    expect(result).toMatchObject({ chronicWeeklyLoad: 175, acuteLoad: 700, ratio: 4, flag: 'very_high' });
  });

  it('is uncoupled: the acute week is not part of its own baseline', () => {
    const result = computeAcwr({ loads: days(6, 0, 100), today: TODAY, historyStartDay: '2025-01-01' });
    expect(result).toMatchObject({ chronicWeeklyLoad: 0, acuteLoad: 700, ratio: null, flag: 'very_high' });
  });

  it('adds several sessions of a day and ignores future days', () => {
    const loads = [...days(34, 7, 100), ...days(6, 0, 50), ...days(6, 0, 50), { day: '2025-04-02', load: 9999 }];
    expect(computeAcwr({ loads, today: TODAY })).toMatchObject({ acuteLoad: 700, ratio: 1 });
  });

  it('rejects an invalid today', () => {
    expect(() => computeAcwr({ loads: [], today: '2025-13-01' })).toThrow(RangeError);
  });
});
