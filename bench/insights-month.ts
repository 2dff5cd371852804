import { createOpenAiAnalyst } from '../shared/ai/insights/openai-analyst';
import type { AnalysisRequest } from '../shared/ai/insights/insights-port';
import { costUsd, estimateTokens, listPrices } from '../shared/ai/pricing';
import { PERIOD_WEEKS, type ProgressionPeriod } from '../shared/domain/insights/content';
import { INSIGHTS_WINDOW_DAYS, READ_WINDOW_DAYS, type InsightSession } from '../shared/domain/insights/metrics';
import { defaultProfile } from '../shared/domain/profile/profile';
import { addDays } from '../shared/domain/science/days';
import { freshUntil } from '../frontend/src/training/insights/freshness';
import { AppQueryCache, describeMonth, generateMonth, MONTH_DAYS, SEED_INSIGHTS, type InsightsUsage, type UsageEvent } from './insights-usage';
import type { CountingProxy } from './counting-proxy';
import { round } from './load';

/**
 * A simulated month of Conseils and Progression for `users` athletes, through the real serving code
 * (functions/insights/serve.ts: tiers, TTLs, leases, refresh limit) against the bench's DynamoDB
 * Local, with a simulated clock per athlete; completions call the real invalidation the stream
 * consumer runs. Tier 3 writes with the offline analyst (no key in the bench): every generation is
 * counted as the OpenAI call it would be with a key, priced from the prompt the OpenAI analyst
 * would send. Each athlete takes ~0.1–0.4 s here, so the bench runs a sample (--month-users) and
 * scales it to 1,000.
 */

const MODEL = 'gpt-5-mini';
/** Athletes simulated at once (their clocks are independent). */
const LANES = 8;
/** Tokens are estimated on one generation in this many (the metrics are computed again for it). */
const TOKEN_SAMPLE_EVERY = 10;

type Kind = 'insights' | ProgressionPeriod;
type Tier = 'memory' | 'table' | 'generated';
/** What the app's cache reads of an answer. */
type AnsweredBody = Parameters<typeof freshUntil>[0];
type Counts = { reads: number; app: number; memory: number; table: number; generated: number; refused: number };

const TEMPLATES: ReadonlyArray<(n: number) => Omit<InsightSession, 'id' | 'day'>> = [
  (n) => strength('back-squat', 'romanian-deadlift', 90 + n * 0.5),
  (n) => strength('bench-press', 'barbell-row', 60 + n * 0.4),
  () => ({ coach: 'endurance', discipline: 'running', durationMin: 40, rpe: 6, load: 240, volumeKg: 0, distanceKm: 7, sets: [set('easy-run', { durationSec: 2400, distanceM: 7000, rpe: 6 })] }),
];

function set(exerciseId: string, fields: Partial<InsightSession['sets'][number]>): InsightSession['sets'][number] {
  return { exerciseId, reps: null, loadKg: null, durationSec: null, distanceM: null, rpe: null, rir: null, ...fields };
}

function strength(main: string, accessory: string, loadKg: number): Omit<InsightSession, 'id' | 'day'> {
  const sets = [...Array.from({ length: 5 }, () => set(main, { reps: 5, loadKg, rpe: 8 })), ...Array.from({ length: 3 }, () => set(accessory, { reps: 10, loadKg: loadKg * 0.6, rpe: 7 }))];
  const volumeKg = sets.reduce((sum, s) => sum + (s.reps ?? 0) * (s.loadKg ?? 0), 0);
  return { coach: 'force', discipline: 'strength', durationMin: 55, rpe: 7.5, load: 412.5, volumeKg: round(volumeKg, 1), distanceKm: 0, sets };
}

/** The athlete's n-th completed session, filed under its UTC day. */
export function simulatedSession(n: number, at: number): InsightSession {
  return { id: `s${n}`, day: new Date(at).toISOString().slice(0, 10), ...TEMPLATES[n % TEMPLATES.length]!(n) };
}

