import type { Locale } from '../../domain/insights/analyst';
import type { InsightsContent, InsightsOfflineReason, ProgressionContent, ProgressionPeriod } from '../../domain/insights/content';
import type { TrainingMetrics } from '../../domain/insights/metrics';
import type { FailureReason, ProviderName } from '../coach-port';
import type { TokenUsage } from '../pricing';

/** What an analysis is written from: the computed metrics, the athlete's level and language. */
export interface AnalysisBase {
  metrics: TrainingMetrics;
  locale: Locale;
  level: string;
  /** Exercise names in the athlete's language (weak points name exercises, never ids). */
  nameOf: (exerciseId: string) => string;
}
export type AnalysisRequest =
  | (AnalysisBase & { kind: 'insights' })
  | (AnalysisBase & { kind: 'progression'; period: ProgressionPeriod; weeks: number });

export type AnalysisContent<R extends AnalysisRequest> = R extends { kind: 'insights' } ? InsightsContent : ProgressionContent;

export interface AnalysisResult<C> {
  content: C;
  provider: ProviderName;
  model: string | null;
  usage: TokenUsage | null;
}

export interface AnalyseOptions {
  deadlineMs?: number;
}

/** The analyst port: OpenAI or the offline analyst, both returning zod-valid content. */
export interface InsightsProvider {
  readonly name: ProviderName;
  analyse<R extends AnalysisRequest>(request: R, options?: AnalyseOptions): Promise<AnalysisResult<AnalysisContent<R>>>;
  estimateCostUsd?(request: AnalysisRequest): number;
}

/** An analyst that produced nothing usable; carries the tokens it spent anyway. */
export class InsightsProviderError extends Error {
  constructor(
    readonly reason: FailureReason,
    message: string,
    readonly usage: TokenUsage | null = null,
  ) {
    super(message);
    this.name = 'InsightsProviderError';
  }
}

/** Who wrote an analysis, and why. */
export interface AnalysisReport {
  provider: ProviderName;
  model: string | null;
  offlineReason: InsightsOfflineReason | null;
  usage: TokenUsage | null;
}
