import { estimateCalories, type CaloriesEstimate } from '../science/calories';
import { ageFromBirthYear, maxHeartRate, type MaxHeartRate } from '../science/heart-rate/max-hr';
import { usableRestingHr, zoneBasisOf, type ZoneBasis } from '../science/heart-rate/zones';
import type { Sex } from '../science/types';

/**
 * Workout analytics on top of the HR science (shared/domain/science/heart-rate):
 * - min/avg/max: the cleaned timeline (readings < 30 or > 230 bpm, and jumps > 40 bpm within 1.5
 *   sampling intervals, are anomalies and left out); the average is time-weighted;
 * - zones Z1–Z5 = 50–60–70–80–90–100 % of max HR, where max HR is the profile's value, else
 *   Tanaka 208 − 0.7 × age (the seed's 220 − age on request); with a resting HR below max, the
 *   same shares of the heart-rate reserve (Karvonen: rest + % × (max − rest)). `zoneBasis` says which;
 * - effort score = Edwards TRIMP (Σ minutes in Zi × i) × 100 / 300, capped at 100: 60 min in
 *   Z3 → 60, 60 min in Z5 (or 75 in Z4) → 100;
 * - data quality: completeness (covered / expected seconds) and anomaly rate, badge excellent
 *   > 95 % & < 5 %, good ≥ 80 % & < 10 %, fair ≥ 60 % & < 20 %, else poor;
 * - calories: the device's own figure, else Keytel et al. 2005 from the average HR, weight, age
 *   and sex, else none.
 */

/** The profile fields the workout analytics read. */
export interface AthleteProfile {
  maxHeartRate: number | null;
  restingHeartRate?: number | null;
  birthYear: number | null;
  weightKg?: number | null;
  sex?: Sex;
}

export interface HeartRateBasis {
  maxHr: MaxHeartRate | null;
  /** The resting HR the zones use (null: shares of max HR). */
  restingHr: number | null;
  zoneBasis: ZoneBasis | null;
}

/** Max HR (profile, else Tanaka from the birth year) and whether zones use the heart-rate reserve. */
export function heartRateBasis(profile: AthleteProfile, now: Date): HeartRateBasis {
  const maxHr = maxHeartRate({ profileMaxHr: profile.maxHeartRate, age: ageFromBirthYear(profile.birthYear, now) });
  if (!maxHr) return { maxHr: null, restingHr: null, zoneBasis: null };
  return { maxHr, restingHr: usableRestingHr(maxHr.bpm, profile.restingHeartRate), zoneBasis: zoneBasisOf(maxHr.bpm, profile.restingHeartRate) };
}

/** A workout's calories: the device's figure, else Keytel 2005 from its average HR and the profile; else none. */
export function workoutCalories(
  workout: { deviceKcal: number | null; avgHr: number | null; durationMin: number },
  profile: AthleteProfile,
  now: Date,
): CaloriesEstimate & { method: 'wearable' | 'keytel_2005' | 'none' } {
  const estimate = estimateCalories({
    durationMin: workout.durationMin,
    wearableKcal: workout.deviceKcal,
    avgHr: workout.avgHr,
    weightKg: profile.weightKg ?? null,
    age: ageFromBirthYear(profile.birthYear, now),
    sex: profile.sex ?? null,
  });
  // MET and RPE need inputs a workout file does not carry; estimateCalories never reaches them here.
  return estimate.method === 'wearable' || estimate.method === 'keytel_2005' ? { kcal: estimate.kcal, method: estimate.method } : { kcal: null, method: 'none' };
}
