import { describe, expect, it } from 'vitest';
import { percentile, summarize } from '../../../bench/load';
import { neededRawMs, readRatio } from '../../../bench/read-ratios';

describe('percentile', () => {
  const values = Array.from({ length: 100 }, (_, i) => i + 1); // 1..100

  it('takes the value at rank ⌊q·n⌋ of the sorted values', () => {
    expect(percentile(values, 0.5)).toBe(51);
    expect(percentile(values, 0.95)).toBe(96);
    expect(percentile(values, 0.99)).toBe(100);
  });

  it('stays within the values at the edges and is 0 without any', () => {
    expect(percentile(values, 1)).toBe(100);
    expect(percentile(values, 0)).toBe(1);
    expect(percentile([], 0.5)).toBe(0);
  });

  it('summarize sorts before it ranks and counts errors and rate', () => {
    const summary = summarize([30, 10, 20, 40], 1, 2);
    expect(summary).toMatchObject({ calls: 4, errors: 1, rps: 2, p50Ms: 30, p95Ms: 40, maxMs: 40 });
  });
});

describe('read ratios', () => {
  const raw = { GetItem: 2, Query: 3 };

  it('needs one raw round trip per operation a call makes, Query priced as a Query', () => {
    expect(neededRawMs({ GetItem: 100 }, 100, raw)).toBe(2);
    expect(neededRawMs({ GetItem: 100, Query: 100 }, 100, raw)).toBe(5);
    expect(neededRawMs({}, 100, raw)).toBeNull();
  });

  it('flags an endpoint slower than 1.3× what it needs', () => {
    expect(readRatio(2.5, { GetItem: 10 }, 10, raw)).toMatchObject({ ratioToRawP50: 1.25, overTarget: false });
    expect(readRatio(2.8, { GetItem: 10 }, 10, raw)).toMatchObject({ ratioToRawP50: 1.4, overTarget: true });
    expect(readRatio(1, {}, 10, raw)).toMatchObject({ ratioToRawP50: null, overTarget: false });
  });
});
