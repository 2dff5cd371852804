import type { EnduranceFields } from '../prescription';
import type { Plan } from './plan';
import { tr } from './text';

/** Zone bounds as fractions: Z1 50–60 % … Z5 90–100 % (of max HR, or of the heart-rate reserve). */
const ZONE_FLOOR = [0.5, 0.6, 0.7, 0.8, 0.9];

/**
 * Heart-rate zones in bpm. With a resting HR, Karvonen: rest + share × (max − rest), so that a fit
 * athlete's low resting HR raises the easy zones; without it, shares of max HR.
 */
export function heartRateZones(maxHr: number, restingHr: number | null = null): EnduranceFields['heartRateZones'] {
  const base = restingHr != null && restingHr < maxHr ? restingHr : 0;
  const span = maxHr - base;
  return ZONE_FLOOR.map((floor, i) => ({ zone: i + 1, minBpm: Math.round(base + floor * span), maxBpm: Math.round(base + (floor + 0.1) * span) }));
}

/** Max HR from the profile, else Tanaka (208 − 0.7 × age), else unknown. */
export function maxHeartRate(plan: Plan): number | null {
  if (plan.ctx.profile.maxHeartRate != null) return plan.ctx.profile.maxHeartRate;
  if (plan.ctx.profile.age != null) return Math.round(208 - 0.7 * plan.ctx.profile.age);
  return null;
}

export function restingHeartRate(plan: Plan): number | null {
  const resting = plan.ctx.profile.restingHeartRate ?? null;
  const max = maxHeartRate(plan);
  return resting != null && max != null && resting < max ? resting : null;
}

/** Says how the bpm zones were computed. */
export function hrZoneMethodNote(plan: Plan, karvonen: boolean): string {
  const { locale } = plan;
  const maxKnown = plan.ctx.profile.maxHeartRate != null;
  const maxText = maxKnown ? tr(locale, 'your max HR', 'de votre FC max') : tr(locale, 'a max HR estimated from your age (208 − 0.7 × age)', 'd’une FC max estimée d’après votre âge (208 − 0,7 × âge)');
  return karvonen
    ? tr(locale, `Heart-rate zones use your heart-rate reserve (Karvonen: resting HR + % × (max − resting)), from ${maxText} and your resting HR.`, `Zones cardiaques calculées sur la réserve cardiaque (Karvonen : FC repos + % × (FC max − FC repos)), à partir ${maxText} et de votre FC de repos.`)
    : tr(locale, `Heart-rate zones are shares of ${maxText}; add your resting HR to your profile for heart-rate-reserve zones.`, `Zones cardiaques en pourcentage ${maxText} ; ajoutez votre FC de repos à votre profil pour des zones sur la réserve cardiaque.`);
}
