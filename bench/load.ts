/** Runs `clients` concurrent loops of `task` for `seconds`; returns latencies (ms) and errors. */
export async function runLoad(task: () => Promise<boolean>, options: { clients: number; seconds: number }) {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + options.seconds * 1000;
  const loop = async () => {
    while (performance.now() < deadline) {
      const started = performance.now();
      const ok = await task().catch(() => false);
      latencies.push(performance.now() - started);
      if (!ok) errors += 1;
    }
  };
  await Promise.all(Array.from({ length: options.clients }, loop));
  return summarize(latencies, errors, options.seconds);
}

/** The q-quantile (0–1) of ascending `sorted` values: the value at rank ⌊q·n⌋ (0 when empty). */
export function percentile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

export function summarize(latencies: number[], errors: number, seconds: number) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => percentile(sorted, q);
  return {
    calls: sorted.length,
    errors,
    rps: Math.round(sorted.length / seconds),
    p50Ms: round(at(0.5)),
    p95Ms: round(at(0.95)),
    p99Ms: round(at(0.99)),
    maxMs: round(sorted.at(-1) ?? 0),
  };
}

export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
