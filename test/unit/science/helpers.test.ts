import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, formatPace, paceSecPerKm, round } from '../../../shared/domain/science';

describe('pace', () => {
  it('5 km in 25 min = 300 s/km = 5:00', () => {
    expect(paceSecPerKm(5000, 1500)).toBe(300);
    expect(formatPace(300)).toBe('5:00');
  });
  it('formats seconds and rounds', () => {
    expect(formatPace(330)).toBe('5:30');
    expect(formatPace(359.6)).toBe('6:00');
    expect(formatPace(null)).toBeNull();
  });
  it('is null without distance or duration', () => {
    expect(paceSecPerKm(0, 1500)).toBeNull();
    expect(paceSecPerKm(5000, null)).toBeNull();
  });
});

describe('days and rounding', () => {
  it('validates calendar days and adds across month ends', () => {
    expect(dayNumber('2024-02-30')).toBeNull();
    expect(dayNumber('2024-2-3')).toBeNull();
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
  });
  it('rounds halves away from zero without float noise', () => {
    expect([round(1.005, 2), round(2.5), round(-2.5), round(116.666, 1)]).toEqual([1.01, 3, -3, 116.7]);
  });
});
