import { afterEach, describe, expect, it, vi } from 'vitest';
import { METRIC, METRICS_NAMESPACE } from '../../../shared/logging/metric-names';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

/** The EMF documents printed while `run` runs, with Powertools metrics on. */
async function emitted(run: (metrics: typeof import('../../../shared/logging/metrics').businessMetrics) => void) {
  vi.stubEnv('POWERTOOLS_METRICS_DISABLED', 'false');
  vi.resetModules();
  const { businessMetrics } = await import('../../../shared/logging/metrics');
  const lines: Record<string, unknown>[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
    return true;
  });
  run(businessMetrics);
  vi.restoreAllMocks();
  return lines;
}

describe('business metrics (EMF)', () => {
  it('publishes the AI cost without a feature dimension, so one daily alarm sums every feature', async () => {
    const lines = await emitted((m) => m.aiUsage('coach', { inputTokens: 1200, outputTokens: 800, costUsd: 0.0019 }));
    const cost = lines.find((line) => METRIC.aiCostUsd in line)!;
    expect(cost).toMatchObject({ [METRIC.aiCostUsd]: 0.0019, service: 'twinforge' });
    const directive = (cost._aws as { CloudWatchMetrics: { Namespace: string; Dimensions: string[][] }[] }).CloudWatchMetrics[0]!;
    expect(directive.Namespace).toBe(METRICS_NAMESPACE);
    expect(directive.Dimensions).toEqual([['service']]);
    const tokens = lines.find((line) => METRIC.aiOutputTokens in line)!;
    expect(tokens).toMatchObject({ [METRIC.aiOutputTokens]: 800, feature: 'coach' });
  });

  it('publishes sessions created by provider', async () => {
    const lines = await emitted((m) => m.sessionCreated('openai'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ [METRIC.sessionsCreated]: 1, provider: 'openai' });
  });
});