export interface MonthResult {
  users: number;
  days: number;
  usage: InsightsUsage;
  perUser: ReturnType<typeof describeMonth>;
  /** Per kind: tab reads, answered by the app's cache, the server's tiers, or refused (429). */
  requests: Record<Kind, Counts>;
  totals: { reads: number; apiRequests: number; servedFromCache: number; generations: number; refreshRefused: number; completions: number; servedFromCachePct: number; apiServedFromCachePct: number };
  tokens: {
    model: string;
    sampled: number;
    avgInputTokens: Record<'insights' | 'progression', number>;
    avgOutputTokens: Record<'insights' | 'progression', number>;
    usdPerGeneration: Record<string, Record<'insights' | 'progression', number>>;
    method: string;
  };
  ai: { generationsPer1000UsersMonth: number; inputTokens: number; outputTokens: number; costUsdPer1000Users: number; targetUsd: number; withinTarget: boolean };
  noCache: { generations: number; costUsdPer1000Users: number; savingPct: number };
  aiOnNano: number;
  /** Over the whole month (completions' invalidations included): requests by operation and request units. */
  dynamodb: { operations: Record<string, number>; perRequest: number; readUnits: number; writeUnits: number };
  wallMs: number;
}

/** Needs the bench's environment (table, DynamoDB endpoint) set: the serving modules are imported here. */
export async function simulateInsightsMonth(options: { users: number; usage: InsightsUsage; runId: string; proxy: CountingProxy }): Promise<MonthResult> {
  const { serveInsights, serveProgression } = await import('../functions/insights/serve');
  const { metricsFor, exerciseNames } = await import('../functions/insights/analysis');
  const { invalidateTrainingInsights } = await import('../shared/db/entities/insight-cache');
  const { tableContextFromEnv } = await import('../shared/db/context');
  const ctx = tableContextFromEnv();
  const started = performance.now();
  const start = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate()) + 86_400_000;
  const months = generateMonth(options.usage, options.users, start, 42);
  const requests = Object.fromEntries((['insights', 'week', 'month', 'quarter'] as const).map((k) => [k, { reads: 0, app: 0, memory: 0, table: 0, generated: 0, refused: 0 }])) as MonthResult['requests'];
  const samples: Record<'insights' | 'progression', { input: number[]; output: number[] }> = { insights: { input: [], output: [] }, progression: { input: [], output: [] } };
  // The OpenAI analyst's own token estimate (what its budget check uses), read through unit prices:
  // $1 per input token gives the input tokens, $1 per output token the output tokens. No call is made.
  const analystConfig = { apiKey: 'bench', baseURL: null, model: MODEL, timeoutMs: 1_000, maxRetries: 0, reasoningEffort: 'minimal' as const, maxOutputTokens: 4_000 };
  const inputCounter = createOpenAiAnalyst({ ...analystConfig, prices: { inputUsdPerMTok: 1_000_000, outputUsdPerMTok: 0 } });
  const outputCounter = createOpenAiAnalyst({ ...analystConfig, prices: { inputUsdPerMTok: 0, outputUsdPerMTok: 1_000_000 } });
  let generations = 0;
  let completions = 0;

  const runUser = async (index: number) => {
    const month = months[index]!;
    const userId = `bench-month-${options.runId}-${index}`;
    const caller = { userId, groups: [] as string[] };
    const profile = defaultProfile(userId, undefined, new Date(start));
    const sessions = month.history.map((at, n) => simulatedSession(n, at));
    let clock = start;
    const now = () => new Date(clock);
    const app = new AppQueryCache();
    /** Tier 3's input: this athlete's sessions of the read window, newest first (as the table read gives them). */
    const loadInput = (kind: Kind, sample: { tokens?: { input: number; output: number } }) => async (at: Date) => {
      const today = at.toISOString().slice(0, 10);
      const from = addDays(today, -READ_WINDOW_DAYS);
      const input = { profile, today, sessions: sessions.filter((s) => s.day >= from && s.day <= today).reverse() };
      if (++generations % TOKEN_SAMPLE_EVERY === 1) sample.tokens = promptTokens(kind, input);
      return input;
    };
    const promptTokens = (kind: Kind, input: Parameters<typeof metricsFor>[0]) => {
      const base = { locale: 'en' as const, level: profile.level, nameOf: exerciseNames('en') };
      const request: AnalysisRequest =
        kind === 'insights'
          ? { ...base, kind: 'insights', metrics: metricsFor(input, INSIGHTS_WINDOW_DAYS) }
          : { ...base, kind: 'progression', period: kind, weeks: PERIOD_WEEKS[kind], metrics: metricsFor(input, PERIOD_WEEKS[kind] * 7) };
      return { input: Math.round(inputCounter.estimateCostUsd!(request)), output: Math.round(outputCounter.estimateCostUsd!(request)) };
    };
    const serve = async (event: Exclude<UsageEvent, { type: 'complete' }>) => {
      const kind: Kind = event.type === 'insights' ? 'insights' : event.period;
      const query = { refresh: event.refresh ? ('1' as const) : undefined };
      const sample: { tokens?: { input: number; output: number } } = {};
      const deps = { now, loadInput: loadInput(kind, sample) };
      const counts = requests[kind];
      counts.reads += 1;
      if (!event.refresh && app.hit(kind, event.at, event.visit)) {
        counts.app += 1;
        return;
      }
      try {
        const response =
          event.type === 'insights' ? await serveInsights(caller, query, undefined, deps) : await serveProgression(caller, { ...query, period: event.period }, undefined, deps);
        const tier = response.headers?.['x-cache-tier'] as Tier;
        counts[tier] += 1;
        app.store(kind, freshUntil(JSON.parse(String(response.body)) as AnsweredBody), event.visit);
        if (sample.tokens) {
          // The offline analyst's answer size is the least OpenAI would write for the same content.
          const written = estimateTokens(JSON.stringify((JSON.parse(String(response.body)) as { content: unknown }).content));
          const bucket = samples[kind === 'insights' ? 'insights' : 'progression'];
          bucket.input.push(sample.tokens.input);
          bucket.output.push(Math.max(sample.tokens.output, written));
        }
      } catch (error) {
        if ((error as { statusCode?: number }).statusCode !== 429) throw error;
        counts.refused += 1;
      }
    };
    for (const event of month.events) {
      clock = event.at;
      if (event.type === 'complete') {
        sessions.push(simulatedSession(sessions.length, event.at));
        completions += 1;
        app.invalidate(event.visit);
        await invalidateTrainingInsights(ctx, userId, new Date(event.at));
      } else {
        await serve(event);
      }
    }
  };

  options.proxy.reset();
  let next = 0;
  await Promise.all(Array.from({ length: LANES }, async () => {
    while (next < options.users) await runUser(next++);
  }));
  const operations = Object.fromEntries(options.proxy.counts);
  const dynamodbTotal = options.proxy.total();
  const { readUnits, writeUnits } = options.proxy.capacity;

  const kinds = Object.values(requests);
  const reads = kinds.reduce((n, k) => n + k.reads, 0);
  const fromApp = kinds.reduce((n, k) => n + k.app, 0);
  const apiRequests = reads - fromApp;
  const generated = kinds.reduce((n, k) => n + k.generated, 0);
  const refused = kinds.reduce((n, k) => n + k.refused, 0);
  const servedFromCache = kinds.reduce((n, k) => n + k.app + k.memory + k.table, 0);
  const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);
  const avgInput = { insights: Math.round(mean(samples.insights.input)), progression: Math.round(mean(samples.progression.input)) };
  const avgOutput = { insights: Math.round(mean(samples.insights.output)), progression: Math.round(mean(samples.progression.output)) };
  const prices = listPrices(MODEL);
  const scale = 1000 / options.users;
  const generatedProgression = generated - requests.insights.generated;
  const inputTokens = (requests.insights.generated * avgInput.insights + generatedProgression * avgInput.progression) * scale;
  const outputTokens = (requests.insights.generated * avgOutput.insights + generatedProgression * avgOutput.progression) * scale;
  const cost = costUsd({ inputTokens, outputTokens }, prices);
  // Without any cache (app or server) every tab read that was answered would be a generation.
  const answeredConseils = requests.insights.reads - requests.insights.refused;
  const answeredProgression = reads - refused - answeredConseils;
  const noCacheCost = costUsd(
    {
      inputTokens: (answeredConseils * avgInput.insights + answeredProgression * avgInput.progression) * scale,
      outputTokens: (answeredConseils * avgOutput.insights + answeredProgression * avgOutput.progression) * scale,
    },
    prices,
  );
  const perGeneration = (tokens: { input: number; output: number }, model: string) => costUsd({ inputTokens: tokens.input, outputTokens: tokens.output }, listPrices(model));
  return {
    users: options.users,
    days: MONTH_DAYS,
    usage: options.usage,
    perUser: describeMonth(months),
    requests,
    totals: {
      reads,
      apiRequests,
      servedFromCache,
      generations: generated,
      refreshRefused: refused,
      completions,
      servedFromCachePct: round((100 * servedFromCache) / Math.max(1, reads - refused), 1),
      apiServedFromCachePct: round((100 * (servedFromCache - fromApp)) / Math.max(1, apiRequests - refused), 1),
    },
    tokens: {
      model: MODEL,
      sampled: samples.insights.input.length + samples.progression.input.length,
      avgInputTokens: avgInput,
      avgOutputTokens: avgOutput,
      usdPerGeneration: Object.fromEntries(
        [MODEL, 'gpt-5-nano'].map((model) => [
          model,
          { insights: perGeneration({ input: avgInput.insights, output: avgOutput.insights }, model), progression: perGeneration({ input: avgInput.progression, output: avgOutput.progression }, model) },
        ]),
      ),
      method:
        'input = the OpenAI analyst prompt (instructions + metrics JSON + response JSON schema) at ≈4 chars/token (shared/ai/pricing.ts estimateTokens), via the analyst\'s own estimateCostUsd; ' +
        'output = the larger of the analyst\'s expected answer (its budget estimate) and the offline analyst\'s answer size; reasoning effort "minimal" assumed to add no tokens',
    },
    ai: { generationsPer1000UsersMonth: Math.round(generated * scale), inputTokens: Math.round(inputTokens), outputTokens: Math.round(outputTokens), costUsdPer1000Users: round(cost, 2), targetUsd: 2, withinTarget: cost <= 2 },
    noCache: { generations: Math.round((reads - refused) * scale), costUsdPer1000Users: round(noCacheCost, 2), savingPct: round(100 * (1 - cost / Math.max(noCacheCost, 1e-9)), 1) },
    /** The AI cost with the same generations on gpt-5-nano (the cheaper model the settings accept). */
    aiOnNano: round(costUsd({ inputTokens, outputTokens }, listPrices('gpt-5-nano')), 2),
    dynamodb: { operations, perRequest: round(dynamodbTotal / Math.max(1, apiRequests + completions), 3), readUnits: round(readUnits, 1), writeUnits: round(writeUnits, 1) },
    wallMs: Math.round(performance.now() - started),
  };
}

