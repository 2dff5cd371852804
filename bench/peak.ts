import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { createConfirmedUser, signIn } from '../infra/local/users';
import { snapshotShard, snapshotShardPartition, SNAPSHOT_SHARDS } from '../shared/db/entities/session-snapshot';
import { ENRICHMENT_QUEUE_SHARDS } from '../shared/db/entities/training-session';
import type { CountingProxy } from './counting-proxy';
import { apiClient, type Api } from './forge';
import { quiet } from './lifecycle';
import { uniformRandom } from '../shared/domain/rng';
import { round, summarize } from './load';
import type { PartitionRecorder, PartitionStats } from './partition-recorder';
import { QUEUED_SESSION_WRITES, scaleModel, type RouteName } from './scale-model';

/**
 * `npm run bench -- --scenario peak`: the peak hour of docs/scale.md, scaled down. Each simulated
 * athlete plays one training session's share of the peak-hour mix (the model's calls per route
 * per athlete-month divided by its sessions per month: 125 snapshots, 15 sets, 3 enrichment
 * polls, 5 illustration lookups, ~3.3 Today reads…), all athletes at once, as fast as the machine
 * answers (closed loop). The counting proxy records every DynamoDB request's partitions; the report
 * lists the busiest and checks each shared partition against what the model predicts for the
 * requests that were sent (writes per session, and for sharded ones the share of the athletes
 * hashed to each shard), within TOLERANCE.
 */
export const TOLERANCE = 0.15;

const EXERCISES = ['back-squat', 'bench-press', 'barbell-row'];
const SESSION = {
  coach: 'force',
  discipline: 'strength',
  title: 'Peak hour',
  exercises: EXERCISES.map((exerciseId) => ({ exerciseId, sets: Array.from({ length: 5 }, () => ({ reps: 5, loadKg: 60 })) })),
};
const SETS = EXERCISES.length * 5;

/** Calls of each read route per simulated session (the model's per-month counts / sessions per month). */
function readsPerSession() {
  const model = scaleModel(1);
  const sessions = model.routes.find((r) => r.route === 'POST /training/sessions')!.perUserMonth;
  const perSession = (name: RouteName) => model.routes.find((r) => r.route === name)!.perUserMonth / sessions;
  return { model, perSession };
}

const READ_PATHS: Partial<Record<RouteName, (i: number) => string>> = {
  'GET /me': () => '/me',
  'GET /training/today': () => '/training/today',
  'GET /training/sessions': () => '/training/sessions?period=month&limit=20',
  'GET /training/records': () => '/training/records',
  'GET /forge/day': () => '/forge/day',
  'GET /forge/activities': () => '/forge/activities?limit=20',
  'GET /forge/insights': () => '/forge/insights?period=month',
  'GET /forge/progression': () => '/forge/progression?period=quarter',
  'GET /training/insights + /progression': (i) => (i % 2 ? '/training/progression?period=week' : '/training/insights'),
};

interface Timed {
  route: string;
  ms: number;
  ok: boolean;
}

