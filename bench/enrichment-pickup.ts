import { round, summarize } from './load';
import type { Api } from './forge';

/**
 * "Enrichment queued ≤ 1 s" (PRODUCT.md targets), from outside: the time from a coach's fast
 * prescription (201) to its enrichment status leaving `fast` — the stream's training reader has
 * queued it (SQS) and the worker has taken it. An upper bound of "queued": it adds the worker's
 * pick-up, so within target here means within target for the queueing alone.
 */
const request = { coach: 'force', durationMin: 30, energy: 3 };

export async function measureEnrichmentPickup(api: Api, runs: number, timeoutMs = 15_000) {
  const pickedMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const created = await api('POST', '/training/sessions', request);
    if (created.status !== 201) throw new Error(`create session: expected 201, got ${created.status} ${JSON.stringify(created.body)}`);
    const started = performance.now();
    const id = (created.body as unknown as { id: string }).id;
    for (;;) {
      const status = (await api('GET', `/training/sessions/${id}/enrichment`)).body as unknown as { status: string };
      if (status.status !== 'fast') break;
      if (performance.now() - started > timeoutMs) throw new Error(`session ${id} still "fast" after ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    pickedMs.push(performance.now() - started);
  }
  const { p50Ms, p99Ms, maxMs } = summarize(pickedMs, 0, 1);
  return { runs: pickedMs.length, p50Ms, p99Ms, maxMs, meanMs: round(pickedMs.reduce((a, b) => a + b, 0) / pickedMs.length), targetMs: 1000 };
}

export function printEnrichmentPickup(result: Awaited<ReturnType<typeof measureEnrichmentPickup>>): void {
  const within = result.maxMs <= result.targetMs ? 'within' : 'OVER';
  console.log(
    `\nEnrichment queued (fast prescription → status no longer "fast": queued by the stream reader and taken by the worker, ${result.runs} runs): ` +
      `p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, max ${result.maxMs} ms (${within} the ${result.targetMs} ms target, an upper bound of the queueing)`,
  );
}
