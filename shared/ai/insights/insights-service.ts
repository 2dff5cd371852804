import type { InsightsOfflineReason } from '../../domain/insights/content';
import type { AiBudget } from '../coach-service';
import { MIN_OPENAI_MS } from '../coach-service';
import type { TokenUsage } from '../pricing';
import { InsightsProviderError, type AnalysisContent, type AnalysisReport, type AnalysisRequest, type InsightsProvider } from './insights-port';

export interface AnalyseDeps {
  /** null when no OpenAI key is configured. */
  openAi: InsightsProvider | null;
  offline: InsightsProvider;
  budget: AiBudget;
  deadlineMs?: number;
  /** Told about each OpenAI failure (for logs); never shown to the client. */
  onFailure?: (reason: InsightsOfflineReason, error: unknown) => void;
}

/**
 * Provider selection, as for the coaches: OpenAI when a key is configured, the caller's monthly AI
 * budget allows it and time remains; the offline analyst otherwise and whenever OpenAI fails, is
 * slow or answers something invalid. With no session at all nothing is worth an AI call. Tokens
 * spent are added to the caller's monthly usage either way.
 */
export async function analyseWithFallback<R extends AnalysisRequest>(request: R, deps: AnalyseDeps): Promise<{ content: AnalysisContent<R>; report: AnalysisReport }> {
  const offline = async (offlineReason: InsightsOfflineReason | null, usage: TokenUsage | null = null) => {
    const result = await deps.offline.analyse(request);
    return { content: result.content, report: { provider: 'offline' as const, model: null, offlineReason, usage } };
  };
  const record = async (usage: TokenUsage | null) => {
    if (!usage || (usage.inputTokens === 0 && usage.outputTokens === 0)) return;
    try {
      await deps.budget.record(usage);
    } catch (error) {
      deps.onFailure?.('budget_unavailable', error);
    }
  };
  if (request.metrics.sessionsAnalyzed === 0) return offline('no_sessions');
  const openAi = deps.openAi;
  if (!openAi) return offline('no_api_key');
  if (deps.budget.monthlyUsd <= 0) return offline('over_budget');
  try {
    const check = await deps.budget.check(openAi.estimateCostUsd?.(request) ?? 0);
    if (!check.allowed) return offline('over_budget');
  } catch (error) {
    deps.onFailure?.('budget_unavailable', error);
    return offline('budget_unavailable');
  }
  if (deps.deadlineMs !== undefined && deps.deadlineMs < MIN_OPENAI_MS) return offline('no_time');
  try {
    const result = await openAi.analyse(request, { deadlineMs: deps.deadlineMs });
    await record(result.usage);
    return { content: result.content, report: { provider: 'openai', model: result.model, offlineReason: null, usage: result.usage } };
  } catch (error) {
    const failure = error instanceof InsightsProviderError ? error : new InsightsProviderError('api_error', error instanceof Error ? error.message : String(error));
    deps.onFailure?.(failure.reason, error);
    await record(failure.usage);
    return offline(failure.reason, failure.usage);
  }
}
