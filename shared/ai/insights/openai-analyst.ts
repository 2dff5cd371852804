import { insightsContentSchema, progressionContentSchema } from '../../domain/insights/content';
import type { TrainingMetrics } from '../../domain/insights/metrics';
import type { FailureReason } from '../coach-port';
import { strictJsonSchema } from '../openai/structured-output';
import { costUsd, estimateTokens, type Prices, type TokenUsage } from '../pricing';
import type { ReasoningEffort } from '../settings';
import { InsightsProviderError, type AnalysisContent, type AnalysisRequest, type AnalysisResult, type AnalyseOptions, type InsightsProvider } from './insights-port';

export interface OpenAiAnalystConfig {
  apiKey: string;
  baseURL: string | null;
  model: string;
  timeoutMs: number;
  maxRetries: number;
  reasoningEffort: ReasoningEffort | null;
  maxOutputTokens: number;
  prices: Prices;
}

/**
 * Output tokens we expect (budget estimate) from the word limits of the instructions: Conseils
 * ≈ 800 (the offline analyst's answers to the same metrics are 630–690), Progression ≈ 350 (210–250).
 * Output is ~85 % of a generation's price at gpt-5-mini rates, hence the limits.
 */
export const EXPECTED_OUTPUT_TOKENS = { insights: 800, progression: 350 } as const;
/** Hard cap per answer (`max_output_tokens`, never above the configured one): twice the expectation. */
export const MAX_OUTPUT_TOKENS = { insights: 1_600, progression: 700 } as const;

let formats: Record<'insights' | 'progression', { type: 'json_schema'; name: string; strict: true; schema: Record<string, unknown> }> | undefined;
/** `text.format` of each analysis: the content schemas, strict (built once). */
export function analysisTextFormat(kind: 'insights' | 'progression') {
  formats ??= {
    insights: { type: 'json_schema', name: 'training_insights', strict: true, schema: strictJsonSchema(insightsContentSchema) },
    progression: { type: 'json_schema', name: 'training_progression', strict: true, schema: strictJsonSchema(progressionContentSchema) },
  };
  return formats[kind];
}

class DeadlineReached extends Error {
  constructor() {
    super('the OpenAI time budget ran out');
    this.name = 'DeadlineReached';
  }
}

class HttpFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'HttpFailure';
  }
}

/** Statuses worth another try (as the OpenAI SDK retries them). */
const RETRYABLE = new Set([408, 409, 429, 500, 502, 503, 504]);

