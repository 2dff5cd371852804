import type { OpenAI } from 'openai/client';
import type { CoachContext } from '../../domain/coaches/context';
import type { Prescription } from '../../domain/coaches/prescription';
import { CoachProviderError, type CoachProvider, type CoachResult, type FailureReason, type PrescribeOptions } from '../coach-port';
import { addUsage, costUsd, estimateTokens, type Prices, type TokenUsage } from '../pricing';
import type { ReasoningEffort } from '../settings';
import { allowedExercises, retryPrompt, systemPrompt, userPrompt } from './prompts';
import { prescriptionTextFormat } from './structured-output';
import { checkModelOutput } from './validate';

export interface OpenAiCoachConfig {
  apiKey: string;
  baseURL: string | null;
  model: string;
  /** Budget of the whole attempt (SDK retries and the one regeneration included). */
  timeoutMs: number;
  maxRetries: number;
  reasoningEffort: ReasoningEffort | null;
  maxOutputTokens: number;
  prices: Prices;
}

/** Answers the model may give: the first, then one regeneration after a rejected answer. */
export const MAX_ATTEMPTS = 2;
/** Output tokens we expect for a fast prescription (budget estimate; the target is ≤ 2,500). */
const EXPECTED_OUTPUT_TOKENS = 2_500;

// The SDK is large (~385 KB minified): load it on the first OpenAI call, not at module init.
let sdk: Promise<typeof import('openai/client')> | undefined;
const loadSdk = () => (sdk ??= import('openai/client'));

class DeadlineReached extends Error {
  constructor() {
    super('the OpenAI time budget ran out');
    this.name = 'DeadlineReached';
  }
}

type InputMessage = { role: 'user' | 'assistant'; content: string };

function classify(error: unknown, signal: AbortSignal): { reason: FailureReason; message: string } {
  const message = error instanceof Error ? error.message : String(error);
  if (signal.aborted && signal.reason instanceof DeadlineReached) return { reason: 'timeout', message: signal.reason.message };
  const name = error instanceof Error ? error.name : '';
  if (name === 'APIConnectionTimeoutError' || name === 'TimeoutError') return { reason: 'timeout', message };
  const status = (error as { status?: unknown })?.status;
  if (status === 429) return { reason: 'rate_limited', message };
  return { reason: 'api_error', message: typeof status === 'number' ? `HTTP ${status}: ${message}` : message };
}

/**
 * The OpenAI coach: Responses API with structured outputs from the prescription schema, the
 * allowed catalog exercises in the request, every answer checked against the catalog (unknown
 * ids mapped by synonym, else the answer is rejected and regenerated once). Throws
 * CoachProviderError (with the tokens spent) when no valid prescription comes back in time.
 */
export function createOpenAiCoach(config: OpenAiCoachConfig): CoachProvider {
  let client: OpenAI | undefined;
  const getClient = async (): Promise<OpenAI> => {
    if (!client) {
      const { OpenAI } = await loadSdk();
      client = new OpenAI({ apiKey: config.apiKey, baseURL: config.baseURL ?? undefined, timeout: config.timeoutMs, maxRetries: config.maxRetries });
    }
    return client;
  };
  const usageOf = (usage: { input_tokens?: number; output_tokens?: number } | null | undefined): TokenUsage | null => {
    if (!usage) return null;
    const tokens = { inputTokens: usage.input_tokens ?? 0, outputTokens: usage.output_tokens ?? 0 };
    return { ...tokens, costUsd: costUsd(tokens, config.prices) };
  };

  return {
    name: 'openai',

    estimateCostUsd(context: CoachContext): number {
      const prompt = systemPrompt(context) + userPrompt(context, allowedExercises(context)) + JSON.stringify(prescriptionTextFormat().schema);
      return costUsd({ inputTokens: estimateTokens(prompt), outputTokens: Math.min(config.maxOutputTokens, EXPECTED_OUTPUT_TOKENS) }, config.prices);
    },

    async prescribe(context: CoachContext, options: PrescribeOptions = {}): Promise<CoachResult> {
      const started = Date.now();
      const budgetMs = Math.max(0, Math.min(config.timeoutMs, options.deadlineMs ?? Infinity));
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(new DeadlineReached()), budgetMs);
      const onAbort = () => controller.abort(options.signal?.reason);
      options.signal?.addEventListener('abort', onAbort, { once: true });

      let usage: TokenUsage | null = null;
      let attempts = 0;
      let acceptable: { prescription: Prescription; model: string } | null = null;
      const result = (prescription: Prescription, model: string): CoachResult => ({ prescription, provider: 'openai', model, usage, attempts });
      try {
        const openai = await getClient();
        const allowed = allowedExercises(context);
        const input: InputMessage[] = [{ role: 'user', content: userPrompt(context, allowed) }];
        const instructions = systemPrompt(context);
        let problems: string[] = [];
        for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
          const remaining = budgetMs - (Date.now() - started);
          if (remaining <= 0) throw new DeadlineReached();
          attempts = attempt;
          const response = await openai.responses.create(
            {
              model: config.model,
              instructions,
              input,
              text: { format: prescriptionTextFormat() },
              max_output_tokens: config.maxOutputTokens,
              store: false,
              ...(config.reasoningEffort ? { reasoning: { effort: config.reasoningEffort } } : {}),
            },
            { signal: controller.signal, timeout: remaining, maxRetries: config.maxRetries },
          );
          usage = addUsage(usage, usageOf(response.usage));
          const model = response.model || config.model;
          const text = response.output_text ?? '';
          const check = text.trim()
            ? checkModelOutput(text, context, allowed)
            : { ok: false as const, problems: [`empty answer (status ${response.status ?? 'unknown'}${response.incomplete_details?.reason ? `: ${response.incomplete_details.reason}` : ''})`] };
          if (check.ok && (check.soft.length === 0 || attempt === MAX_ATTEMPTS)) return result(check.prescription, model);
          if (check.ok) {
            acceptable = { prescription: check.prescription, model };
            problems = check.soft;
          } else {
            problems = check.problems;
          }
          if (text.trim() && text.length <= 40_000) input.push({ role: 'assistant', content: text });
          input.push({ role: 'user', content: retryPrompt(problems) });
        }
        if (acceptable) return result(acceptable.prescription, acceptable.model);
        throw new CoachProviderError('invalid_output', `no valid prescription after ${attempts} answers: ${problems.join('; ')}`.slice(0, 500), usage, attempts);
      } catch (error) {
        if (acceptable) return result(acceptable.prescription, acceptable.model);
        if (error instanceof CoachProviderError) throw error;
        const { reason, message } = classify(error, controller.signal);
        throw new CoachProviderError(reason, message.slice(0, 500), usage, attempts);
      } finally {
        clearTimeout(timer);
        options.signal?.removeEventListener('abort', onAbort);
      }
    },
  };
}
