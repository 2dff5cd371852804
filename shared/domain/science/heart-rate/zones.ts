import { ZONE_KEYS, type ZoneKey } from '../types';

/** Zone lower bounds as fractions: Z1 50–60 %, Z2 60–70 %, … Z5 90–100 % (of max HR, or of the heart-rate reserve). */
export const ZONE_FRACTIONS = [0.5, 0.6, 0.7, 0.8, 0.9, 1.0] as const;

/**
 * What the fractions apply to: `max_hr` = share of max HR; `hrr` = Karvonen, share of the
 * heart-rate reserve above the resting HR (rest + f × (max − rest)), used when the resting HR is known.
 */
export type ZoneBasis = 'max_hr' | 'hrr';

export interface HeartRateZone {
  zone: ZoneKey;
  /** Whole bpm, lower bound inclusive. */
  minBpm: number;
  /** Whole bpm, upper bound exclusive (Z5: max HR). */
  maxBpm: number;
}

/** The resting HR the zones use: a positive value below max HR, else none (shares of max HR). */
export const usableRestingHr = (maxHr: number, restingHr: number | null | undefined): number | null =>
  restingHr != null && restingHr > 0 && restingHr < maxHr ? restingHr : null;

export const zoneBasisOf = (maxHr: number, restingHr?: number | null): ZoneBasis => (usableRestingHr(maxHr, restingHr) === null ? 'max_hr' : 'hrr');

/** The fraction of the zone scale a heart rate sits at: bpm / max, or (bpm − rest) / (max − rest). */
function zoneFraction(bpm: number, maxHr: number, restingHr?: number | null): number {
  const rest = usableRestingHr(maxHr, restingHr) ?? 0;
  return (bpm - rest) / (maxHr - rest);
}

/** The five zones for a max HR (and a resting HR: heart-rate reserve), for display. */
export function heartRateZones(maxHr: number, restingHr?: number | null): HeartRateZone[] {
  const rest = usableRestingHr(maxHr, restingHr) ?? 0;
  const bpmAt = (fraction: number) => Math.round(rest + fraction * (maxHr - rest));
  return ZONE_KEYS.map((zone, index) => ({ zone, minBpm: bpmAt(ZONE_FRACTIONS[index]!), maxBpm: bpmAt(ZONE_FRACTIONS[index + 1]!) }));
}

/** The zone a heart rate falls in; null below Z1 (50 %). Readings above max HR count as Z5. */
export function zoneOf(bpm: number, maxHr: number, restingHr?: number | null): ZoneKey | null {
  const fraction = zoneFraction(bpm, maxHr, restingHr);
  for (let index = ZONE_KEYS.length - 1; index >= 0; index -= 1) {
    if (fraction >= ZONE_FRACTIONS[index]!) return ZONE_KEYS[index]!;
  }
  return null;
}
