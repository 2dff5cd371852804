import { describe, expect, it } from 'vitest';
import { parseTracingPolicy, tracingModeOf } from '../../../infra/cdk/tracing-policy';

describe('tracing policy (CDK context `tracing`)', () => {
  it('defaults to async and refuses an unknown setting, naming the valid ones', () => {
    expect(parseTracingPolicy(undefined)).toBe('async');
    expect(parseTracingPolicy('all')).toBe('all');
    expect(parseTracingPolicy('off')).toBe('off');
    expect(() => parseTracingPolicy('sometimes')).toThrow(/all, async, off/);
  });

  it('traces the asynchronous functions actively and lets HTTP functions pass through under async', () => {
    expect(tracingModeOf('async', 'async')).toBe('active');
    expect(tracingModeOf('async', 'http')).toBe('passThrough');
  });

  it('traces everything under all, nothing under off', () => {
    expect([tracingModeOf('all', 'http'), tracingModeOf('all', 'async')]).toEqual(['active', 'active']);
    expect([tracingModeOf('off', 'http'), tracingModeOf('off', 'async')]).toEqual(['disabled', 'disabled']);
  });
});
