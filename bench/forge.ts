import { round, summarize } from './load';

/**
 * Forge measurements for the bench: how long a completed session takes to become a readable
 * activity (and to be counted in the day totals), through the real path — HTTP complete →
 * DynamoDB stream → sync consumer → activity → stream → day-totals consumer — read back over HTTP.
 */

/** The few answer fields the bench reads. */
interface Body {
  id: string;
  localDay: string;
  summary: { count: number; syncedTrainingSessions: number };
  activities: Array<{ sourceId: string | null }>;
  totals: { count: number };
}
export type Api = (method: string, path: string, body?: unknown) => Promise<{ status: number; body: Body }>;

export function apiClient(apiUrl: string, token: string): Api {
  return async (method, path, body) => {
    const response = await fetch(`${apiUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as Body };
  };
}

const session = {
  coach: 'force',
  discipline: 'strength',
  title: 'Bench legs',
  exercises: [{ exerciseId: 'back-squat', sets: [{ reps: 5, loadKg: 100 }] }],
};

async function expectStatus(promise: Promise<{ status: number; body: Body }>, status: number, what: string) {
  const response = await promise;
  if (response.status !== status) throw new Error(`${what}: expected ${status}, got ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/**
 * POST …/complete, again on 409: enrichment may update the session between the handler's read
 * and its conditional write (the answer says to reload and retry, as a client would).
 */
async function completeWithRetry(api: Api, id: string): Promise<Body> {
  for (let attempt = 1; ; attempt++) {
    const response = await api('POST', `/training/sessions/${id}/complete`, { rpeAvg: 8, durationActualMin: 30 });
    if (response.status === 200) return response.body;
    if (response.status !== 409 || attempt >= 5) throw new Error(`complete: expected 200, got ${response.status} ${JSON.stringify(response.body)}`);
  }
}

/** Polls `probe` every `everyMs` until it is true; returns the elapsed ms (or throws after `timeoutMs`). */
async function timeUntil(started: number, probe: () => Promise<boolean>, timeoutMs = 10_000, everyMs = 5): Promise<number> {
  for (;;) {
    if (await probe()) return performance.now() - started;
    if (performance.now() - started > timeoutMs) throw new Error(`not visible after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/**
 * `runs` sessions completed one after the other; for each, the time from the complete answer to
 * the activity showing in GET /forge/day, and to the day totals counting it.
 */
export async function measureSyncLatency(api: Api, runs: number) {
  const activityMs: number[] = [];
  const totalsMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const created = await expectStatus(api('POST', '/training/sessions', session), 201, 'create session');
    await expectStatus(api('POST', `/training/sessions/${created.id}/start`), 200, 'start');
    await expectStatus(api('POST', `/training/sessions/${created.id}/sets`, { id: 's1', exerciseIndex: 0, setIndex: 0, reps: 5, loadKg: 100, rpe: 8 }), 201, 'log set');
    const before = await expectStatus(api('GET', '/forge/day'), 200, 'day');
    const completed = await completeWithRetry(api, created.id);
    const started = performance.now();
    let day: Body | undefined;
    const probe = async () => {
      day = (await api('GET', `/forge/day?date=${completed.localDay}`)).body;
      return day.activities.some((a) => a.sourceId === created.id);
    };
    const counted = () => day!.summary.syncedTrainingSessions > before.summary.syncedTrainingSessions;
    activityMs.push(await timeUntil(started, probe));
    totalsMs.push(counted() ? activityMs.at(-1)! : await timeUntil(started, async () => (await probe()) && counted()));
  }
  const stats = (values: number[]) => {
    const { p50Ms, p99Ms, maxMs } = summarize(values, 0, 1);
    return { runs: values.length, p50Ms, p99Ms, maxMs, meanMs: round(values.reduce((a, b) => a + b, 0) / values.length) };
  };
  return { activityReadable: stats(activityMs), dayTotalsUpdated: stats(totalsMs), targetMs: 1000 };
}

/** `count` sessions created, started, with one set logged, and completed (the data insights analyse). */
export async function completeSessions(api: Api, count: number) {
  for (let i = 0; i < count; i++) {
    const created = await expectStatus(api('POST', '/training/sessions', session), 201, 'create session');
    await expectStatus(api('POST', `/training/sessions/${created.id}/start`), 200, 'start');
    await expectStatus(api('POST', `/training/sessions/${created.id}/sets`, { id: 's1', exerciseIndex: 0, setIndex: 0, reps: 5, loadKg: 100 + i * 2.5, rpe: 8 }), 201, 'log set');
    await completeWithRetry(api, created.id);
  }
}

/** A few manual activities so Day, History, Insights and Progression have something to read. */
export async function seedManualActivities(api: Api, count: number) {
  for (let i = 0; i < count; i++) {
    const startAt = new Date(Date.now() - (i * 26 + 1) * 3_600_000).toISOString();
    await expectStatus(api('POST', '/forge/manual-activities', { type: 'walking', startAt, durationMin: 20 + i, calories: 80 + i * 5 }), 201, 'manual activity');
  }
}

/** Waits until the day totals count `expected` activities in all (the stream consumers are idle). */
export async function waitForForgeToSettle(api: Api, expected: number, timeoutMs = 15_000) {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const progression = (await api('GET', '/forge/progression?period=quarter')).body;
    if (progression.totals.count === expected) return;
    if (performance.now() > deadline) throw new Error(`Forge totals did not settle (${progression.totals.count} of ${expected} activities counted)`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
