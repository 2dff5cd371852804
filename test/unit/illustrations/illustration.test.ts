import { describe, expect, it } from 'vitest';
import { canTransitionJob, MAX_ILLUSTRATION_ATTEMPTS, statusAfterFailure, usageRank, usageSortKey } from '../../../shared/domain/illustrations/illustration';

describe('illustrations (pure)', () => {
  it('pads usage so string order is numeric order', () => {
    expect(usageSortKey(9, 'b') < usageSortKey(10, 'a')).toBe(true);
    expect(usageSortKey(42, 'back-squat')).toBe('0000000042#back-squat');
    expect(usageSortKey(10 ** 12, 'x')).toBe('9999999999#x');
  });

  it('ranks by the exact count below 100 uses, then by its two significant digits', () => {
    expect([0, 1, 2, 99].map(usageRank)).toEqual([0, 1, 2, 99]);
    expect([100, 109, 110, 999, 1_000, 1_099, 1_100, 123_456].map(usageRank)).toEqual([100, 100, 110, 990, 1_000, 1_000, 1_100, 120_000]);
    // Between 1,000 and 10,000 uses, one re-rank per 100 uses.
    const reranks = Array.from({ length: 9_000 }, (_, i) => 1_001 + i).filter((uses) => usageRank(uses) !== usageRank(uses - 1)).length;
    expect(reranks).toBe(90);
  });

  it('allows only the job transitions of the lifecycle', () => {
    expect(canTransitionJob('pending', 'processing')).toBe(true);
    expect(canTransitionJob('processing', 'processing')).toBe(true);
    expect(canTransitionJob('processing', 'completed')).toBe(true);
    expect(canTransitionJob('processing', 'failed')).toBe(true);
    expect(canTransitionJob('failed', 'pending')).toBe(true);
    expect(canTransitionJob('pending', 'completed')).toBe(false);
    expect(canTransitionJob('completed', 'processing')).toBe(false);
    expect(canTransitionJob('completed', 'pending')).toBe(false);
  });

  it(`retries until ${MAX_ILLUSTRATION_ATTEMPTS} attempts, then fails`, () => {
    expect(statusAfterFailure(1)).toBe('pending');
    expect(statusAfterFailure(MAX_ILLUSTRATION_ATTEMPTS - 1)).toBe('pending');
    expect(statusAfterFailure(MAX_ILLUSTRATION_ATTEMPTS)).toBe('failed');
  });
});