async function athlete(api: Api, random: () => number, perSession: (name: RouteName) => number, log: Timed[], counts: { snapshots: number; polls: number }) {
  const call = async (route: string, method: string, path: string, body?: unknown, expected = 200) => {
    const started = performance.now();
    let answer = await api(method, path, body);
    // Completion may meet the enrichment worker's write (409): a client retries.
    for (let retry = 0; answer.status === 409 && route === 'POST …/complete' && retry < 5; retry++) answer = await api(method, path, body);
    log.push({ route, ms: performance.now() - started, ok: answer.status === expected });
    return answer.body as unknown as { id: string; version: number; status?: string };
  };
  const times = (mean: number) => Math.floor(mean) + (random() < mean - Math.floor(mean) ? 1 : 0);
  const reads = Object.entries(READ_PATHS).flatMap(([route, path]) => Array.from({ length: times(perSession(route as RouteName)) }, (_, i) => ({ route, path: path!(i) })));
  for (let i = reads.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [reads[i], reads[j]] = [reads[j]!, reads[i]!];
  }
  const before = reads.slice(0, Math.ceil(reads.length / 2));
  const after = reads.slice(before.length);
  for (const r of before) await call(r.route, 'GET', r.path);

  const { id } = await call('POST /training/sessions', 'POST', '/training/sessions', SESSION, 201);
  for (let poll = 0; poll < times(perSession('GET …/enrichment')); poll++) {
    const progress = await call('GET …/enrichment', 'GET', `/training/sessions/${id}/enrichment`);
    counts.polls += 1;
    if (progress.status === 'enriched') break;
    await new Promise((resolve) => setTimeout(resolve, 700)); // the app polls while the athlete waits
  }
  const sessionReads = times(perSession('GET /training/sessions/{id}'));
  await call('GET /training/sessions/{id}', 'GET', `/training/sessions/${id}`);
  for (let i = 0; i < times(perSession('GET /illustrations')); i++) await call('GET /illustrations', 'GET', `/illustrations?exercise=${EXERCISES[i % EXERCISES.length]}&discipline=strength`);
  await call('POST …/start', 'POST', `/training/sessions/${id}/start`);

  const snapshots = times(perSession('PUT …/snapshot'));
  let version: number | undefined;
  let set = 0;
  for (let n = 0; n < snapshots; n++) {
    const exerciseIndex = Math.min(EXERCISES.length - 1, Math.floor(set / 5));
    const saved = await call('PUT …/snapshot', 'PUT', `/training/sessions/${id}/snapshot`, {
      step: 'session', exerciseIndex, setIndex: set % 5, completedExercises: [], completedSets: [],
      pipelineState: { restEndsAt: null }, ...(version === undefined ? {} : { expectedVersion: version }),
    });
    counts.snapshots += 1;
    version = saved.version;
    // The sets fall evenly between the snapshots (one every ~8).
    if (set < SETS && n + 1 >= ((set + 1) * snapshots) / (SETS + 1)) {
      await call('POST …/sets', 'POST', `/training/sessions/${id}/sets`, { id: `set-${set}`, exerciseIndex, setIndex: set % 5, reps: 5, loadKg: 60, rpe: 8 }, 201);
      set += 1;
    }
  }
  for (; set < SETS; set++) await call('POST …/sets', 'POST', `/training/sessions/${id}/sets`, { id: `set-${set}`, exerciseIndex: Math.floor(set / 5), setIndex: set % 5, reps: 5, loadKg: 60, rpe: 8 }, 201);
  await call('POST …/complete', 'POST', `/training/sessions/${id}/complete`, { rpeAvg: 8, durationActualMin: 45 });
  for (let i = 1; i < sessionReads; i++) await call('GET /training/sessions/{id}', 'GET', `/training/sessions/${id}`);
  for (const r of after) await call(r.route, 'GET', r.path);
}

/** Sums the recorder's partitions whose label matches. */
function family(stats: Map<string, PartitionStats>, test: (label: string) => boolean) {
  const rows = [...stats].filter(([label]) => test(label));
  const sum = (pick: (s: PartitionStats) => number) => rows.reduce((total, [, s]) => total + pick(s), 0);
  return { partitions: rows.length, writes: sum((s) => s.writes), reads: sum((s) => s.reads), writeUnits: sum((s) => s.writeUnits), readUnits: sum((s) => s.readUnits), rows };
}

