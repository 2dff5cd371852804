/** USD per million tokens. */
export interface Prices {
  inputUsdPerMTok: number;
  outputUsdPerMTok: number;
}

export interface TokenUsage {
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
}

/**
 * Public list prices of the text models we expect (standard tier, USD per 1M tokens). Longest
 * prefix wins; an unknown model (another OpenAI-compatible endpoint) is priced like gpt-5-mini
 * unless OPENAI_PRICE_INPUT_PER_MTOK / OPENAI_PRICE_OUTPUT_PER_MTOK say otherwise.
 */
const LIST_PRICES: ReadonlyArray<readonly [prefix: string, prices: Prices]> = [
  ['gpt-5-nano', { inputUsdPerMTok: 0.05, outputUsdPerMTok: 0.4 }],
  ['gpt-5-mini', { inputUsdPerMTok: 0.25, outputUsdPerMTok: 2 }],
  ['gpt-5', { inputUsdPerMTok: 1.25, outputUsdPerMTok: 10 }],
  ['gpt-4.1-nano', { inputUsdPerMTok: 0.1, outputUsdPerMTok: 0.4 }],
  ['gpt-4.1-mini', { inputUsdPerMTok: 0.4, outputUsdPerMTok: 1.6 }],
  ['gpt-4.1', { inputUsdPerMTok: 2, outputUsdPerMTok: 8 }],
  ['gpt-4o-mini', { inputUsdPerMTok: 0.15, outputUsdPerMTok: 0.6 }],
  ['gpt-4o', { inputUsdPerMTok: 2.5, outputUsdPerMTok: 10 }],
];
const DEFAULT_PRICES: Prices = { inputUsdPerMTok: 0.25, outputUsdPerMTok: 2 };

export function listPrices(model: string): Prices {
  const match = LIST_PRICES.filter(([prefix]) => model.startsWith(prefix)).sort((a, b) => b[0].length - a[0].length)[0];
  return match ? match[1] : DEFAULT_PRICES;
}

/** Cost of a call, rounded to the micro-dollar. */
export function costUsd(tokens: { inputTokens: number; outputTokens: number }, prices: Prices): number {
  const usd = (tokens.inputTokens * prices.inputUsdPerMTok + tokens.outputTokens * prices.outputUsdPerMTok) / 1_000_000;
  return Math.round(usd * 1e6) / 1e6;
}

export function addUsage(a: TokenUsage | null, b: TokenUsage | null): TokenUsage | null {
  if (!a) return b;
  if (!b) return a;
  return { inputTokens: a.inputTokens + b.inputTokens, outputTokens: a.outputTokens + b.outputTokens, costUsd: Math.round((a.costUsd + b.costUsd) * 1e6) / 1e6 };
}

/** Rough tokens of a prompt (≈ 4 characters per token for English/JSON). */
export const estimateTokens = (text: string): number => Math.ceil(text.length / 4);
