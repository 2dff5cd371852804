import type { TableContext } from '../db/context';
import { addAiUsage, checkAiBudget } from '../db/entities/ai-usage';
import { businessMetrics } from '../logging/metrics';
import { apiKeyResolver, type SecretReader } from './api-key';
import type { CoachProvider } from './coach-port';
import type { AiBudget } from './coach-service';
import type { AiSettings } from './settings';

/**
 * The OpenAI provider for these settings, or null when no key is configured. The key is resolved
 * once per container (OPENAI_API_KEY locally, Secrets Manager on AWS, read from cold start).
 * The OpenAI coach (its prompts, the offline planner they use, the SDK) loads only once a key exists.
 */
export function openAiProviderSource(settings: AiSettings, readSecret?: SecretReader): () => Promise<CoachProvider | null> {
  const resolveKey = apiKeyResolver(settings, readSecret);
  let provider: { key: string; coach: CoachProvider } | undefined;
  return async () => {
    const key = await resolveKey();
    if (!key) return null;
    if (provider?.key !== key) {
      const { createOpenAiCoach } = await import('./openai/openai-coach');
      provider = { key, coach: createOpenAiCoach({ ...settings, apiKey: key }) };
    }
    return provider.coach;
  };
}

/** The caller's monthly AI budget on the table's AIUSAGE#<YYYY-MM> counter (month in the caller's zone). */
export function tableAiBudget(ctx: TableContext, userId: string, timeZone: string, monthlyUsd: number, now = () => new Date()): AiBudget {
  return {
    monthlyUsd,
    check: (expectedCostUsd) => checkAiBudget(ctx, userId, monthlyUsd, { expectedCostUsd, now: now(), timeZone }),
    record: async (usage) => {
      await addAiUsage(ctx, userId, usage, now(), timeZone);
      businessMetrics.aiUsage('coach', usage);
    },
  };
}
