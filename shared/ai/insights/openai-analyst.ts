import type { OpenAI } from 'openai/client';
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

/** Output tokens we expect (budget estimate): Conseils ≈ 1,500, Progression ≈ 500. */
const EXPECTED_OUTPUT_TOKENS = { insights: 1_500, progression: 500 } as const;

// The SDK is large: load it on the first OpenAI call, not at module init.
let sdk: Promise<typeof import('openai/client')> | undefined;
const loadSdk = () => (sdk ??= import('openai/client'));

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

function classify(error: unknown, signal: AbortSignal): { reason: FailureReason; message: string } {
  const message = error instanceof Error ? error.message : String(error);
  if (signal.aborted && signal.reason instanceof DeadlineReached) return { reason: 'timeout', message: signal.reason.message };
  const name = error instanceof Error ? error.name : '';
  if (name === 'APIConnectionTimeoutError' || name === 'TimeoutError' || name === 'APIUserAbortError') return { reason: 'timeout', message };
  const status = (error as { status?: unknown })?.status;
  if (status === 429) return { reason: 'rate_limited', message };
  return { reason: 'api_error', message: typeof status === 'number' ? `HTTP ${status}: ${message}` : message };
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
      'Write the Conseils tab: a summary (2–3 sentences), the progression trends (volume, intensity, consistency: keep trend/percentage/avgRpe as computed, write the comments), imbalances (from the computed imbalances only), weak points (from the stalled exercises only), 3 to 5 concrete recommendations (id: short kebab-case slug; category one word such as recovery, load, balance, progression, consistency, intensity, mobility; priority low|medium|high; actionable true when it is a concrete action), and next week\'s focus.',
    ].join('\n');
  }
  return [
    ...common,
    `Write the Progression analysis of the last ${request.weeks} weeks in EXACTLY 2 paragraphs + 3 recommendations: paragraph1 = 2–3 sentences of factual analysis of the current state and the weekly trends; paragraph2 = 2–3 sentences of concrete advice; recommendations = 3 short priority actions.`,
  ].join('\n');
}

export function analysisInput(request: AnalysisRequest): string {
  return JSON.stringify({ athlete: { level: request.level }, ...(request.kind === 'progression' ? { periodWeeks: request.weeks } : {}), metrics: metricsForPrompt(request.metrics, request.nameOf) });
}

/**
 * The OpenAI analyst: Responses API with structured outputs from the content schemas, the computed
 * metrics in the input, in the athlete's language. One answer per call (the SDK retries 429/5xx
 * with backoff); an answer that does not match the schema → InsightsProviderError('invalid_output').
 */
export function createOpenAiAnalyst(config: OpenAiAnalystConfig): InsightsProvider {
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
        const openai = await getClient();
        const response = await openai.responses.create(
          {
            model: config.model,
            instructions: analysisInstructions(request),
            input: [{ role: 'user', content: analysisInput(request) }],
            text: { format: analysisTextFormat(request.kind) },
            max_output_tokens: config.maxOutputTokens,
            store: false,
            ...(config.reasoningEffort ? { reasoning: { effort: config.reasoningEffort } } : {}),
          },
          { signal: controller.signal, timeout: budgetMs, maxRetries: config.maxRetries },
        );
        usage = usageOf(response.usage);
        const text = response.output_text ?? '';
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
        return { content: parsed.data as AnalysisContent<R>, provider: 'openai', model: response.model || config.model, usage };
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
