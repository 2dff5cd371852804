import type { CountingProxy } from './counting-proxy';
import { round } from './load';

/**
 * What one training session costs in requests, for the cost model: each write route of the
 * session's life (create, start, a snapshot saved on opening and after each of its 15 sets, each
 * set logged, complete), one call at a time,
 * each with everything it sets off afterwards (stream consumers: Forge sync, day totals, insights
 * invalidation, the enrichment queue and worker): DynamoDB requests and request units from the
 * counting proxy between a quiet table before the call and a quiet table after it, once the
 * illustration library holds the session's exercises (steady state).
 */

export interface ActionMeasure {
  calls: number;
  p50Ms: number;
  dynamodbRequests: number;
  readUnits: number;
  writeUnits: number;
}

type Api = (method: string, path: string, body?: unknown) => Promise<{ status: number; body: { id: string; version?: number } }>;

/**
 * The session the cost model assumes (bench/cost.ts: 5 exercises, 15 sets): item sizes, and so
 * write units, grow with it. From the second one on it carries the last performance of each.
 */
const EXERCISES = ['back-squat', 'bench-press', 'deadlift', 'overhead-press', 'barbell-row'];
const SETS_PER_EXERCISE = 3;
const SESSION = { coach: 'force', discipline: 'strength', title: 'Bench cost', exercises: EXERCISES.map((exerciseId) => ({ exerciseId, sets: Array.from({ length: SETS_PER_EXERCISE }, () => ({ reps: 5, loadKg: 100 })) })) };
const SETS = EXERCISES.flatMap((_, exerciseIndex) => Array.from({ length: SETS_PER_EXERCISE }, (_, setIndex) => ({ exerciseIndex, setIndex })));
/** The live view's recovery point after `done` sets (the app saves one on each set done). */
const snapshot = (done: number) => {
  const next = SETS[Math.min(done, SETS.length - 1)]!;
  return {
    step: 'session',
    exerciseIndex: next.exerciseIndex,
    setIndex: next.setIndex,
    completedExercises: Array.from({ length: Math.floor(done / SETS_PER_EXERCISE) }, (_, i) => i),
    completedSets: SETS.slice(0, done),
    pipelineState: { restEndsAt: done ? '2026-12-01T18:31:30.000Z' : null, inputs: { reps: 5, loadKg: 100 } },
  };
};

const CREATE_QUIET_MS = 3_000;

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
  const call = async (action: string, method: string, path: string, body: unknown, expected: number, retryOn409 = false, quietMs?: number) => {
    await quiet(proxy, quietMs);
    const before = { requests: proxy.total(), ...proxy.capacity };
    const started = performance.now();
    let response = await api(method, path, body);
    const ms = performance.now() - started;
    // Complete: enrichment may update the session between the handler's read and its write (409); retry as a client would.
    for (let attempt = 1; retryOn409 && response.status === 409 && attempt < 5; attempt++) response = await api(method, path, body);
    if (response.status !== expected) throw new Error(`${action}: expected ${expected}, got ${response.status} ${JSON.stringify(response.body)}`);
    await quiet(proxy, quietMs);
    const list = samples.get(action) ?? [];
    list.push({ ms, requests: proxy.total() - before.requests, readUnits: proxy.capacity.readUnits - before.readUnits, writeUnits: proxy.capacity.writeUnits - before.writeUnits });
    samples.set(action, list);
    return response.body;
  };
  // Steady state: a deployment's illustration library already holds these exercises (the
  // pre-generation job and earlier athletes made them: a one-off per exercise, bounded by the
  // catalog). One prescription, deleted again, generates them before anything is counted; with an
  // empty library every session measured here would carry a share of that one-off.
  const warmUp = await api('POST', '/training/sessions', SESSION);
  if (warmUp.status !== 201) throw new Error(`warm-up prescription: expected 201, got ${warmUp.status} ${JSON.stringify(warmUp.body)}`);
  await quiet(proxy, CREATE_QUIET_MS);
  if ((await api('DELETE', `/training/sessions/${warmUp.body.id}`)).status !== 204) throw new Error('warm-up prescription: not deleted');
  await quiet(proxy);
  proxy.reset();
  for (let i = 0; i < sessions; i++) {
    // A new prescription's illustrations are looked up, and queued when missing, with no DynamoDB
    // request for a second or more: a longer quiet, so that work is counted in every run, not in some.
    const { id } = await call('POST /training/sessions', 'POST', '/training/sessions', SESSION, 201, false, CREATE_QUIET_MS);
    await call('POST …/start', 'POST', `/training/sessions/${id}/start`, undefined, 200);
    let version = (await call('PUT …/snapshot', 'PUT', `/training/sessions/${id}/snapshot`, snapshot(0), 200)).version;
    for (const [done, set] of SETS.entries()) {
      await call('POST …/sets', 'POST', `/training/sessions/${id}/sets`, { id: `s${done}`, ...set, reps: 5, loadKg: 100, rpe: 8 }, 201);
      version = (await call('PUT …/snapshot', 'PUT', `/training/sessions/${id}/snapshot`, { ...snapshot(done + 1), expectedVersion: version }, 200)).version;
    }
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

/** The write routes as the cost model reads them (bench/cost.ts CostMeasurements.writes). */
export const lifecycleWrites = (lifecycle: LifecycleMeasure) =>
  Object.fromEntries(Object.entries(lifecycle.actions).map(([name, a]) => [name, { p50Ms: a.p50Ms, readUnits: a.readUnits, writeUnits: a.writeUnits }]));
