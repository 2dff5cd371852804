import * as z from '../zod';
import { readEnv } from '../config/env';
import { DEFAULT_MONTHLY_AI_BUDGET_USD } from '../domain/limits/ai-usage';
import { listPrices, type Prices } from './pricing';

export type ReasoningEffort = 'none' | 'minimal' | 'low' | 'medium' | 'high';

/** How the AI providers are configured (read once per cold start). */
export interface AiSettings {
  /** OPENAI_API_KEY (local runs); null when absent, empty or "unset". */
  apiKey: string | null;
  /** OPENAI_SECRET_ARN (AWS): the key is read from Secrets Manager once per cold start. */
  secretArn: string | null;
  model: string;
  /** Any OpenAI-compatible endpoint (…/v1); null = api.openai.com. */
  baseURL: string | null;
  /** Budget of the whole OpenAI attempt (retries and the one regeneration included). */
  timeoutMs: number;
  /** SDK retries of 408/409/429/5xx and connection errors, with backoff (Retry-After honoured). */
  maxRetries: number;
  /** null = the parameter is not sent (models without reasoning). */
  reasoningEffort: ReasoningEffort | null;
  maxOutputTokens: number;
  prices: Prices;
  /** Per-user monthly AI spend cap (USD); 0 disables AI calls. */
  monthlyBudgetUsd: number;
}

/** Values meaning "no key": the CDK secret is created with the placeholder "unset". */
export const isUnsetKey = (value: string | null | undefined): boolean => {
  const trimmed = (value ?? '').trim();
  return trimmed === '' || trimmed.toLowerCase() === 'unset';
};

const blank = <T extends z.core.$ZodType>(schema: T) => z.pipe(z.transform((value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value)), schema);

/** gpt-5 / gpt-5-mini / gpt-5-nano accept "minimal"; other reasoning models get "low"; the rest nothing. */
export function defaultReasoningEffort(model: string): ReasoningEffort | null {
  if (/^gpt-5(-mini|-nano)?(-\d{4}-\d{2}-\d{2})?$/.test(model)) return 'minimal';
  if (/^(gpt-5|o\d)/.test(model)) return 'low';
  return null;
}

export function readAiSettings(source: NodeJS.ProcessEnv = process.env): AiSettings {
  const env = readEnv(
    {
      OPENAI_API_KEY: blank(z.optional(z.string())),
      OPENAI_SECRET_ARN: blank(z.optional(z.string())),
      OPENAI_MODEL: blank(z._default(z.string().check(z.minLength(1), z.maxLength(100)), 'gpt-5-mini')),
      OPENAI_BASE_URL: blank(z.optional(z.url())),
      OPENAI_TIMEOUT_MS: blank(z._default(z.coerce.number().check(z.int(), z.minimum(500), z.maximum(120_000)), 20_000)),
      OPENAI_MAX_RETRIES: blank(z._default(z.coerce.number().check(z.int(), z.minimum(0), z.maximum(5)), 2)),
      OPENAI_REASONING_EFFORT: blank(z.optional(z.enum(['off', 'none', 'minimal', 'low', 'medium', 'high']))),
      OPENAI_MAX_OUTPUT_TOKENS: blank(z._default(z.coerce.number().check(z.int(), z.minimum(256), z.maximum(64_000)), 6_000)),
      OPENAI_PRICE_INPUT_PER_MTOK: blank(z.optional(z.coerce.number().check(z.minimum(0), z.maximum(1_000)))),
      OPENAI_PRICE_OUTPUT_PER_MTOK: blank(z.optional(z.coerce.number().check(z.minimum(0), z.maximum(1_000)))),
      AI_MONTHLY_BUDGET_USD: blank(z._default(z.coerce.number().check(z.minimum(0), z.maximum(10_000)), DEFAULT_MONTHLY_AI_BUDGET_USD)),
    },
    source,
  );
  const model = env.OPENAI_MODEL;
  const list = listPrices(model);
  return {
    apiKey: isUnsetKey(env.OPENAI_API_KEY) ? null : env.OPENAI_API_KEY!.trim(),
    secretArn: env.OPENAI_SECRET_ARN ?? null,
    model,
    baseURL: env.OPENAI_BASE_URL ?? null,
    timeoutMs: env.OPENAI_TIMEOUT_MS,
    maxRetries: env.OPENAI_MAX_RETRIES,
    reasoningEffort: env.OPENAI_REASONING_EFFORT === 'off' ? null : (env.OPENAI_REASONING_EFFORT ?? defaultReasoningEffort(model)),
    maxOutputTokens: env.OPENAI_MAX_OUTPUT_TOKENS,
    prices: {
      inputUsdPerMTok: env.OPENAI_PRICE_INPUT_PER_MTOK ?? list.inputUsdPerMTok,
      outputUsdPerMTok: env.OPENAI_PRICE_OUTPUT_PER_MTOK ?? list.outputUsdPerMTok,
    },
    monthlyBudgetUsd: env.AI_MONTHLY_BUDGET_USD,
  };
}
