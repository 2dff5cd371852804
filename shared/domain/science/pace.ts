import { isPositive, round } from './math';

/** Pace in seconds per kilometre (lower is faster); null without a positive distance and duration. */
export function paceSecPerKm(distanceM: number | null, durationSec: number | null): number | null {
  if (!isPositive(distanceM) || !isPositive(durationSec)) return null;
  return round(durationSec / (distanceM / 1000), 1);
}

/** `m:ss` per km for display, e.g. 330 → "5:30"; null stays null. */
export function formatPace(secPerKm: number | null): string | null {
  if (!isPositive(secPerKm)) return null;
  const total = Math.round(secPerKm);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}
