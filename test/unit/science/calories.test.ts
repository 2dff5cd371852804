import { describe, expect, it } from 'vitest';
import {
  estimateCalories, intensityFromRpe, keytelCalories, metCalories, referenceMet, rpeFactorCalories,
} from '../../../shared/domain/science';

describe('keytelCalories (Keytel et al. 2005)', () => {
  it('male, 30 y, 80 kg, 150 bpm, 60 min ≈ 881.8 kcal', () => {
    // kJ/min = −55.0969 + 0.6309·150 + 0.1988·80 + 0.2017·30
    //        = −55.0969 + 94.635 + 15.904 + 6.051 = 61.4931
    // kcal   = 61.4931 / 4.184 × 60 = 14.6972 × 60 = 881.83
    expect(keytelCalories({ avgHr: 150, weightKg: 80, age: 30, sex: 'male', durationMin: 60 })).toBeCloseTo(881.83, 1);
  });

  it('female, 30 y, 60 kg, 150 bpm, 60 min ≈ 592.5 kcal', () => {
    // kJ/min = −20.4022 + 0.4472·150 − 0.1263·60 + 0.074·30 = −20.4022 + 67.08 − 7.578 + 2.22 = 41.3198
    // kcal   = 41.3198 / 4.184 × 60 = 592.54
    expect(keytelCalories({ avgHr: 150, weightKg: 60, age: 30, sex: 'female', durationMin: 60 })).toBeCloseTo(592.54, 1);
  });

  it('averages both equations when sex is unknown or other', () => {
    // female at 80 kg: −20.4022 + 67.08 − 10.104 + 2.22 = 38.7938; mean with male 61.4931 = 50.14345 kJ/min → 719.07 kcal
    const input = { avgHr: 150, weightKg: 80, age: 30, durationMin: 60 };
    expect(keytelCalories({ ...input, sex: null })).toBeCloseTo(719.07, 1);
    expect(keytelCalories({ ...input, sex: 'other' })).toBeCloseTo(719.07, 1);
  });

  it('never goes below zero at very low heart rates', () => {
    expect(keytelCalories({ avgHr: 40, weightKg: 60, age: 30, sex: 'female', durationMin: 60 })).toBe(0);
  });
});

describe('MET and RPE-factor helpers', () => {
  it('MET × kg × hours: 6 MET, 80 kg, 90 min = 720 kcal', () => {
    expect(metCalories(6, 80, 90)).toBe(720);
  });

  it('seed fallback: 60 min × RPE 6 × 1.2 = 432 kcal', () => {
    expect(rpeFactorCalories(60, 6)).toBeCloseTo(432, 6);
    expect(rpeFactorCalories(60, 6, 1.5)).toBeCloseTo(540, 6);
  });

  it('maps CR-10 RPE to intensity and reads the reference MET table', () => {
    expect([intensityFromRpe(null), intensityFromRpe(2), intensityFromRpe(3), intensityFromRpe(5), intensityFromRpe(9)])
      .toEqual(['moderate', 'light', 'moderate', 'vigorous', 'vigorous']);
    expect(referenceMet('force', 'vigorous')).toBe(6);
    expect(referenceMet('calisthenics', 'moderate')).toBe(3.8);
  });
});

describe('estimateCalories (best available method)', () => {
  const full = { durationMin: 60, wearableKcal: 650, avgHr: 150, weightKg: 80, age: 30, sex: 'male' as const, met: 6, rpe: 7 };

  it('prefers the wearable value', () => {
    expect(estimateCalories(full)).toEqual({ kcal: 650, method: 'wearable' });
  });

  it('falls back to Keytel with average HR, weight and age', () => {
    expect(estimateCalories({ ...full, wearableKcal: null })).toEqual({ kcal: 882, method: 'keytel_2005' });
  });

  it('falls back to MET × kg × h without HR or age', () => {
    expect(estimateCalories({ ...full, wearableKcal: null, avgHr: null })).toEqual({ kcal: 480, method: 'met' });
    expect(estimateCalories({ ...full, wearableKcal: 0, age: null })).toEqual({ kcal: 480, method: 'met' });
  });

  it('falls back to duration × RPE × factor without weight', () => {
    // 60 × 7 × 1.2 = 504
    expect(estimateCalories({ ...full, wearableKcal: null, weightKg: null })).toEqual({ kcal: 504, method: 'rpe_factor' });
  });

  it('skips Keytel when it yields nothing (HR below its range)', () => {
    expect(estimateCalories({ ...full, wearableKcal: null, avgHr: 30, sex: 'female', weightKg: 60 }))
      .toEqual({ kcal: 360, method: 'met' });
  });

  it('says none when nothing applies', () => {
    expect(estimateCalories({ durationMin: null, rpe: 7 })).toEqual({ kcal: null, method: 'none' });
    expect(estimateCalories({ durationMin: 30 })).toEqual({ kcal: null, method: 'none' });
  });
});
