import type { FilterPattern } from '../../infra/manifest-types';

type Scalar = string | number | boolean | null;

/**
 * Lambda event filtering (the subset the manifest uses): nested objects, value lists, and the
 * operators prefix, suffix, anything-but, exists, numeric and equals-ignore-case.
 */
export function matchesAny(patterns: FilterPattern[], event: unknown): boolean {
  return patterns.length === 0 || patterns.some((pattern) => matchesObject(pattern, event));
}

function matchesObject(pattern: Record<string, unknown>, value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  return Object.entries(pattern).every(([key, rule]) => {
    const field = (value as Record<string, unknown>)[key];
    if (Array.isArray(rule)) return matchesList(rule, field);
    if (rule && typeof rule === 'object') return matchesObject(rule as Record<string, unknown>, field);
    throw new Error(`Invalid filter pattern at "${key}": values must be lists or objects`);
  });
}

function matchesList(rules: unknown[], field: unknown): boolean {
  const values: unknown[] = Array.isArray(field) ? field : [field];
  return rules.some((rule) => {
    if (rule && typeof rule === 'object') return matchesOperator(rule as Record<string, unknown>, field);
    return values.some((value) => value !== undefined && value === rule);
  });
}

function matchesOperator(rule: Record<string, unknown>, field: unknown): boolean {
  const [operator, operand] = Object.entries(rule)[0] ?? [];
  const values = (Array.isArray(field) ? field : [field]) as Scalar[];
  switch (operator) {
    case 'exists':
      return operand ? field !== undefined : field === undefined;
    case 'prefix':
      return values.some((v) => typeof v === 'string' && v.startsWith(String(operand)));
    case 'suffix':
      return values.some((v) => typeof v === 'string' && v.endsWith(String(operand)));
    case 'equals-ignore-case':
      return values.some((v) => typeof v === 'string' && v.toLowerCase() === String(operand).toLowerCase());
    case 'anything-but': {
      if (field === undefined) return false;
      const excluded = Array.isArray(operand) ? operand : [operand];
      return values.every((v) => !excluded.includes(v));
    }
    case 'numeric': {
      const terms = operand as Array<string | number>;
      return values.some((v) => {
        if (typeof v !== 'number' && !(typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)))) return false;
        const n = Number(v);
        for (let i = 0; i < terms.length; i += 2) {
          const limit = Number(terms[i + 1]);
          const ok = { '=': n === limit, '<': n < limit, '<=': n <= limit, '>': n > limit, '>=': n >= limit }[String(terms[i])];
          if (!ok) return false;
        }
        return true;
      });
    }
    default:
      throw new Error(`Unsupported filter operator "${operator}"`);
  }
}

/** Most filters an event source mapping accepts (Lambda's default quota). */
export const MAX_FILTERS_PER_MAPPING = 5;

const canonical = (value: unknown): string =>
  Array.isArray(value)
    ? `[${value.map(canonical).join(',')}]`
    : value && typeof value === 'object'
      ? `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`).join(',')}}`
      : JSON.stringify(value);

/**
 * Fewer patterns, the same records: duplicates go, and two patterns that differ only in one
 * value list become one with both lists (`A and x in S1` or `A and x in S2` = `A and x in S1 ∪ S2`).
 * Nothing else is merged, so the result matches exactly what the inputs matched.
 */
export function mergeFilterPatterns(patterns: FilterPattern[]): FilterPattern[] {
  const merged: FilterPattern[] = [];
  for (const pattern of patterns) if (!merged.some((kept) => canonical(kept) === canonical(pattern))) merged.push(pattern);
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < merged.length && !changed; i += 1) {
      for (let j = i + 1; j < merged.length && !changed; j += 1) {
        const union = unionOfOneList(merged[i]!, merged[j]!);
        if (union) {
          merged.splice(j, 1);
          merged[i] = union;
          changed = true;
        }
      }
    }
  }
  return merged;
}

/** `a` with one value list widened to `b`'s, when that list is the only difference between them; else null. */
function unionOfOneList(a: Record<string, unknown>, b: Record<string, unknown>): FilterPattern | null {
  let differences = 0;
  const walk = (x: Record<string, unknown>, y: Record<string, unknown>): Record<string, unknown> | null => {
    const keys = Object.keys(x);
    if (keys.length !== Object.keys(y).length || !keys.every((key) => key in y)) return null;
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      const [left, right] = [x[key], y[key]];
      if (Array.isArray(left) && Array.isArray(right)) {
        if (canonical(left) === canonical(right)) out[key] = left;
        else {
          differences += 1;
          out[key] = [...left, ...right.filter((rule) => !left.some((kept) => canonical(kept) === canonical(rule)))];
        }
      } else if (left && right && typeof left === 'object' && typeof right === 'object' && !Array.isArray(left) && !Array.isArray(right)) {
        const inner = walk(left as Record<string, unknown>, right as Record<string, unknown>);
        if (!inner) return null;
        out[key] = inner;
      } else return null;
      if (differences > 1) return null;
    }
    return out;
  };
  const union = walk(a, b);
  return union && differences === 1 ? union : null;
}

/**
 * The filters of an event source mapping that feeds several consumers: their patterns merged, or
 * none (every record) when a consumer takes everything or more than the mapping allows remain;
 * the consumers' own filters are applied again in the function either way.
 */
export function combinedFilters(filterSets: FilterPattern[][]): FilterPattern[] {
  if (filterSets.some((filters) => filters.length === 0)) return [];
  const merged = mergeFilterPatterns(filterSets.flat());
  return merged.length <= MAX_FILTERS_PER_MAPPING ? merged : [];
}
