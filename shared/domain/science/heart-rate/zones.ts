import { ZONE_KEYS, type ZoneKey } from '../types';

/** Zone lower bounds as fractions of max HR: Z1 50–60 %, Z2 60–70 %, … Z5 90–100 %. */
export const ZONE_FRACTIONS = [0.5, 0.6, 0.7, 0.8, 0.9, 1.0] as const;

export interface HeartRateZone {
  zone: ZoneKey;
  /** Whole bpm, lower bound inclusive. */
  minBpm: number;
  /** Whole bpm, upper bound exclusive (Z5: max HR). */
  maxBpm: number;
}

/** The five zones for a max HR, for display. */
export function heartRateZones(maxHr: number): HeartRateZone[] {
  return ZONE_KEYS.map((zone, index) => ({
    zone,
    minBpm: Math.round(ZONE_FRACTIONS[index]! * maxHr),
    maxBpm: Math.round(ZONE_FRACTIONS[index + 1]! * maxHr),
  }));
}

/** The zone a heart rate falls in; null below 50 % of max. Readings above max HR count as Z5. */
export function zoneOf(bpm: number, maxHr: number): ZoneKey | null {
  const fraction = bpm / maxHr;
  for (let index = ZONE_KEYS.length - 1; index >= 0; index -= 1) {
    if (fraction >= ZONE_FRACTIONS[index]!) return ZONE_KEYS[index]!;
  }
  return null;
}
