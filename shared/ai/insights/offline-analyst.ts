import { analyseInsights, analyseProgression } from '../../domain/insights/analyst';
import type { AnalysisContent, AnalysisRequest, AnalysisResult, InsightsProvider } from './insights-port';

/** The offline analyst behind the port: deterministic sentences from the metrics, no cost. */
export const offlineAnalyst: InsightsProvider = {
  name: 'offline',
  async analyse<R extends AnalysisRequest>(request: R): Promise<AnalysisResult<AnalysisContent<R>>> {
    const content =
      request.kind === 'insights'
        ? analyseInsights(request.metrics, request.locale, request.nameOf)
        : analyseProgression(request.metrics, request.weeks, request.locale, request.nameOf);
    return { content: content as AnalysisContent<R>, provider: 'offline', model: null, usage: null };
  },
  estimateCostUsd: () => 0,
};
