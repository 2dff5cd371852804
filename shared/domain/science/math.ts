/** Small numeric helpers shared by the science modules. */

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Rounds half away from zero to `decimals` places (2 → cents), free of 1.005-style float noise. */
export function round(value: number, decimals = 0): number {
  const factor = 10 ** decimals;
  // The (1 + ε) nudge lifts 1.005 × 100 = 100.49999999999999 back to the half it means.
  return (Math.sign(value) * Math.round(Math.abs(value) * factor * (1 + Number.EPSILON))) / factor || 0;
}

/** A finite number strictly above zero (rejects null, NaN, ±Infinity, 0 and negatives). */
export function isPositive(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}

export function isFiniteNumber(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

export function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
