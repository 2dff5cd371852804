import type { FilterPattern } from '../../manifest-types';

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
