import { describe, expect, it } from 'vitest';
import { bestOneRepMax, brzycki1rm, epley1rm } from '../../../shared/domain/science';

describe('estimated 1RM', () => {
  it('Epley: 100 kg × 5 = 116.7 kg', () => {
    expect(epley1rm(100, 5)).toBeCloseTo(116.67, 2);
  });
  it('Brzycki: 100 kg × 5 = 100 × 36 / 32 = 112.5 kg', () => {
    expect(brzycki1rm(100, 5)).toBe(112.5);
  });
  it('a single rep is the 1RM for both', () => {
    expect(epley1rm(140, 1)).toBe(140);
    expect(brzycki1rm(140, 1)).toBe(140);
  });
  it('Brzycki is undefined from 37 reps', () => {
    expect(() => brzycki1rm(50, 37)).toThrow(RangeError);
  });
});

describe('bestOneRepMax', () => {
  it('names the formula: actual for 1 rep, Brzycki up to 10, Epley to 15', () => {
    expect(bestOneRepMax(1, 140)).toEqual({ value: 140, formula: 'actual' });
    expect(bestOneRepMax(5, 100)).toEqual({ value: 112.5, formula: 'brzycki' });
    expect(bestOneRepMax(10, 100)).toEqual({ value: 133.3, formula: 'brzycki' }); // 3600 / 27
    expect(bestOneRepMax(12, 100)).toEqual({ value: 140, formula: 'epley' }); // 100 × 1.4
    expect(bestOneRepMax(15, 60)).toEqual({ value: 90, formula: 'epley' });
  });
  it('gives nothing above 15 reps or without a load', () => {
    expect(bestOneRepMax(16, 60)).toBeNull();
    expect(bestOneRepMax(5, null)).toBeNull();
    expect(bestOneRepMax(5, 0)).toBeNull();
    expect(bestOneRepMax(0, 100)).toBeNull();
    expect(bestOneRepMax(null, 100)).toBeNull();
  });
});
