import type { TableContext } from '../../db/context';
import { addAiUsage, checkAiBudget } from '../../db/entities/ai-usage';
import { businessMetrics } from '../../logging/metrics';
import { apiKeyResolver, type SecretReader } from '../api-key';
import type { AiBudget } from '../coach-service';
import type { AiSettings } from '../settings';
import type { InsightsProvider } from './insights-port';

/** The OpenAI analyst for these settings, or null when no key is configured (resolved once per container). */
export function openAiAnalystSource(settings: AiSettings, readSecret?: SecretReader): () => Promise<InsightsProvider | null> {
  const resolveKey = apiKeyResolver(settings, readSecret);
  let provider: { key: string; analyst: InsightsProvider } | undefined;
  return async () => {
    const key = await resolveKey();
    if (!key) return null;
    if (provider?.key !== key) {
      // The OpenAI path only (its SDK and JSON-schema code stay out of the cold start without a key).
      const { createOpenAiAnalyst } = await import('./openai-analyst');
      provider = { key, analyst: createOpenAiAnalyst({ ...settings, apiKey: key, maxOutputTokens: Math.min(settings.maxOutputTokens, 4_000) }) };
    }
    return provider.analyst;
  };
}

/**
 * The caller's monthly AI budget on the AIUSAGE#<YYYY-MM> counter, as `tableAiBudget` (shared/ai/providers.ts)
 * builds it for the coaches, without importing the coach providers (and the catalog) into the insights Lambdas.
 */
export function insightsAiBudget(ctx: TableContext, userId: string, timeZone: string, monthlyUsd: number, now = () => new Date()): AiBudget {
  return {
    monthlyUsd,
    check: (expectedCostUsd) => checkAiBudget(ctx, userId, monthlyUsd, { expectedCostUsd, now: now(), timeZone }),
    record: async (usage) => {
      await addAiUsage(ctx, userId, usage, now(), timeZone);
      businessMetrics.aiUsage('insights', usage);
    },
  };
}
