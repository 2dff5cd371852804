import type { CountingProxy } from './counting-proxy';
import { round } from './load';

/**
 * What one training session costs in requests, for the cost model: each write route of the
 * session's life (create, start, a snapshot saved, a set logged, complete), one call at a time,
 * each with everything it sets off afterwards (stream consumers: Forge sync, day totals, insights
 * invalidation, the enrichment queue and worker): DynamoDB requests and request units from the
 * counting proxy between a quiet table before the call and a quiet table after it.
 */

export interface ActionMeasure {
  calls: number;
  p50Ms: number;
  dynamodbRequests: number;
  readUnits: number;
  writeUnits: number;
}

type Api = (method: string, path: string, body?: unknown) => Promise<{ status: number; body: { id: string; version?: number } }>;

const SESSION = { coach: 'force', discipline: 'strength', title: 'Bench cost', exercises: [{ exerciseId: 'back-squat', sets: [{ reps: 5, loadKg: 100 }, { reps: 5, loadKg: 100 }] }] };
const snapshot = (setIndex: number) => ({ step: 'session', exerciseIndex: 0, setIndex, completedExercises: [], completedSets: [], pipelineState: { restEndsAt: null } });

/** Waits until the proxy has seen no request for `quietMs` (stream consumers and workers are done). */
export async function quiet(proxy: CountingProxy, quietMs = 800, timeoutMs = 30_000) {
  const deadline = performance.now() + timeoutMs;
  let last = proxy.total();
  let since = performance.now();
  while (performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (proxy.total() !== last) {
      last = proxy.total();
      since = performance.now();
    } else if (performance.now() - since >= quietMs) return;
  }
}

export async function measureSessionLifecycle(api: Api, proxy: CountingProxy, sessions: number) {
  const samples = new Map<string, Array<{ ms: number; requests: number; readUnits: number; writeUnits: number }>>();
  const call = async (action: string, method: string, path: string, body: unknown, expected: number, retryOn409 = false) => {
    await quiet(proxy);
    const before = { requests: proxy.total(), ...proxy.capacity };
    const started = performance.now();
    let response = await api(method, path, body);
    const ms = performance.now() - started;
    // Complete: enrichment may update the session between the handler's read and its write (409); retry as a client would.
    for (let attempt = 1; retryOn409 && response.status === 409 && attempt < 5; attempt++) response = await api(method, path, body);
    if (response.status !== expected) throw new Error(`${action}: expected ${expected}, got ${response.status} ${JSON.stringify(response.body)}`);
    await quiet(proxy);
    const list = samples.get(action) ?? [];
    list.push({ ms, requests: proxy.total() - before.requests, readUnits: proxy.capacity.readUnits - before.readUnits, writeUnits: proxy.capacity.writeUnits - before.writeUnits });
    samples.set(action, list);
    return response.body;
  };
  proxy.reset();
  for (let i = 0; i < sessions; i++) {
    const { id } = await call('POST /training/sessions', 'POST', '/training/sessions', SESSION, 201);
    await call('POST …/start', 'POST', `/training/sessions/${id}/start`, undefined, 200);
    const saved = await call('PUT …/snapshot', 'PUT', `/training/sessions/${id}/snapshot`, snapshot(0), 200);
    await call('PUT …/snapshot', 'PUT', `/training/sessions/${id}/snapshot`, { ...snapshot(1), expectedVersion: saved.version }, 200);
    await call('POST …/sets', 'POST', `/training/sessions/${id}/sets`, { id: 's1', exerciseIndex: 0, setIndex: 0, reps: 5, loadKg: 100, rpe: 8 }, 201);
    await call('POST …/sets', 'POST', `/training/sessions/${id}/sets`, { id: 's2', exerciseIndex: 0, setIndex: 1, reps: 5, loadKg: 100, rpe: 8 }, 201);
    await call('POST …/complete', 'POST', `/training/sessions/${id}/complete`, { rpeAvg: 8, durationActualMin: 30 }, 200, true);
  }
  const actions: Record<string, ActionMeasure> = {};
  for (const [action, list] of samples) {
    const sorted = list.map((s) => s.ms).sort((a, b) => a - b);
    const mean = (pick: (s: (typeof list)[number]) => number) => round(list.reduce((sum, s) => sum + pick(s), 0) / list.length, 3);
    actions[action] = { calls: list.length, p50Ms: round(sorted[Math.floor(sorted.length / 2)]!), dynamodbRequests: mean((s) => s.requests), readUnits: mean((s) => s.readUnits), writeUnits: mean((s) => s.writeUnits) };
  }
  /** Every DynamoDB operation of the phase, by type. */
  return { sessions, actions, phaseOperations: Object.fromEntries(proxy.counts) };
}
export type LifecycleMeasure = Awaited<ReturnType<typeof measureSessionLifecycle>>;