/** Wait before retry `attempt` (0-based): the server's retry-after(-ms), else 0.5 s × 2^attempt (max 8 s). */
function retryDelayMs(headers: Headers, attempt: number): number {
  const ms = Number(headers.get('retry-after-ms'));
  if (Number.isFinite(ms) && ms >= 0 && headers.has('retry-after-ms')) return ms;
  const seconds = Number(headers.get('retry-after'));
  if (headers.has('retry-after') && Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  return Math.min(8_000, 500 * 2 ** attempt);
}

interface ResponsesAnswer {
  model?: string;
  status?: string;
  output?: Array<{ type?: string; content?: Array<{ type?: string; text?: string }> }>;
  usage?: { input_tokens?: number; output_tokens?: number };
}

/** The assistant's text of a Responses API answer (what the SDK calls `output_text`). */
export const outputText = (answer: ResponsesAnswer): string =>
  (answer.output ?? [])
    .filter((item) => item.type === 'message')
    .flatMap((item) => item.content ?? [])
    .filter((part) => part.type === 'output_text')
    .map((part) => part.text ?? '')
    .join('');

function classify(error: unknown, signal: AbortSignal): { reason: FailureReason; message: string } {
  const message = error instanceof Error ? error.message : String(error);
  if (signal.aborted && signal.reason instanceof DeadlineReached) return { reason: 'timeout', message: signal.reason.message };
  if (error instanceof HttpFailure) return { reason: error.status === 429 ? 'rate_limited' : 'api_error', message: `HTTP ${error.status}: ${message}` };
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') return { reason: 'timeout', message };
  return { reason: 'api_error', message };
}

/** The numbers the model writes from: compact, exercise ids replaced by names. */
export function metricsForPrompt(metrics: TrainingMetrics, nameOf: (id: string) => string) {
  return {
    today: metrics.today,
    windowDays: metrics.windowDays,
    sessions: metrics.sessionsAnalyzed,
    totals: metrics.totals,
    weekly: metrics.weeks.map((w) => [w.weekStart, w.sessions, w.volumeKg, w.durationMin, w.distanceKm, w.avgRpe, w.load]),
    trends: metrics.trends,
    disciplines: metrics.disciplines,
    load: {
      acwr: metrics.load.acwr.ratio,
      acwrFlag: metrics.load.acwr.flag,
      acuteLoadAu: metrics.load.acwr.acuteLoad,
      chronicWeeklyLoadAu: metrics.load.acwr.chronicWeeklyLoad,
      monotony: metrics.load.monotony.monotony,
      strainAu: metrics.load.monotony.strain,
      ctl: metrics.load.fitness.ctl,
      atl: metrics.load.fitness.atl,
      tsb: metrics.load.fitness.tsb,
    },
    balance: metrics.balance,
    imbalances: metrics.imbalances,
    stalledExercises: metrics.weakPoints.map((w) => ({ ...w, exercise: nameOf(w.exerciseId), exerciseId: undefined })),
    daysSinceLastSession: metrics.daysSinceLast,
  };
}

export function analysisInstructions(request: AnalysisRequest): string {
  const language = request.locale === 'fr' ? 'French' : 'English';
  const common = [
    'You are an expert strength and endurance coach analysing an athlete\'s training log.',
    'Use ONLY the numbers given (computed from the athlete\'s completed sessions); quote them (percentages, RPE, ACWR, CTL/ATL/TSB, sets, weeks) so every sentence is specific to this athlete. Never invent sessions, exercises or numbers.',
    'Load is Foster session-RPE (RPE × minutes, AU). ACWR 0.8–1.3 is the safe zone; above 1.5 is a spike. CTL = fitness (42-day average), ATL = fatigue (7-day), TSB = form (CTL − ATL). Monotony above 2 means too little variation.',
    `Write every text in ${language}. Answer with JSON matching the response schema exactly.`,
  ];
  if (request.kind === 'insights') {
    return [
      ...common,
      'Write the Conseils tab: a summary (2–3 sentences, at most 60 words), the progression trends (volume, intensity, consistency: keep trend/percentage/avgRpe as computed, write each comment in one sentence of at most 25 words), imbalances (from the computed imbalances only, each description at most 30 words), weak points (from the stalled exercises only, issue and recommendation at most 25 words each), 3 concrete recommendations (4 only if a computed imbalance or stalled exercise needs its own; id: short kebab-case slug; title at most 8 words; description at most 35 words; category one word such as recovery, load, balance, progression, consistency, intensity, mobility; priority low|medium|high; actionable true when it is a concrete action), and next week\'s focus (at most 4 focus areas of a few words).',
    ].join('\n');
  }
  return [
    ...common,
    `Write the Progression analysis of the last ${request.weeks} weeks in EXACTLY 2 paragraphs + 3 recommendations: paragraph1 = 2–3 sentences (at most 70 words) of factual analysis of the current state and the weekly trends; paragraph2 = 2–3 sentences (at most 60 words) of concrete advice; recommendations = 3 short priority actions (at most 15 words each).`,
  ].join('\n');
}

export function analysisInput(request: AnalysisRequest): string {
  return JSON.stringify({ athlete: { level: request.level }, ...(request.kind === 'progression' ? { periodWeeks: request.weeks } : {}), metrics: metricsForPrompt(request.metrics, request.nameOf) });
}

/**
 * The OpenAI analyst: Responses API with structured outputs from the content schemas, the computed
 * metrics in the input, in the athlete's language. Plain `fetch` rather than the OpenAI SDK (one POST
 * does not justify ~385 KB in the bundle); 408/409/429/5xx and connection errors are retried with
 * backoff as the SDK does. An answer that does not match the schema → InsightsProviderError('invalid_output').
 */
export function createOpenAiAnalyst(config: OpenAiAnalystConfig, fetchImpl: typeof fetch = fetch): InsightsProvider {
  const url = `${(config.baseURL ?? 'https://api.openai.com/v1').replace(/\/+$/, '')}/responses`;
  const usageOf = (usage: ResponsesAnswer['usage']): TokenUsage | null => {
    if (!usage) return null;
    const tokens = { inputTokens: usage.input_tokens ?? 0, outputTokens: usage.output_tokens ?? 0 };
    return { ...tokens, costUsd: costUsd(tokens, config.prices) };
  };
  /** POST /responses, retrying 408/409/429/5xx and connection errors like the SDK (Retry-After honoured), within the signal's time. */
  const post = async (body: unknown, signal: AbortSignal): Promise<ResponsesAnswer> => {
    for (let attempt = 0; ; attempt++) {
      let response: Response;
      try {
        response = await fetchImpl(url, {
          method: 'POST',
          headers: { authorization: `Bearer ${config.apiKey}`, 'content-type': 'application/json' },
          body: JSON.stringify(body),
          signal,
        });
      } catch (error) {
        if (signal.aborted || attempt >= config.maxRetries) throw error;
        await sleep(retryDelayMs(new Headers(), attempt), signal);
        continue;
      }
      if (response.ok) return (await response.json()) as ResponsesAnswer;
      const text = (await response.text()).slice(0, 300);
      if (!RETRYABLE.has(response.status) || attempt >= config.maxRetries) throw new HttpFailure(response.status, text);
      await sleep(retryDelayMs(response.headers, attempt), signal);
    }
  };
  return {
    name: 'openai',
    estimateCostUsd(request: AnalysisRequest): number {
      const prompt = analysisInstructions(request) + analysisInput(request) + JSON.stringify(analysisTextFormat(request.kind).schema);
      return costUsd({ inputTokens: estimateTokens(prompt), outputTokens: Math.min(config.maxOutputTokens, EXPECTED_OUTPUT_TOKENS[request.kind]) }, config.prices);
    },
    async analyse<R extends AnalysisRequest>(request: R, options: AnalyseOptions = {}): Promise<AnalysisResult<AnalysisContent<R>>> {
      const budgetMs = Math.max(0, Math.min(config.timeoutMs, options.deadlineMs ?? Infinity));
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(new DeadlineReached()), budgetMs);
      let usage: TokenUsage | null = null;
      try {
        const answer = await post(
          {
            model: config.model,
            instructions: analysisInstructions(request),
            input: [{ role: 'user', content: analysisInput(request) }],
            text: { format: analysisTextFormat(request.kind) },
            max_output_tokens: Math.min(config.maxOutputTokens, MAX_OUTPUT_TOKENS[request.kind]),
            store: false,
            ...(config.reasoningEffort ? { reasoning: { effort: config.reasoningEffort } } : {}),
          },
          controller.signal,
        );
        usage = usageOf(answer.usage);
        const text = outputText(answer);
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch (error) {
          throw new InsightsProviderError('invalid_output', `the answer is not valid JSON (${(error as Error).message.slice(0, 120)})`, usage);
        }
        const schema = request.kind === 'insights' ? insightsContentSchema : progressionContentSchema;
        const parsed = schema.safeParse(json);
        if (!parsed.success) {
          throw new InsightsProviderError('invalid_output', parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || 'root'}: ${i.message}`).join('; ').slice(0, 500), usage);
        }
        return { content: parsed.data as AnalysisContent<R>, provider: 'openai', model: answer.model || config.model, usage };
      } catch (error) {
        if (error instanceof InsightsProviderError) throw error;
        const { reason, message } = classify(error, controller.signal);
        throw new InsightsProviderError(reason, message.slice(0, 500), usage);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
