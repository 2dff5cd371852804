/**
 * Plate maths for a barbell: which plates go on each side for a load, with the plates a gym has.
 * Pure (no imports), so the app uses the same code as the tests.
 */

export type WeightUnit = 'kg' | 'lb';

export const KG_PER_LB = 0.45359237;

/** Common bars: men's/women's Olympic bars and their pound equivalents. */
export const STANDARD_BARS: Record<WeightUnit, readonly number[]> = { kg: [20, 15], lb: [45, 35] };

/** A gym's usual plates, heaviest first (pairs unlimited). */
export const STANDARD_PLATES: Record<WeightUnit, readonly number[]> = { kg: [25, 20, 15, 10, 5, 2.5, 1.25], lb: [45, 35, 25, 10, 5, 2.5] };

/** One plate weight and how many PAIRS of it there are (null = as many as needed). */
export interface PlateStock {
  weight: number;
  pairs: number | null;
}

export interface PlateCount {
  weight: number;
  /** Plates of this weight on EACH side. */
  count: number;
}

export interface PlateLoading {
  unit: WeightUnit;
  bar: number;
  /** What was asked for. */
  target: number;
  /** What the plates below make (bar + both sides): the target when `exact`, else the nearest loadable. */
  loaded: number;
  /** Plates on each side, heaviest first. */
  perSide: PlateCount[];
  exact: boolean;
  /** The target is lighter than the empty bar. */
  belowBar: boolean;
  /** When not exact: the nearest loads that can be made under and over the target (null = none). */
  nearestBelow: number | null;
  nearestAbove: number | null;
}

/** Weights are compared in thousandths, so 1.25 + 1.25 never drifts to 2.4999. */
const SCALE = 1000;
const units = (value: number) => Math.round(value * SCALE);
const weight = (value: number) => value / SCALE;

export const standardStock = (unit: WeightUnit): PlateStock[] => STANDARD_PLATES[unit].map((w) => ({ weight: w, pairs: null }));

export const kgToLb = (kg: number) => kg / KG_PER_LB;
export const lbToKg = (lb: number) => lb * KG_PER_LB;

/** Heaviest plates first while they fit, within the pairs there are (how plates are loaded by hand). */
function greedy(side: number, stock: PlateStock[]): { counts: PlateCount[]; left: number } {
  let left = side;
  const counts: PlateCount[] = [];
  for (const plate of stock) {
    const w = units(plate.weight);
    const count = Math.min(Math.floor(left / w), plate.pairs ?? Number.POSITIVE_INFINITY);
    if (count > 0) {
      counts.push({ weight: plate.weight, count });
      left -= count * w;
    }
  }
  return { counts, left };
}

/**
 * Every per-side sum the stock can make up to `limit`, each with its fewest-plates combination.
 * Greedy misses some of them when pairs are limited: 30 per side with one pair of 25s and two of
 * 15s is 15 + 15, but greedy takes the 25 first and is left 5 short.
 */
function reachableSums(limit: number, stock: PlateStock[]): Map<number, number[]> {
  let sums = new Map<number, number[]>([[0, stock.map(() => 0)]]);
  stock.forEach((plate, index) => {
    const w = units(plate.weight);
    const most = Math.min(plate.pairs ?? Number.POSITIVE_INFINITY, Math.floor(limit / w));
    const next = new Map(sums);
    for (const [sum, counts] of sums) {
      for (let n = 1; n <= most && sum + n * w <= limit; n++) {
        const total = sum + n * w;
        const candidate = counts.map((c, i) => (i === index ? n : c));
        const known = next.get(total);
        if (!known || candidate.reduce((a, b) => a + b, 0) < known.reduce((a, b) => a + b, 0)) next.set(total, candidate);
      }
    }
    sums = next;
  });
  return sums;
}

/**
 * The plates on each side for `target` on a `bar`, with `stock` (default: the standard plates of
 * the unit). Exact when the plates allow it (greedy first, then any combination); otherwise the
 * nearest loadable weight (the lighter one on a tie), and both neighbours are reported.
 */
export function plateLoading(input: { target: number; bar: number; unit: WeightUnit; stock?: readonly PlateStock[] }): PlateLoading {
  const { target, bar, unit } = input;
  const stock = [...(input.stock ?? standardStock(unit))].filter((plate) => plate.weight > 0 && (plate.pairs ?? 1) > 0).sort((a, b) => b.weight - a.weight);
  const base = { unit, bar, target };
  if (units(target) <= units(bar)) {
    return { ...base, loaded: bar, perSide: [], exact: units(target) === units(bar), belowBar: units(target) < units(bar), nearestBelow: null, nearestAbove: units(target) === units(bar) ? null : bar };
  }
  const side = (units(target) - units(bar)) / 2;
  if (Number.isInteger(side)) {
    const quick = greedy(side, stock);
    if (quick.left === 0) return { ...base, loaded: target, perSide: quick.counts, exact: true, belowBar: false, nearestBelow: null, nearestAbove: null };
  }
  const heaviest = units(stock[0]?.weight ?? 0);
  const sums = reachableSums(Math.floor(side) + heaviest, stock);
  // Heaviest first when that makes the sum, else the fewest plates that do.
  const countsOf = (sum: number): PlateCount[] => {
    const quick = greedy(sum, stock);
    return quick.left === 0 ? quick.counts : (sums.get(sum) ?? []).flatMap((count, i) => (count > 0 ? [{ weight: stock[i]!.weight, count }] : []));
  };
  if (Number.isInteger(side) && sums.has(side)) return { ...base, loaded: target, perSide: countsOf(side), exact: true, belowBar: false, nearestBelow: null, nearestAbove: null };
  const below = Math.max(...[...sums.keys()].filter((sum) => sum < side));
  const aboveSums = [...sums.keys()].filter((sum) => sum > side);
  const above = aboveSums.length > 0 ? Math.min(...aboveSums) : null;
  const total = (sum: number) => weight(units(bar) + 2 * sum);
  const chosen = above !== null && above - side < side - below ? above : below;
  return {
    ...base,
    loaded: total(chosen),
    perSide: countsOf(chosen),
    exact: false,
    belowBar: false,
    nearestBelow: total(below),
    nearestAbove: above === null ? null : total(above),
  };
}
