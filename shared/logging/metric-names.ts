/** The EMF namespace and metric names the functions publish and the CDK alarms and dashboard read. */
export const METRICS_NAMESPACE = 'TwinForge';

export const METRIC = {
  sessionsCreated: 'SessionsCreated',
  sessionsCompleted: 'SessionsCompleted',
  enrichments: 'Enrichments',
  enrichmentDurationMs: 'EnrichmentDurationMs',
  syncLagMs: 'SyncLagMs',
  illustrationJobs: 'IllustrationJobs',
  illustrationDurationMs: 'IllustrationDurationMs',
  aiInputTokens: 'AiInputTokens',
  aiOutputTokens: 'AiOutputTokens',
  aiCostUsd: 'AiCostUsd',
  streamRecords: 'StreamRecords',
  streamConsumerDurationMs: 'StreamConsumerDurationMs',
} as const;