export async function runPeakScenario(deps: { apiUrl: string; proxy: CountingProxy; recorder: PartitionRecorder; cognito: CognitoIdentityProviderClient; userPoolId: string; clientId: string }, options: { athletes: number }) {
  const { model, perSession } = readsPerSession();
  const subs: string[] = [];
  const apis: Api[] = [];
  for (let i = 0; i < options.athletes; i++) {
    const email = `peak-${i}-${Date.now()}@example.test`;
    const { sub } = await createConfirmedUser(deps.cognito, deps.userPoolId, { email, password: 'Passw0rd!x' });
    const { accessToken } = await signIn(deps.cognito, deps.clientId, email, 'Passw0rd!x');
    const api = apiClient(deps.apiUrl, accessToken);
    await api('GET', '/me'); // the profile exists before the hour starts
    subs.push(sub);
    apis.push(api);
  }
  await quiet(deps.proxy);
  deps.proxy.reset();
  deps.recorder.reset();
  const log: Timed[] = [];
  const counts = { snapshots: 0, polls: 0 };
  const started = performance.now();
  await Promise.all(apis.map((api, i) => athlete(api, uniformRandom(1000 + i), perSession, log, counts)));
  const clientSeconds = (performance.now() - started) / 1000;
  await quiet(deps.proxy, 1500, 60_000);
  const seconds = (performance.now() - started) / 1000;
  const sessions = options.athletes;

  const byRoute = new Map<string, Timed[]>();
  for (const t of log) byRoute.set(t.route, [...(byRoute.get(t.route) ?? []), t]);
  const routes = [...byRoute].map(([route, list]) => ({ route, ...summarize(list.map((t) => t.ms), list.filter((t) => !t.ok).length, clientSeconds) }));
  const rps = log.length / clientSeconds;

  const stats = deps.recorder.stats;
  const isShared = (label: string) => !/ (USER#|BENCH)/.test(label);
  const busiest = [...stats]
    .map(([partition, s]) => ({ partition, shared: isShared(partition), requests: s.requests, writes: s.writes, reads: s.reads, wcuPerSec: round(s.writeUnits / seconds, 2), rcuPerSec: round(s.readUnits / seconds, 2) }))
    .sort((a, b) => b.wcuPerSec + b.rcuPerSec - (a.wcuPerSec + a.rcuPerSec))
    .slice(0, 12);

  // Each athlete's snapshots land in its shard: expected writes per shard from the athletes' subs.
  const perShard = new Map<string, number>();
  for (const sub of subs) perShard.set(snapshotShardPartition(snapshotShard(sub)), (perShard.get(snapshotShardPartition(snapshotShard(sub))) ?? 0) + 1);
  // A session's snapshot index entry is a marker item written at its first save (shared/db/entities/session-snapshot.ts); the saves and the completion's snapshot delete never touch GSI3, the cleanup deletes the marker a week later.
  const snapshotWritesPerAthlete = 1;
  const shardRows = [...perShard].map(([partition, athletes]) => {
    const seen = stats.get(`GSI3 ${partition}`)?.writes ?? 0;
    return { partition, athletes, predicted: athletes * snapshotWritesPerAthlete, seen };
  });
  const worstShard = shardRows.reduce((worst, row) => (row.seen / row.predicted > worst.seen / worst.predicted ? row : worst), shardRows[0]!);
  const illustrationsSeen = new Set([...stats.keys()].filter((l) => /^table ILLUSTRATION#[^J]/.test(l)).map((l) => l.slice('table '.length))).size;

  const checks = [
    { partition: `GSI3 SNAPSHOTS#* (${SNAPSHOT_SHARDS} shards, all)`, predicted: sessions * snapshotWritesPerAthlete, seen: family(stats, (l) => /^GSI3 SNAPSHOTS#\d+$/.test(l)).writes, formula: `${sessions} markers (one per session, at its first save; the ${counts.snapshots} PUTs write the snapshots alone)` },
    { partition: `GSI3 ${worstShard.partition} (busiest shard vs its athletes)`, predicted: worstShard.predicted, seen: worstShard.seen, formula: `${worstShard.athletes} athletes × ${round(snapshotWritesPerAthlete, 1)}` },
    {
      partition: `GSI3 ENRICH#QUEUE* (${ENRICHMENT_QUEUE_SHARDS} shards, all)`,
      predicted: sessions * (3 + QUEUED_SESSION_WRITES),
      seen: family(stats, (l) => /^GSI3 ENRICH#QUEUE(#\d+)?$/.test(l)).writes,
      formula: `${sessions} sessions × (3 + ${QUEUED_SESSION_WRITES} written while queued) (3 each if enriched before the athlete starts)`,
    },
    { partition: 'table ENRICH#QUEUE#COUNTERS (writes)', predicted: sessions * 2, seen: family(stats, (l) => l === 'table ENRICH#QUEUE#COUNTERS').writes, formula: `${sessions} × 2 (ticket, started)` },
    { partition: 'table ENRICH#QUEUE#COUNTERS (reads)', predicted: counts.polls, seen: family(stats, (l) => l === 'table ENRICH#QUEUE#COUNTERS').reads, formula: `≤ ${counts.polls} waiting polls (1 s cache per instance)` },
    { partition: 'GSI5 ILLUSTRATIONS', predicted: sessions * EXERCISES.length + illustrationsSeen, seen: family(stats, (l) => l === 'GSI5 ILLUSTRATIONS').writes, formula: `${sessions} × ${EXERCISES.length} exercises × 1 re-rank (the uses count into counter items; below 100 uses each use changes the rank) + ${illustrationsSeen} created` },
    { partition: 'GSI3 ILLUSTRATION#JOBS', predicted: illustrationsSeen * 3, seen: family(stats, (l) => l === 'GSI3 ILLUSTRATION#JOBS').writes, formula: `${illustrationsSeen} exercises × 3 transitions (catalog-bounded)` },
    { partition: 'GSI3 WEARABLE#POLL*', predicted: 0, seen: family(stats, (l) => l.startsWith('GSI3 WEARABLE#POLL')).writes, formula: 'no wearables in this scenario' },
  ].map((c) => ({ ...c, ratio: c.predicted ? round(c.seen / c.predicted, 3) : c.seen ? Infinity : 0, within: c.seen <= c.predicted * (1 + TOLERANCE) }));

  const queueWrites = family(stats, (l) => /^GSI3 ENRICH#QUEUE(#\d+)?$/.test(l)).writes;
  const standsFor = rps / model.totalPeakRps; // the model is for one athlete here

  return {
    athletes: options.athletes,
    seconds: round(seconds, 1),
    clientSeconds: round(clientSeconds, 1),
    requests: log.length,
    errors: log.filter((t) => !t.ok).length,
    rps: round(rps, 1),
    modelPeakRps: round(model.totalPeakRps * 1_000_000, 0),
    standsForMauAtPeak: Math.round(standsFor),
    dynamodb: { requests: deps.proxy.total(), readUnits: round(deps.proxy.capacity.readUnits, 1), writeUnits: round(deps.proxy.capacity.writeUnits, 1), operations: Object.fromEntries(deps.proxy.counts) },
    routes,
    busiest,
    snapshotShards: shardRows.sort((a, b) => a.partition.localeCompare(b.partition)),
    checks,
    passed: checks.every((c) => c.within),
    queueIndexWritesPerSession: round(queueWrites / sessions, 2),
  };
}
export type PeakReport = Awaited<ReturnType<typeof runPeakScenario>>;

export function printPeak(report: PeakReport) {
  console.log(`\nPeak hour, scaled down: ${report.athletes} athletes, ${report.requests} API requests in ${report.clientSeconds} s (${report.rps} req/s, ${report.errors} errors; the model's 1 M-MAU peak is this mix at ${report.modelPeakRps} req/s: this run stands for ~${report.standsForMauAtPeak.toLocaleString('en-US')} MAU at the peak)`);
  console.table(report.routes);
  console.log(`DynamoDB: ${report.dynamodb.requests} requests, ${report.dynamodb.readUnits} RRU, ${report.dynamodb.writeUnits} WRU over ${report.seconds} s (stream consumers and workers included)`);
  console.log('Busiest partitions (units per second of the run):');
  console.table(report.busiest);
  console.log('Snapshot shards (writes seen vs the athletes hashed to each):');
  console.table(report.snapshotShards);
  console.log(`Shared partitions vs the model (writes, or reads where named; pass when seen ≤ predicted × ${1 + TOLERANCE}):`);
  console.table(report.checks);
  console.log(`Queue index writes per session: ${report.queueIndexWritesPerSession} (3 when the session is enriched before the athlete starts, up to ${3 + QUEUED_SESSION_WRITES} when the athlete logs while it waits)`);
  console.log(report.passed ? 'PASS: no shared partition took more than the model predicts.' : 'FAIL: a shared partition took more than the model predicts (see above).');
}
