import { apiKeyResolver, type SecretReader } from '../api-key';
import type { AiSettings } from '../settings';
import type { InsightsProvider } from './insights-port';
import { createOpenAiAnalyst } from './openai-analyst';

/** The OpenAI analyst for these settings, or null when no key is configured (resolved once per container). */
export function openAiAnalystSource(settings: AiSettings, readSecret?: SecretReader): () => Promise<InsightsProvider | null> {
  const resolveKey = apiKeyResolver(settings, readSecret);
  let provider: { key: string; analyst: InsightsProvider } | undefined;
  return async () => {
    const key = await resolveKey();
    if (!key) return null;
    if (provider?.key !== key) provider = { key, analyst: createOpenAiAnalyst({ ...settings, apiKey: key, maxOutputTokens: Math.min(settings.maxOutputTokens, 4_000) }) };
    return provider.analyst;
  };
}
