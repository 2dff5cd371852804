import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { METRIC, METRICS_NAMESPACE } from './metric-names';

/**
 * Business metrics as CloudWatch EMF lines (the alarms and the dashboard in infra/cdk read them).
 * Each one is published at once (no per-invocation flush to forget). Off locally and in tests
 * (POWERTOOLS_METRICS_DISABLED), where the logs already tell the story.
 */
const metrics = new Metrics({ namespace: METRICS_NAMESPACE, serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'twinforge' });

function publish(name: string, unit: (typeof MetricUnit)[keyof typeof MetricUnit], value: number, dimensions: Record<string, string> = {}): void {
  const single = metrics.singleMetric();
  for (const [key, dimension] of Object.entries(dimensions)) single.addDimension(key, dimension);
  single.addMetric(name, unit, value);
}

export const businessMetrics = {
  sessionCreated: (provider: 'offline' | 'openai' | 'custom') => publish(METRIC.sessionsCreated, MetricUnit.Count, 1, { provider }),
  sessionCompleted: () => publish(METRIC.sessionsCompleted, MetricUnit.Count, 1),
  enrichment: (outcome: 'enriched' | 'retried' | 'failed', durationMs: number) => {
    publish(METRIC.enrichments, MetricUnit.Count, 1, { outcome });
    publish(METRIC.enrichmentDurationMs, MetricUnit.Milliseconds, durationMs, { outcome });
  },
  /** One attempt of an illustration job: its outcome and how long the generation took. */
  illustrationJob: (outcome: 'completed' | 'retried' | 'failed', durationMs: number) => {
    publish(METRIC.illustrationJobs, MetricUnit.Count, 1, { outcome });
    publish(METRIC.illustrationDurationMs, MetricUnit.Milliseconds, durationMs, { outcome });
  },
  /** From the session's completion to its Forge activity written. */
  syncLag: (lagMs: number) => publish(METRIC.syncLagMs, MetricUnit.Milliseconds, Math.max(0, lagMs)),
  /** Token usage and cost of one AI call; no dimension on the cost, so one alarm sums every feature. */
  aiUsage: (feature: string, usage: { inputTokens: number; outputTokens: number; costUsd: number }) => {
    publish(METRIC.aiInputTokens, MetricUnit.Count, usage.inputTokens, { feature });
    publish(METRIC.aiOutputTokens, MetricUnit.Count, usage.outputTokens, { feature });
    publish(METRIC.aiCostUsd, MetricUnit.Count, usage.costUsd);
  },
  /** One stream consumer's part of a reader's batch (shared/stream/dispatcher.ts): records done, records left to the retry, time taken. */
  streamConsumer: (consumer: string, records: { processed: number; retried: number }, durationMs: number) => {
    publish(METRIC.streamRecords, MetricUnit.Count, records.processed, { consumer, outcome: 'processed' });
    if (records.retried) publish(METRIC.streamRecords, MetricUnit.Count, records.retried, { consumer, outcome: 'retried' });
    publish(METRIC.streamConsumerDurationMs, MetricUnit.Milliseconds, durationMs, { consumer });
  },
};
