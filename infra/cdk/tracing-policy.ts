/**
 * Which functions X-Ray traces, a stage setting (`-c tracing=all|async|off`, default `async`).
 * `async`: the stream consumers, queue workers and schedules, where a trace follows one correlation
 * id across the table stream, the queue and the worker; the HTTP functions run PassThrough (their
 * latency and errors are the API and Lambda metrics, EMF and the alarms), which on an HTTP API (no
 * X-Ray of its own, so no sampled caller) records nothing. Lambda samples active functions at a
 * fixed 1 request/s + 5 %, so at our traffic `all` traces nearly every API request (bench/cost.ts).
 */
export const TRACING_POLICIES = ['all', 'async', 'off'] as const;
export type TracingPolicy = (typeof TRACING_POLICIES)[number];
export const DEFAULT_TRACING_POLICY: TracingPolicy = 'async';

/** How a function is set off: by an HTTP request, or by a stream, a queue or a schedule. */
export type FunctionTrigger = 'http' | 'async';

export function parseTracingPolicy(value: unknown): TracingPolicy {
  if (value === undefined) return DEFAULT_TRACING_POLICY;
  if (TRACING_POLICIES.includes(value as TracingPolicy)) return value as TracingPolicy;
  throw new Error(`Context "tracing" must be one of ${TRACING_POLICIES.join(', ')} (got ${JSON.stringify(value)}).`);
}

/** A function's X-Ray mode (Lambda's TracingConfig; `disabled`: none). Pure, so the bench's cost model reads it too. */
export type TracingMode = 'active' | 'passThrough' | 'disabled';

export function tracingModeOf(policy: TracingPolicy, trigger: FunctionTrigger): TracingMode {
  if (policy === 'off') return 'disabled';
  if (policy === 'all' || trigger === 'async') return 'active';
  return 'passThrough';
}
