import { describe, expect, it } from 'vitest';
import { canTransitionJob, MAX_ILLUSTRATION_ATTEMPTS, statusAfterFailure, usageSortKey } from '../../../shared/domain/illustrations/illustration';

describe('illustrations (pure)', () => {
  it('pads usage so string order is numeric order', () => {
    expect(usageSortKey(9, 'b') < usageSortKey(10, 'a')).toBe(true);
    expect(usageSortKey(42, 'back-squat')).toBe('0000000042#back-squat');
    expect(usageSortKey(10 ** 12, 'x')).toBe('9999999999#x');
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
