import type { Context } from 'aws-lambda';
import { analyseWithFallback } from '../../shared/ai/insights/insights-service';
import { offlineAnalyst } from '../../shared/ai/insights/offline-analyst';
import { insightsAiBudget, openAiAnalystSource } from '../../shared/ai/insights/providers';
import { readAiSettings } from '../../shared/ai/settings';
import { tableContextFromEnv } from '../../shared/db/context';
import { claimInsightGeneration, getInsightCache, putInsightCacheIfLeased } from '../../shared/db/entities/insight-cache';
import { claimProgressionGeneration, getProgressionCache, putProgressionCacheIfLeased } from '../../shared/db/entities/progression-cache';
import { consume } from '../../shared/db/entities/rate-limit';
import {
  expiryOf,
  INSIGHTS_TTL_SECONDS,
  PERIOD_WEEKS,
  PROGRESSION_TTL_SECONDS,
  type InsightsCacheEntry,
  type ProgressionCacheEntry,
  type ProgressionPeriod,
} from '../../shared/domain/insights/content';
import { INSIGHTS_WINDOW_DAYS } from '../../shared/domain/insights/metrics';
import { STALE_REGENERATION_SECONDS, staleMark } from '../../shared/domain/insights/staleness';
import { RATE_LIMITS } from '../../shared/domain/limits/rate-limit';
import type { Caller } from '../../shared/http/caller';
import { json, type HttpResponse } from '../../shared/http/response';
import { logger } from '../../shared/logging/logger';
import { exerciseNames, factsOf, loadAnalysisInput, metricsFor, type AnalysisInput } from './analysis';
import { MEMORY_TTL_MS, MemoryTier, nextRefreshAt, serveCached, type Locale, type Served } from './cache-tiers';
import type { InsightsQuery, InsightsResponse, ProgressionQuery, ProgressionResponse } from './schemas';

const ctx = tableContextFromEnv();
const ai = readAiSettings();
/** Starts reading the OpenAI key (Secrets Manager on AWS) at cold start; null = offline analyst. */
const openAiAnalyst = openAiAnalystSource(ai);
/** Tier 1 lifetime; INSIGHTS_MEMORY_TTL_SECONDS shortens it (tests), never beyond 2 min. */
const memoryTtlMs = Math.min(MEMORY_TTL_MS, Number(process.env.INSIGHTS_MEMORY_TTL_SECONDS ?? MEMORY_TTL_MS / 1000) * 1000);
const insightsMemory = new MemoryTier<InsightsCacheEntry>(memoryTtlMs);
const progressionMemory = new MemoryTier<ProgressionCacheEntry>(memoryTtlMs);

/** Kept for the offline fallback and the writes after an OpenAI attempt. */
const RESERVE_MS = 4_000;

/**
 * What a request may be given instead of the real clock and table read (the bench's simulated month
 * drives this code with its own clock and sessions). Absent in production.
 */
export interface ServeDeps {
  now?: () => Date;
  /** Tier 3's input; default: the profile and sessions read from the table. */
  loadInput?: (now: Date) => Promise<AnalysisInput>;
}

const remainingMs = (context: Context | undefined) => (typeof context?.getRemainingTimeInMillis === 'function' ? context.getRemainingTimeInMillis() : undefined);

async function generate<K extends 'insights' | 'progression'>(
  kind: K,
  caller: Caller,
  options: { now: Date; refreshedAt: string | null; locale: Locale | undefined; offlineOnly: boolean; period?: ProgressionPeriod; deadlineMs?: number },
  deps: ServeDeps,
) {
  const clock = deps.now ?? (() => new Date());
  const input = await (deps.loadInput ?? ((now: Date) => loadAnalysisInput(ctx, caller.userId, caller.email, now)))(options.now);
  const locale = options.locale ?? input.profile.locale;
  const weeks = options.period ? PERIOD_WEEKS[options.period] : 0;
  const metrics = metricsFor(input, kind === 'insights' ? INSIGHTS_WINDOW_DAYS : weeks * 7);
  const base = { metrics, locale, level: input.profile.level, nameOf: exerciseNames(locale) };
  const request = kind === 'insights' ? { ...base, kind: 'insights' as const } : { ...base, kind: 'progression' as const, period: options.period!, weeks };
  const { content, report } = await analyseWithFallback(request, {
    openAi: options.offlineOnly ? null : await openAiAnalyst(),
    offline: offlineAnalyst,
    budget: insightsAiBudget(ctx, caller.userId, input.profile.timeZone, ai.monthlyBudgetUsd, clock),
    deadlineMs: options.deadlineMs,
    onFailure: (reason, error) => logger.warn('OpenAI analyst failed; the offline analyst wrote the analysis', { kind, reason, error: error as Error }),
  });
  const generatedAt = clock().toISOString();
  return {
    userId: caller.userId,
    locale,
    sessionsAnalyzed: metrics.sessionsAnalyzed,
    provider: report.provider,
    model: report.model,
    offlineReason: options.offlineOnly && report.offlineReason === 'no_api_key' ? ('lease_wait' as const) : report.offlineReason,
    tokenUsage: report.usage,
    refreshedAt: options.refreshedAt,
    facts: factsOf(metrics),
    generatedAt,
    content,
  };
}