export function printInsightsMonth(month: MonthResult) {
  const u = month.usage;
  const seed = SEED_INSIGHTS;
  console.log(
    `\nSimulated month of Conseils + Progression: ${month.users} athletes × ${month.days} days (real serving code and DynamoDB Local, simulated clock, ${round(month.wallMs / 1000, 1)} s), scaled to 1,000 athletes` +
      `\n  (athletes share nothing but the memory tier's capacity, so ${month.users} of them scale linearly; --month-users 1000 runs them all)` +
      `\n  seed: ~$${seed.noCacheUsdPer1000UsersMonth}/month for 1,000 users without cache at $${seed.usdPerGeneration.join('–')} per generation = ${seed.noCacheUsdPer1000UsersMonth / seed.usdPerGeneration[1] / 1000}–${seed.noCacheUsdPer1000UsersMonth / seed.usdPerGeneration[0] / 1000} analyses per athlete·month; we take the upper end` +
      `\n  assumptions: ${u.sessionsPerWeek} sessions/week (each completion invalidates Conseils and the 3 Progression periods), app opened ${u.activeDaysPerWeek} days/week (one app visit each),` +
      `\n  per active day ${round(u.conseilsVisitsPerActiveDay, 3)} Conseils + ${round(u.progressionVisitsPerActiveDay, 3)} Progression tab visits (periods ${JSON.stringify(u.progressionPeriodShare)}), each read again ${u.returnsPerVisit}× in the visit,` +
      `\n  ${u.conseilsRefreshesPerMonth} Conseils + ${u.progressionRefreshesPerMonth} Progression manual refresh(es)/month, reads between ${u.dayHours[0]}:00 and ${u.dayHours[1]}:00 UTC, ${u.historyWeeks} weeks of history;` +
      `\n  the app keeps an answer until its expiresAt within a visit (dropped on a completion); one warm function instance (one memory tier).` +
      `\n  per athlete: ${round(month.perUser.completions, 1)} completions, ${round(month.perUser.conseilsReads, 1)} Conseils + ${round(month.perUser.progressionReads, 1)} Progression tab reads, ${round(month.perUser.refreshes, 1)} refreshes`,
  );
  console.table(Object.entries(month.requests).map(([kind, r]) => ({ kind, ...r, 'from cache %': round((100 * (r.app + r.memory + r.table)) / Math.max(1, r.reads - r.refused), 1) })));
  const t = month.totals;
  const ok = t.servedFromCachePct >= 95 ? 'meets' : 'MISSES';
  const nano = month.tokens.usdPerGeneration['gpt-5-nano']!;
  const mini = month.tokens.usdPerGeneration[month.tokens.model]!;
  console.log(
    `  served from cache (app, memory or table): ${t.servedFromCachePct} % of ${t.reads - t.refreshRefused} answered tab reads (${ok} the 95 % target); of the ${t.apiRequests} API requests ${t.apiServedFromCachePct} %;` +
      ` ${t.generations} generations; ${t.refreshRefused} refreshes refused (429)` +
      `\n  tokens per generation (${month.tokens.model}, ${month.tokens.sampled} sampled): Conseils ${month.tokens.avgInputTokens.insights} in / ${month.tokens.avgOutputTokens.insights} out ($${mini.insights}), Progression ${month.tokens.avgInputTokens.progression} in / ${month.tokens.avgOutputTokens.progression} out ($${mini.progression}); on gpt-5-nano $${nano.insights} / $${nano.progression}` +
      `\n  AI per 1,000 athletes·month: ${month.ai.generationsPer1000UsersMonth} generations, ${month.ai.inputTokens} input + ${month.ai.outputTokens} output tokens = $${month.ai.costUsdPer1000Users} (target ≤ $${month.ai.targetUsd}: ${month.ai.withinTarget ? 'within' : 'OVER'}); the same generations on gpt-5-nano: $${month.aiOnNano}` +
      `\n  without any cache: ${month.noCache.generations} generations = $${month.noCache.costUsdPer1000Users}; the caches save ${month.noCache.savingPct} %` +
      `\n  DynamoDB: ${month.dynamodb.perRequest} requests per API request or completion ${JSON.stringify(month.dynamodb.operations)}`,
  );
}
