import { MEMORY_TTL_MS } from '../functions/insights/cache-tiers';
import type { CountingProxy } from './counting-proxy';
import { quiet } from './lifecycle';
import { round, summarize } from './load';

/**
 * Latency of GET /training/insights and GET /training/progression per cache tier, through the
 * local API, classified by the tier each answer reports (`cache.tier`): the first request of each
 * athlete and kind generates (tier 3, offline analyst), the next ones hit this instance's memory
 * (tier 1); once the 2-minute memory lifetime has passed, the table answers (tier 2). DynamoDB
 * requests are counted per request from the counting proxy (requests are sent one at a time).
 */

export const INSIGHT_PATHS = ['/training/insights', '/training/progression?period=week', '/training/progression?period=month', '/training/progression?period=quarter'] as const;
const MEMORY_REPEATS = 5;

type Tier = 'memory' | 'table' | 'generated';
interface Sample {
  kind: 'insights' | 'progression';
  tier: Tier;
  ms: number;
  dynamodbRequests: number;
}

export interface InsightTierRecorder {
  samples: Sample[];
  /** performance.now() of the last tier-1 fill: tier 2 is measured once the memory tier has let go. */
  lastFilledAt: number;
}

async function measure(apiUrl: string, token: string, path: string, proxy: { total(): number }): Promise<Sample> {
  const before = proxy.total();
  const started = performance.now();
  const response = await fetch(`${apiUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
  const body = (await response.json()) as { cache?: { tier: Tier } };
  const ms = performance.now() - started;
  if (!response.ok || !body.cache) throw new Error(`GET ${path}: ${response.status} ${JSON.stringify(body)}`);
  return { kind: path.startsWith('/training/insights') ? 'insights' : 'progression', tier: body.cache.tier, ms, dynamodbRequests: proxy.total() - before };
}

/** Phase 1: each athlete's first request of each kind (generation), then repeats (memory). */
export async function measureGeneratedAndMemory(apiUrl: string, tokens: string[], proxy: CountingProxy): Promise<InsightTierRecorder> {
  const samples: Sample[] = [];
  await quiet(proxy); // the athletes' sessions are still being enriched: their requests would be counted here
  for (const token of tokens) {
    for (const path of INSIGHT_PATHS) {
      samples.push(await measure(apiUrl, token, path, proxy));
      for (let i = 0; i < MEMORY_REPEATS; i++) samples.push(await measure(apiUrl, token, path, proxy));
    }
  }
  return { samples, lastFilledAt: performance.now() };
}

/** Phase 2 (run later in the bench): waits out the memory tier if needed, then the table answers. */
export async function measureTable(apiUrl: string, tokens: string[], proxy: CountingProxy, recorder: InsightTierRecorder) {
  const wait = recorder.lastFilledAt + MEMORY_TTL_MS + 1_000 - performance.now();
  if (wait > 0) {
    console.log(`Waiting ${Math.ceil(wait / 1000)} s for the insights memory tier (2 min) to expire…`);
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
  await quiet(proxy);
  for (const token of tokens) {
    for (const path of INSIGHT_PATHS) recorder.samples.push(await measure(apiUrl, token, path, proxy));
  }
  return summarizeTiers(recorder.samples);
}

export function summarizeTiers(samples: Sample[]) {
  const rows = [];
  for (const kind of ['insights', 'progression'] as const) {
    for (const tier of ['memory', 'table', 'generated'] as const) {
      const group = samples.filter((s) => s.kind === kind && s.tier === tier);
      if (group.length === 0) continue;
      const { calls, p50Ms, p95Ms, maxMs } = summarize(group.map((s) => s.ms), 0, 1);
      const requests = group.map((s) => s.dynamodbRequests);
      rows.push({ kind, tier: { memory: 'tier 1 (memory)', table: 'tier 2 (DynamoDB)', generated: 'tier 3 (generation)' }[tier], samples: calls, p50Ms, p95Ms, maxMs, dynamodbRequestsPerCall: round(requests.reduce((a, b) => a + b, 0) / requests.length, 2) });
    }
  }
  return rows;
}

export function printInsightTiers(rows: ReturnType<typeof summarizeTiers>) {
  console.log('\nInsights cache tiers (GET /training/insights, GET /training/progression?period=week|month|quarter; one request at a time; tier 3 = offline analyst):');
  console.table(rows);
}