function served<E extends InsightsCacheEntry | ProgressionCacheEntry>(result: Served<E>, windowSeconds: number, staleSeconds: number, now: Date) {
  const { entry } = result;
  return {
    sessionsAnalyzed: entry.sessionsAnalyzed,
    generatedAt: entry.generatedAt,
    expiresAt: entry.expiresAt,
    provider: entry.provider,
    model: entry.model,
    offlineReason: entry.offlineReason ?? null,
    locale: entry.locale ?? null,
    tokenUsage: entry.tokenUsage,
    facts: entry.facts ?? null,
    cache: { tier: result.tier, stored: result.stored },
    stale: staleMark(entry, staleSeconds),
    refresh: { nextAllowedAt: nextRefreshAt(entry, windowSeconds, now), windowSeconds },
  };
}

const answer = (body: InsightsResponse | ProgressionResponse, tier: string): HttpResponse => json(200, body, { headers: { 'x-cache-tier': tier } });

/** GET /training/insights: Conseils over the last 90 days. */
export async function serveInsights(caller: Caller, query: InsightsQuery, context?: Context, deps: ServeDeps = {}): Promise<HttpResponse> {
  const now = deps.now ?? (() => new Date());
  const limit = RATE_LIMITS.insightsRefresh;
  const left = remainingMs(context);
  const result = await serveCached<InsightsCacheEntry>({
    key: `${caller.userId}:insights`,
    memory: insightsMemory,
    locale: query.locale,
    refresh: query.refresh === '1',
    consumeRefresh: () => consume(ctx, caller.userId, 'insightsRefresh', limit.limit, limit.windowSeconds, now()),
    maxWaitMs: left === undefined ? undefined : Math.max(0, left - RESERVE_MS),
    staleRegenerationSeconds: STALE_REGENERATION_SECONDS.insights,
    now,
    store: {
      read: () => getInsightCache(ctx, caller.userId, now()),
      claim: (now, seconds) => claimInsightGeneration(ctx, caller.userId, now, seconds),
      generate: async (options) => {
        const entry = await generate('insights', caller, { ...options, deadlineMs: left === undefined ? undefined : remainingMs(context)! - RESERVE_MS }, deps);
        return { ...entry, content: entry.content as InsightsCacheEntry['content'], expiresAt: expiryOf(entry.generatedAt, INSIGHTS_TTL_SECONDS) };
      },
      storeIfLeased: (entry, leaseUntil) => putInsightCacheIfLeased(ctx, entry, leaseUntil),
    },
  });
  return answer({ kind: 'insights', content: result.entry.content, ...served(result, limit.windowSeconds, STALE_REGENERATION_SECONDS.insights, now()) }, result.tier);
}

/** GET /training/progression?period=: two paragraphs and three recommendations over 4 / 12 / 24 weeks. */
export async function serveProgression(caller: Caller, query: ProgressionQuery, context?: Context, deps: ServeDeps = {}): Promise<HttpResponse> {
  const now = deps.now ?? (() => new Date());
  const limit = RATE_LIMITS.progressionRefresh;
  const period = query.period;
  const left = remainingMs(context);
  const result = await serveCached<ProgressionCacheEntry>({
    key: `${caller.userId}:progression:${period}`,
    memory: progressionMemory,
    locale: query.locale,
    refresh: query.refresh === '1',
    consumeRefresh: () => consume(ctx, caller.userId, `progressionRefresh:${period}`, limit.limit, limit.windowSeconds, now()),
    maxWaitMs: left === undefined ? undefined : Math.max(0, left - RESERVE_MS),
    staleRegenerationSeconds: STALE_REGENERATION_SECONDS.progression,
    now,
    store: {
      read: () => getProgressionCache(ctx, caller.userId, period, now()),
      claim: (now, seconds) => claimProgressionGeneration(ctx, caller.userId, period, now, seconds),
      generate: async (options) => {
        const entry = await generate('progression', caller, { ...options, period, deadlineMs: left === undefined ? undefined : remainingMs(context)! - RESERVE_MS }, deps);
        return { ...entry, period, content: entry.content as ProgressionCacheEntry['content'], expiresAt: expiryOf(entry.generatedAt, PROGRESSION_TTL_SECONDS) };
      },
      storeIfLeased: (entry, leaseUntil) => putProgressionCacheIfLeased(ctx, entry, leaseUntil),
    },
  });
  return answer({ kind: 'progression', period, weeks: PERIOD_WEEKS[period], content: result.entry.content, ...served(result, limit.windowSeconds, STALE_REGENERATION_SECONDS.progression, now()) }, result.tier);
}
