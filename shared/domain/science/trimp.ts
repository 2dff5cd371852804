import { clamp, isPositive, round, sum } from './math';
import { ZONE_KEYS, type ZoneValues } from './types';

/**
 * Edwards TRIMP (Edwards 1993, "The Heart Rate Monitor Book"): Σ minutes in zone × zone weight,
 * weights 1–5 for Z1–Z5 (50–60 … 90–100 % of max HR). Time below Z1 counts 0.
 */
export function edwardsTrimp(minutesInZones: ZoneValues): number {
  return round(sum(ZONE_KEYS.map((zone, index) => (isPositive(minutesInZones[zone]) ? minutesInZones[zone] * (index + 1) : 0))), 1);
}

/**
 * TRIMP that maps to an effort score of 100. Our choice: 300 AU = 60 min in Z5 or 75 min in
 * Z4, a very hard session; 60 min in Z3 (180 AU) scores 60.
 */
export const EFFORT_TRIMP_AT_100 = 300;

/** Effort score 0–100: Edwards TRIMP scaled linearly (300 AU → 100) and capped at 100. */
export function effortScoreFromTrimp(trimp: number): number {
  return Math.round(clamp((trimp / EFFORT_TRIMP_AT_100) * 100, 0, 100));
}

/** Zone seconds (as the HR summary returns them) → zone minutes (as TRIMP expects). */
export function zoneSecondsToMinutes(seconds: ZoneValues): ZoneValues {
  return { z1: seconds.z1 / 60, z2: seconds.z2 / 60, z3: seconds.z3 / 60, z4: seconds.z4 / 60, z5: seconds.z5 / 60 };
}
