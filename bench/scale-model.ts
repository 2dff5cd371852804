/**
 * The scale model behind docs/scale.md: 1,000,000 monthly active athletes at the usage of
 * bench/cost.ts (MAU_USAGE) and bench/insights-usage.ts (ATHLETE_USAGE), the request units per call
 * the bench measured, item sizes from the real `toItem` of a representative session and snapshot,
 * and the stated assumptions below. Every output is a formula over these inputs.
 * `npx tsx bench/scale-model.ts [--users N]` prints the tables (markdown); bench/peak.ts reads the
 * per-partition predictions from here.
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { manifest } from '../infra/manifest';
import { POLL_SHARDS } from '../shared/db/entities/device';
import { SNAPSHOT_SHARDS, toItem as snapshotItem } from '../shared/db/entities/session-snapshot';
import { ENRICHMENT_QUEUE_SHARDS, toItem as sessionItem } from '../shared/db/entities/training-session';
import { offlineCoach } from '../shared/domain/coaches/offline';
import { SECONDS_PER_ENRICHMENT } from '../shared/domain/training/enrichment-status';
import { trainingSessionSchema, type TrainingSession } from '../shared/domain/training/session';
import { DEVICES_IN_FLIGHT_PER_PROVIDER } from '../shared/domain/wearables/provider';
import { POLL_INTERVAL_MS } from '../shared/wearables/sync-device';
import { RECONCILE_INTERVAL_MS } from '../shared/domain/wearables/push';
import { AWS_PRICES, LONG_POLL_REQUESTS_PER_QUEUE, MAU_USAGE, monthlyCost, type CostAction, type CostInput } from './cost';
import { ATHLETE_USAGE } from './insights-usage';
import { round } from './load';
import { benchContexts } from './offline-coach';

/**
 * Per call, as `npm run bench` measured them: reads from the run of 2026-12-01T17:39Z at 1 client,
 * writes (with the stream and queue work they set off) from `--scenario cost` of 17:12Z (a
 * representative athlete); insights from the 11:27Z run.
 */
export const MEASURED = {
  'GET /me': { ms: 2.34, ru: 0.5, wu: 0 },
  'GET /training/today': { ms: 4.02, ru: 1, wu: 0 },
  'GET /training/sessions': { ms: 5.69, ru: 2, wu: 0 },
  'GET /training/records': { ms: 2.55, ru: 0.5, wu: 0 },
  'GET /forge/day': { ms: 4.71, ru: 2, wu: 0 },
  'GET /forge/activities': { ms: 4.84, ru: 3, wu: 0 },
  'GET /forge/insights': { ms: 3.32, ru: 1, wu: 0 },
  'GET /forge/progression': { ms: 3.35, ru: 1, wu: 0 },
  'GET /illustrations': { ms: 2.18, ru: 0.5, wu: 0 },
  'GET /training/sessions/{id}': { ms: 2.34, ru: 0.5, wu: 0 },
  'GET …/enrichment': { ms: 2.34, ru: 1, wu: 0 },
  'GET /training/insights + /progression': { ms: 37.13, ru: 0.87, wu: 4.95 },
  'POST /training/sessions': { ms: 23.88, ru: 4.33, wu: 64 },
  'POST …/start': { ms: 20.15, ru: 1.5, wu: 5 },
  'POST …/sets': { ms: 17.93, ru: 1.5, wu: 4.47 },
  'PUT …/snapshot': { ms: 19.07, ru: 1.5, wu: 1.12 },
  'POST …/complete': { ms: 35.14, ru: 8.67, wu: 32 },
} as const;
export type RouteName = keyof typeof MEASURED;

/** Our stated assumptions beyond MAU_USAGE / ATHLETE_USAGE (the seed gives none of these). */
export const ASSUMPTIONS = {
  /** Share of a day's app use per local hour (%, sums to 100): evening training peak 18:00–20:00. */
  localHourProfile: [0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 2, 4, 3, 4, 4, 4, 6, 4, 4, 4, 4, 8, 15, 15, 8, 4, 2, 2],
  /** Where the athletes live (standard time, no DST): share and UTC offset (h). */
  timeZones: [
    { region: 'Western/Central Europe (UTC+1)', offset: 1, share: 0.35 },
    { region: 'UK, Ireland, Portugal (UTC+0)', offset: 0, share: 0.1 },
    { region: 'Eastern Europe (UTC+2)', offset: 2, share: 0.05 },
    { region: 'US/Canada East (UTC−5)', offset: -5, share: 0.2 },
    { region: 'US/Canada Central (UTC−6)', offset: -6, share: 0.08 },
    { region: 'US/Canada West (UTC−8)', offset: -8, share: 0.1 },
    { region: 'Brazil, Argentina (UTC−3)', offset: -3, share: 0.05 },
    { region: 'Singapore, China, Perth (UTC+8)', offset: 8, share: 0.04 },
    { region: 'Eastern Australia (UTC+10)', offset: 10, share: 0.03 },
  ],
  sessionMinutes: 45,
  /** Every created session goes through the enrichment queue once (mode "fast"): an upper bound. */
  queuedShareOfSessions: 1,
  /** Athletes with a connected wearable, and how they split over the providers. */
  connectedShare: 0.3,
  providerShare: { polar: 0.3, withings: 0.3, oura: 0.4 } as Record<string, number>,
  /** Provider requests per poll (workouts since the cursor + daily summary; HR only for a new workout). */
  providerRequestsPerPoll: 2,
  /**
   * Push (§8): syncs a notification causes, per pushed device and day. A watch or scale sync brings a
   * daily-activity notification (Polar ACTIVITY_SUMMARY, Withings appli 16) and a workout its own;
   * notifications within one 15-min poll run coalesce into one sync. Assumed: ~4 device syncs a day
   * + the day's workout (Polar); Withings notifies activity more finely (~5 + 1); Oura: ~4
   * background ring syncs (daily_activity updates) + the night's sleep + the day's workout (6).
   */
  notifiedSyncsPerDeviceDay: { polar: 5, withings: 6, oura: 6 } as Record<string, number>,
  /** Workouts per connected device and day (~4 sessions a week), and the extra request each costs to read its HR. */
  workoutsPerDeviceDay: 0.6,
  hrRequestsPerWorkout: { polar: 0, withings: 1, oura: 1 } as Record<string, number>,
  /** Device writes per poll: the claim and the reschedule (functions/wearables/poll-wearables.ts), each moving GSI3SK. */
  deviceWritesPerPoll: 2,
  /** Wall time of one device sync in the poller (provider round trips dominate). */
  deviceSyncSeconds: 1,
  deviceItemKb: 1,
  illustrationItemKb: 1,
  /** Client state in a snapshot (timers, inputs), besides the indexes. */
  snapshotPipelineStateBytes: 300,
  /** Sub-hour burstiness applied when comparing with per-partition limits (not to the bill). */
  burstFactor: 1.5,
  /** The queue-position scenario of issue 18. */
  backlog: { jobs: 10_000, pollSeconds: 2 },
  secondsPerMonth: 30 * 86_400,
} as const;

/**
 * Provider API limits as documented, which the budgets in shared/wearables/providers/*.ts follow:
 * each window allows `base + perUser × registered users` (Polar scales with the users registered
 * with our client, i.e. its connected devices); `token` limits each access token instead.
 */
export const PROVIDER_LIMITS = {
  withings: { scope: 'app', push: true, windows: [{ base: 120, perUser: 0, windowSeconds: 60 }], source: 'Withings developer plan: 120 requests/min per app; notifications per user (notify, appli 16)' },
  polar: {
    scope: 'app',
    push: true,
    windows: [{ base: 500, perUser: 20, windowSeconds: 900 }, { base: 5000, perUser: 100, windowSeconds: 86_400 }],
    source: 'AccessLink "Rate limiting": 500 + 20 × users per 15 min, 5,000 + 100 × users per 24 h (RateLimit-* headers); one webhook per client',
  },
  oura: { scope: 'token', push: true, windows: [{ base: 5000, perUser: 0, windowSeconds: 300 }], source: 'Oura API v2: 5,000 requests per 5 min per access token (budgeted per token); webhook subscriptions per app' },
} as const;

/**
 * One provider's request rate against its limits. `pushed`: its devices are polled every 24 h to
 * reconcile plus once per notified sync (notified syncs follow the day's activity: × the peak
 * factor in the peak hour); otherwise every 15 min, all day alike.
 */
export function providerLoad(provider: keyof typeof PROVIDER_LIMITS, users: number, peakFactor: number, pushed: boolean = PROVIDER_LIMITS[provider].push) {
  const a = ASSUMPTIONS;
  const limit = PROVIDER_LIMITS[provider];
  const devicesPerUser = a.connectedShare * a.providerShare[provider]!;
  const devices = users * devicesPerUser;
  const reconcilePerDay = 86_400_000 / (pushed ? RECONCILE_INTERVAL_MS : POLL_INTERVAL_MS);
  const notifiedPerDay = pushed ? a.notifiedSyncsPerDeviceDay[provider] ?? 0 : 0;
  const pollsPerDeviceDay = reconcilePerDay + notifiedPerDay;
  const hrPerDay = a.workoutsPerDeviceDay * (a.hrRequestsPerWorkout[provider] ?? 0);
  const requestsPerDeviceDay = pollsPerDeviceDay * a.providerRequestsPerPoll + hrPerDay;
  // Per device and second: the day's mean, and the peak hour's (notified syncs and workouts peak with activity).
  const meanPerDevice = requestsPerDeviceDay / 86_400;
  const peakPerDevice = (reconcilePerDay * a.providerRequestsPerPoll + (notifiedPerDay * a.providerRequestsPerPoll + hrPerDay) * (pushed ? peakFactor : 1)) / 86_400;
  const windows = limit.windows.map((w) => {
    // A window of an hour or less sees the peak; the 24-h window the day's mean.
    const perDevice = w.windowSeconds <= 3600 ? peakPerDevice : meanPerDevice;
    const allowedPerSec = limit.scope === 'token' ? ((w.base * BUDGET_HEADROOM) / w.windowSeconds) * devices : ((w.base + w.perUser * devices) * BUDGET_HEADROOM) / w.windowSeconds;
    const neededPerSec = perDevice * devices;
    // needed = k·users vs allowed = 0.9 (base + perUser·s·users) / W: reached where they meet, never when the per-user share alone covers k.
    const k = perDevice * devicesPerUser;
    const perUserAllowance = (BUDGET_HEADROOM * w.perUser * devicesPerUser) / w.windowSeconds;
    const reachedAt = limit.scope === 'token' ? (perDevice < (w.base * BUDGET_HEADROOM) / w.windowSeconds ? Infinity : 0) : k <= perUserAllowance ? Infinity : (BUDGET_HEADROOM * w.base) / w.windowSeconds / (k - perUserAllowance);
    return { windowSeconds: w.windowSeconds, neededPerSec, allowedPerSec, usage: neededPerSec / allowedPerSec, reachedAtUsers: reachedAt };
  });
  const binding = windows.reduce((worst, w) => (w.reachedAtUsers < worst.reachedAtUsers || (w.reachedAtUsers === worst.reachedAtUsers && w.usage > worst.usage) ? w : worst));
  return { provider, pushed, devices, pollsPerDeviceDay, requestsPerDeviceDay, windows, binding, limitUsers: binding.reachedAtUsers, source: limit.source };
}
/** shared/db/entities/provider-budget.ts keeps 10 % of each budget. */
const BUDGET_HEADROOM = 0.9;

export const LIMITS = { partitionWcu: 1000, partitionRcu: 3000, queryPageBytes: 1024 * 1024, streamReadersPerShard: 2, lambdaAccountConcurrency: 1000, apiGatewayRps: 10_000 } as const;

/** Approximate DynamoDB item size: attribute names + values (strings UTF-8, numbers ~ digits/2 + 1, lists/maps 3 + 1 per element). */
export function itemBytes(value: unknown, name = ''): number {
  const named = Buffer.byteLength(name);
  if (value === null || value === undefined || typeof value === 'boolean') return named + 1;
  if (typeof value === 'string') return named + Buffer.byteLength(value);
  if (value instanceof Uint8Array) return named + value.length;
  if (typeof value === 'number') return named + Math.ceil(String(Math.abs(value)).replace('.', '').length / 2) + 1;
  if (Array.isArray(value)) return named + 3 + value.reduce((sum: number, v) => sum + 1 + itemBytes(v), 0);
  return named + 3 + Object.entries(value as Record<string, unknown>).reduce((sum, [k, v]) => sum + 1 + itemBytes(v, k), 0);
}

/** A 45-minute force session from the offline coach with its 15 logged sets, and its live snapshot near the end. */
export function representativeItems() {
  const context = benchContexts(40).find((c) => c.coach === 'force' && c.durationMin === 45 && c.equipment.length > 0) ?? benchContexts(1)[0]!;
  const prescription = offlineCoach(context);
  const at = '2026-12-01T18:30:00.000Z';
  const exercises = prescription.blocks.flatMap((b) => b.exercises);
  const loggedSets = Array.from({ length: MAU_USAGE.setsPerSession }, (_, i) => ({
    id: `set-${i}-8c1f2a`, exerciseIndex: i % exercises.length, exerciseId: exercises[i % exercises.length]!.exerciseId, setIndex: Math.floor(i / exercises.length),
    reps: 8, loadKg: 82.5, durationSec: null, distanceM: null, rpe: 8, rir: 2, completedAt: at,
  }));
  const session: TrainingSession = trainingSessionSchema.parse({
    id: '01KBCZ3V5Q0000000000000000', userId: 'b3c1f0e2-5a6d-4c1e-9f2a-1e2d3c4b5a69', status: 'active', origin: 'coach', provider: 'offline',
    coach: prescription.coach, discipline: prescription.discipline, title: prescription.title, prescription,
    context: { locationId: null, equipment: context.equipment, durationMin: 45, energy: 3 },
    enrichmentStatus: 'fast', enrichmentPriority: 5, enrichmentAttempts: 0, enrichmentError: null, enrichmentQueuedAt: at, enrichmentTicket: 123456,
    loggedSets, lastPerformance: [], metrics: null, newRecords: [], notes: null, tokenUsage: null, timeZone: 'Europe/Paris', localDay: '2026-12-01',
    createdAt: at, startedAt: at, completedAt: null, updatedAt: at, version: 17,
  });
  const snapshot = snapshotItem({
    userId: session.userId, sessionId: session.id, step: 'session', exerciseIndex: 4, setIndex: 2, completedExercises: [0, 1, 2, 3],
    completedSets: loggedSets.map((s) => ({ exerciseIndex: s.exerciseIndex, setIndex: s.setIndex })),
    pipelineState: { padding: 'x'.repeat(ASSUMPTIONS.snapshotPipelineStateBytes) },
    createdAt: at, updatedAt: at, version: 40,
  });
  return { sessionBytes: itemBytes(sessionItem(session)), snapshotBytes: itemBytes(snapshot), exercises: exercises.length };
}

const kb = (bytes: number) => Math.ceil(bytes / 1024);
/** Writes of a session while it waits in the queue, when the athlete goes on without waiting: start, the sets, complete. */
export const QUEUED_SESSION_WRITES = 1 + MAU_USAGE.setsPerSession + 1;

/** The model at `users` monthly active athletes. */
export function scaleModel(users = 1_000_000) {
  const a = ASSUMPTIONS;
  const u = MAU_USAGE;
  // Peak factor: each zone's local profile shifted to UTC, weighted by its share.
  const utcProfile = Array.from({ length: 24 }, (_, h) => a.timeZones.reduce((sum, z) => sum + z.share * a.localHourProfile[(((h + z.offset) % 24) + 24) % 24]!, 0));
  const peakShare = Math.max(...utcProfile);
  const peakUtcHour = utcProfile.indexOf(peakShare);
  const peakFactor = (peakShare / 100) * 24;

  // Per route: calls per athlete-month (MAU_USAGE, ATHLETE_USAGE), mean and peak calls per second.
  const day = u.activeDaysPerMonth;
  const s = u.sessionsPerMonth;
  const iu = ATHLETE_USAGE;
  const insightsVisitsPerDay = iu.conseilsVisitsPerActiveDay + iu.progressionVisitsPerActiveDay;
  const insightsPerMonth = day * insightsVisitsPerDay * (1 + iu.returnsPerVisit) + iu.conseilsRefreshesPerMonth + iu.progressionRefreshesPerMonth;
  const perUserMonth: Record<RouteName, { n: number; formula: string }> = {
    'GET /me': { n: u.perActiveDay.me * day, formula: `${u.perActiveDay.me}/active day × ${round(day)}` },
    'GET /training/today': { n: u.perActiveDay.today * day, formula: `${u.perActiveDay.today} × ${round(day)}` },
    'GET /training/sessions': { n: u.perActiveDay.history * day, formula: `${u.perActiveDay.history} × ${round(day)}` },
    'GET /training/records': { n: u.perActiveDay.records * day, formula: `${u.perActiveDay.records} × ${round(day)}` },
    'GET /forge/day': { n: u.perActiveDay.forgeDay * day, formula: `${u.perActiveDay.forgeDay} × ${round(day)}` },
    'GET /forge/activities': { n: u.perActiveDay.forgeActivities * day, formula: `${u.perActiveDay.forgeActivities} × ${round(day)}` },
    'GET /forge/insights': { n: u.perActiveDay.forgeInsights * day, formula: `${u.perActiveDay.forgeInsights} × ${round(day)}` },
    'GET /forge/progression': { n: u.perActiveDay.forgeProgression * day, formula: `${u.perActiveDay.forgeProgression} × ${round(day)}` },
    'GET /illustrations': { n: u.illustrationLookupsPerSession * s, formula: `${u.illustrationLookupsPerSession}/session × ${round(s)}` },
    'GET /training/sessions/{id}': { n: u.sessionReadsPerSession * s, formula: `${u.sessionReadsPerSession}/session × ${round(s)}` },
    'GET …/enrichment': { n: u.enrichmentPollsPerSession * s, formula: `${u.enrichmentPollsPerSession}/session × ${round(s)}` },
    'GET /training/insights + /progression': { n: insightsPerMonth, formula: `${round(day)} × ${round(insightsVisitsPerDay, 3)} visits × (1 + ${iu.returnsPerVisit} return) + ${round(iu.conseilsRefreshesPerMonth + iu.progressionRefreshesPerMonth, 2)} refreshes (ATHLETE_USAGE)` },
    'POST /training/sessions': { n: s, formula: `3/week × 30/7` },
    'POST …/start': { n: s, formula: `1/session × ${round(s)}` },
    'POST …/sets': { n: u.setsPerSession * s, formula: `${u.setsPerSession}/session × ${round(s)}` },
    'PUT …/snapshot': { n: u.snapshotsPerSession * s, formula: `${u.snapshotsPerSession}/session × ${round(s)}` },
    'POST …/complete': { n: s, formula: `1/session × ${round(s)}` },
  };
  const rate = (perMonth: number) => (perMonth * users) / a.secondsPerMonth;
  const routes = (Object.keys(MEASURED) as RouteName[]).map((name) => {
    const meanRps = rate(perUserMonth[name].n);
    const peakRps = meanRps * peakFactor;
    return { route: name, perUserMonth: perUserMonth[name].n, formula: perUserMonth[name].formula, meanRps, peakRps, peakRcu: peakRps * MEASURED[name].ru, peakWcu: peakRps * MEASURED[name].wu, concurrency: (peakRps * MEASURED[name].ms) / 1000 };
  });
  const peak = (name: RouteName) => routes.find((r) => r.route === name)!.peakRps;
  const sessionsPerSec = peak('POST /training/sessions');
  const snapshotsPerSec = peak('PUT …/snapshot');
  const totalPeakRps = routes.reduce((sum, r) => sum + r.peakRps, 0);

  // Shared partitions.
  const items = representativeItems();
  const sessionKb = kb(items.sessionBytes);
  const snapshotKb = kb(items.snapshotBytes);
  const devices = users * a.connectedShare;
  const providerKeys = Object.keys(PROVIDER_LIMITS) as Array<keyof typeof PROVIDER_LIMITS>;
  const providerLoads = providerKeys.map((provider) => providerLoad(provider, users, peakFactor));
  // Mean polls/s over the day: 24-h reconciliation + notified syncs (every provider pushes; 15-min polling for one that does not).
  const pollsPerSec = providerLoads.reduce((sum, p) => sum + (p.devices * p.pollsPerDeviceDay) / 86_400, 0);
  const steadyBacklog = sessionsPerSec * a.queuedShareOfSessions * SECONDS_PER_ENRICHMENT;
  const pollsAtBacklog = a.backlog.jobs / a.backlog.pollSeconds;
  const enrichmentMs = MEASURED['GET …/enrichment'].ms;
  const pollInstances = Math.max(1, (pollsAtBacklog * enrichmentMs) / 1000);
  const partitions = [
    {
      partition: `SNAPSHOTS#<0–${SNAPSHOT_SHARDS - 1}> (GSI3, each)`,
      // The index entry is a marker item of its own (shared/db/entities/session-snapshot.ts), written at a session's first save and deleted by the cleanup: saves never touch the index.
      writesFormula: `${round(sessionsPerSec)} sessions/s × 2 (marker put at the first save, delete at cleanup) × 1 KB / ${SNAPSHOT_SHARDS} shards`,
      wcu: (sessionsPerSec * 2) / SNAPSHOT_SHARDS,
      readsFormula: 'cleanup job once a day (SK < now − 7 d), ≈ 0',
      rcu: 0,
      scalesWith: 'users',
    },
    {
      partition: `ENRICH#QUEUE, #1–#${ENRICHMENT_QUEUE_SHARDS - 1} (GSI3, each), enriched before the athlete starts`,
      writesFormula: `${round(sessionsPerSec)} sessions/s × 3 index writes (enter, enriching, leave) × ${sessionKb} KB / ${ENRICHMENT_QUEUE_SHARDS} shards`,
      wcu: (sessionsPerSec * a.queuedShareOfSessions * 3 * sessionKb) / ENRICHMENT_QUEUE_SHARDS,
      readsFormula: 'admin queue stats only (paginated COUNT), since the position no longer reads it',
      rcu: 0,
      scalesWith: 'users',
    },
    {
      partition: `ENRICH#QUEUE, #1–#${ENRICHMENT_QUEUE_SHARDS - 1} (GSI3, each), under a backlog (start, ${u.setsPerSession} sets, complete logged while queued)`,
      writesFormula: `${round(sessionsPerSec)} sessions/s × ${3 + QUEUED_SESSION_WRITES} index writes × ${sessionKb} KB / ${ENRICHMENT_QUEUE_SHARDS} shards`,
      wcu: (sessionsPerSec * a.queuedShareOfSessions * (3 + QUEUED_SESSION_WRITES) * sessionKb) / ENRICHMENT_QUEUE_SHARDS,
      readsFormula: 'as above',
      rcu: 0,
      scalesWith: 'users',
    },
    {
      partition: 'ENRICH#QUEUE before sharding (GSI3, one), under a backlog',
      writesFormula: `${round(sessionsPerSec)} sessions/s × ${3 + QUEUED_SESSION_WRITES} index writes × ${sessionKb} KB`,
      wcu: sessionsPerSec * a.queuedShareOfSessions * (3 + QUEUED_SESSION_WRITES) * sessionKb,
      readsFormula: 'as above',
      rcu: 0,
      scalesWith: 'users',
    },
    {
      partition: 'ENRICH#QUEUE#COUNTERS (table item, new)',
      writesFormula: `${round(sessionsPerSec)} sessions/s × 2 (ticket, started) × 1 KB`,
      wcu: sessionsPerSec * a.queuedShareOfSessions * 2,
      readsFormula: `≤ 1 GetItem per warm instance and second (cache 1 s) at a ${a.backlog.jobs}-job backlog: ${round(pollInstances)} instances × 0.5 RCU`,
      rcu: pollInstances * 0.5,
      scalesWith: 'users',
    },
    {
      partition: `WEARABLE#POLL, #1–#${POLL_SHARDS - 1} (GSI3, each)`,
      writesFormula: `${round(devices)} devices: 1 reconciliation + notified syncs a day each (Polar, Withings, Oura push) = ${round(pollsPerSec)} polls/s × ${a.deviceWritesPerPoll} device writes × 2 (delete + put) × ${a.deviceItemKb} KB / ${POLL_SHARDS} shards`,
      wcu: (pollsPerSec * a.deviceWritesPerPoll * 2 * a.deviceItemKb) / POLL_SHARDS,
      readsFormula: `due-device Queries: ${round(pollsPerSec)} items/s × ${a.deviceItemKb} KB / 4 KB × 0.5 / ${POLL_SHARDS}`,
      rcu: (pollsPerSec * a.deviceItemKb * 0.125) / POLL_SHARDS,
      scalesWith: 'users',
    },
    {
      partition: 'WEARABLE#POLL before sharding (GSI3, one)',
      writesFormula: `${round(pollsPerSec)} polls/s × ${a.deviceWritesPerPoll} × 2 × ${a.deviceItemKb} KB`,
      wcu: pollsPerSec * a.deviceWritesPerPoll * 2 * a.deviceItemKb,
      readsFormula: `${round(pollsPerSec)} items/s × 0.125 RCU`,
      rcu: pollsPerSec * a.deviceItemKb * 0.125,
      scalesWith: 'users',
    },
    {
      partition: 'ILLUSTRATIONS (GSI5)',
      // usageRank (shared/domain/illustrations/illustration.ts): a library entry is re-ranked only when its rank changes, once per 100 uses past 1,000 uses.
      writesFormula: `${round(sessionsPerSec)} sessions/s × ${items.exercises} exercises × 1 % re-ranked (counts ≥ 1,000) × 2 (delete + put) × ${a.illustrationItemKb} KB`,
      wcu: sessionsPerSec * items.exercises * 0.01 * 2 * a.illustrationItemKb,
      readsFormula: 'weekly pre-generation job, ≈ 0',
      rcu: 0,
      scalesWith: 'users',
    },
    {
      partition: 'ILLUSTRATION#<exerciseId> (table, most used exercise)',
      writesFormula: `${round(sessionsPerSec)} sessions/s × 25 % of sessions use it × (1 counter ADD × 1 KB + 1 % re-rank × ${a.illustrationItemKb} KB)`,
      wcu: sessionsPerSec * 0.25 * (1 + 0.01 * a.illustrationItemKb),
      readsFormula: `GET /illustrations: ${round(peak('GET /illustrations'))}/s × 25 % × 0.5 RCU`,
      rcu: peak('GET /illustrations') * 0.25 * 0.5,
      scalesWith: 'users',
    },
    {
      partition: 'ILLUSTRATION#JOBS (GSI3)',
      writesFormula: 'one job per catalog exercise without an image, 3 transitions each: bounded by the catalog, ≈ 0 in steady state',
      wcu: 0,
      readsFormula: 'weekly job, ≈ 0',
      rcu: 0,
      scalesWith: 'catalog',
    },
    ...providerLoads.filter((p) => PROVIDER_LIMITS[p.provider].scope === 'app').map((p) => ({
      partition: `WEARABLE#BUDGET#${p.provider} (table, its window items)`,
      writesFormula: `one conditional write per request and window: min(needed, allowed) ${round(Math.min(p.windows[0]!.neededPerSec, p.windows[0]!.allowedPerSec))} req/s × ${p.windows.length} window(s) × 1 KB`,
      wcu: Math.min(p.windows[0]!.neededPerSec, p.windows[0]!.allowedPerSec) * p.windows.length,
      readsFormula: 'the LIMITS item once per container per 10 min, ≈ 0',
      rcu: 0,
      scalesWith: 'provider budget',
    })),
  ].map((p) => {
    const wcuShare = p.wcu / LIMITS.partitionWcu;
    const rcuShare = p.rcu / LIMITS.partitionRcu;
    const worst = Math.max(wcuShare, rcuShare);
    return { ...p, wcuShare, rcuShare, withBurst: worst * a.burstFactor, limitAtUsers: p.scalesWith === 'users' && worst > 0 ? users / worst : null };
  });

  // The queue-position read, before (Select COUNT up to one's own key) and after (counters).
  const aheadItems = a.backlog.jobs / 2;
  const countRcuPerPoll = Math.min(aheadItems * items.sessionBytes, LIMITS.queryPageBytes) / 4096 * 0.5;
  const countRcuPaginated = (aheadItems * items.sessionBytes) / 4096 * 0.5;
  // Backlog B polled every p s: (B/p) polls × (B/2 items × size / 4 KB × 0.5) = 3,000 → B = √(3000 · 16 KB · p / size).
  const breakingBacklog = Math.sqrt((LIMITS.partitionRcu * 4 * 4096 * a.backlog.pollSeconds) / items.sessionBytes);
  const queuePosition = {
    backlog: a.backlog.jobs,
    pollsPerSec: pollsAtBacklog,
    before: { rcuPerPoll: countRcuPerPoll, rcuPerSec: countRcuPerPoll * pollsAtBacklog, paginatedRcuPerPoll: countRcuPaginated, breakingBacklog },
    after: { rcuPerPollUncached: 0.5, rcuPerSecUncached: 0.5 * pollsAtBacklog, instances: pollInstances, rcuPerSecCached: pollInstances * 0.5 },
    steadyBacklog,
  };

  // Streams: one shard per table partition; partitions from size (10 GB each) and peak throughput.
  const storageGb = u.storageGbPerUser * users;
  const peakTableWcu = routes.reduce((sum, r) => sum + r.peakWcu, 0);
  const peakTableRcu = routes.reduce((sum, r) => sum + r.peakRcu, 0);
  const tablePartitions = Math.max(Math.ceil(storageGb / 10), Math.ceil(peakTableRcu / LIMITS.partitionRcu + peakTableWcu / LIMITS.partitionWcu));
  // Item-level writes per second (each is one stream record): snapshots, sets, session writes (create, start, enrich ×2, complete), snapshot delete, and the consumers' writes per completion (activity, Forge day, training day, records ≈ 4).
  const streamRecordsPerSec = snapshotsPerSec + peak('POST …/sets') + sessionsPerSec * (5 + 1 + 4) + pollsPerSec * a.deviceWritesPerPoll;
  const consumers = manifest.streamConsumers.map((c) => {
    const name = c.name;
    const matched =
      name === 'project-session-changes' ? peak('POST …/sets') + sessionsPerSec * 5
      : name === 'match-completed-sessions' || name === 'sync-training-sessions' ? sessionsPerSec
      : name === 'apply-activity-changes' ? sessionsPerSec * (1 + u.perActiveDay.forgeActivities / 10)
      : sessionsPerSec;
    return { consumer: name, batchSize: c.batchSize ?? 100, matchedPerSec: matched, expectedConcurrency: (matched * u.asyncMsPerInvocation) / 1000, maxConcurrency: tablePartitions };
  });
  // Each reader (one event source mapping: the only thing that reads shards) runs its members one after the other.
  const readers = manifest.streamReaders.map((r) => {
    const members = consumers.filter((c) => manifest.streamConsumers.find((m) => m.name === c.consumer)?.reader === r.name);
    const sum = (pick: (c: (typeof consumers)[number]) => number) => members.reduce((total, c) => total + pick(c), 0);
    return { reader: r.name, members: members.map((c) => c.consumer), memberRecordsPerSec: sum((c) => c.matchedPerSec), expectedConcurrency: sum((c) => c.expectedConcurrency), maxConcurrency: tablePartitions };
  });

  // Wearable providers: requests needed vs allowed, now (push where the provider offers it) and with 15-min polling for all (before).
  const providers = providerLoads.map((p) => ({ ...p, polledLimitUsers: providerLoad(p.provider, users, peakFactor, false).limitUsers }));
  // Each provider's devices DEVICES_IN_FLIGHT_PER_PROVIDER at a time (functions/wearables/poll-wearables.ts): a run syncs
  // this many per provider; the provider with the most devices due per peak-hour run binds (all push: reconciliation
  // spread evenly, notified syncs × the peak factor, as in providerLoad).
  const perProviderPerRun = (DEVICES_IN_FLIGHT_PER_PROVIDER * (POLL_INTERVAL_MS / 1000 - 90)) / a.deviceSyncSeconds;
  const pollerCapacity = providerKeys.length * perProviderPerRun;
  const duePerRunPerUser = providerLoads.map((p) => {
    const notified = p.pushed ? a.notifiedSyncsPerDeviceDay[p.provider] ?? 0 : 0;
    return ((p.devices / users) * (p.pollsPerDeviceDay - notified + notified * peakFactor)) / 96;
  });
  const pollerLimitUsers = perProviderPerRun / Math.max(...duePerRunPerUser);

  // SQS: enrichment send + receive + delete per session; illustrations only on misses.
  const sqs = { enrichmentRequestsPerSec: sessionsPerSec * MAU_USAGE.sqsRequestsPerSession, workerConcurrency: steadyBacklog };

  // Bill: bench/cost.ts at `users`, plus the wearable polling it does not model.
  const costInput = buildScaledCostInput(users, perUserMonth);
  const bill = monthlyCost(costInput);
  const pollsPerMonth = pollsPerSec * a.secondsPerMonth;
  // Per device write: table + GSI3 move (2) + GSI5 (OPEN) update, + GSI1 (the provider-user lookup) for pushed devices; + ~1 wearable item written.
  const pushedPollShare = providerLoads.filter((p) => p.pushed).reduce((sum, p) => sum + (p.devices * p.pollsPerDeviceDay) / 86_400, 0) / pollsPerSec;
  const pollWru = a.deviceWritesPerPoll * (1 + 2 + 1 + pushedPollShare) + 1;
  // A notification: one GSI1 Query (0.5 RCU) and one device update (table + GSI3 move + GSI5 + GSI1 = 5 WRU), one short Lambda call.
  const notificationsPerMonth = providerLoads.reduce((sum, p) => sum + p.devices * (p.pushed ? a.notifiedSyncsPerDeviceDay[p.provider] ?? 0 : 0), 0) * 30;
  const polling = {
    pollsPerMonth,
    wruPerPoll: pollWru,
    notificationsPerMonth,
    dynamodbUsd: ((pollsPerMonth * pollWru + notificationsPerMonth * 5) * AWS_PRICES.dynamodbPerMillionWriteUnits) / 1e6,
    // One poller run holds a 512 MB Lambda for each device's sync time (bench/cost.ts arm64 price).
    lambdaUsd: (pollsPerMonth * a.deviceSyncSeconds + notificationsPerMonth * 0.05) * (MAU_USAGE.memoryMb / 1024) * AWS_PRICES.lambdaArmPerGbSecond,
  };
  return {
    users,
    peak: { utcProfile, peakUtcHour, peakShare, peakFactor },
    routes,
    totalPeakRps,
    totalConcurrency: routes.reduce((sum, r) => sum + r.concurrency, 0),
    items: { ...items, sessionKb, snapshotKb },
    partitions,
    queuePosition,
    streams: { storageGb, peakTableWcu, peakTableRcu, tablePartitions, streamRecordsPerSec, recordsPerShardPerSec: streamRecordsPerSec / tablePartitions, consumers, readers, readersPerShard: readers.length },
    wearables: { devices, pollsPerSec, providers, pollerCapacity, pollerLimitUsers },
    sqs,
    bill,
    polling,
  };
}
export type ScaleModel = ReturnType<typeof scaleModel>;

function buildScaledCostInput(users: number, perUserMonth: Record<RouteName, { n: number }>): CostInput {
  const u = MAU_USAGE;
  const action = (name: RouteName): CostAction => ({
    name, perUserMonth: perUserMonth[name].n, apiRequests: 1, lambdaInvocations: 1, lambdaMs: MEASURED[name].ms, memoryMb: u.memoryMb, readUnits: MEASURED[name].ru, writeUnits: MEASURED[name].wu, sqsRequests: 0, source: 'measured',
  });
  return {
    users,
    actions: [
      ...(Object.keys(MEASURED) as RouteName[]).map(action),
      { name: 'stream consumers + enrichment worker', perUserMonth: u.sessionsPerMonth, apiRequests: 0, lambdaInvocations: u.asyncInvocationsPerSession, lambdaMs: u.asyncMsPerInvocation, memoryMb: u.memoryMb, readUnits: 0, writeUnits: 0, sqsRequests: u.sqsRequestsPerSession, source: 'assumed' },
    ],
    logBytesPerInvocation: u.logBytesPerInvocation,
    storageGbPerUser: u.storageGbPerUser,
    cdnBytesPerUser: u.spaColdLoadsPerMonth * 130_000 + u.newIllustrationsPerMonth * u.illustrationBytes,
    cdnRequestsPerUser: u.spaColdLoadsPerMonth * 6 + u.newIllustrationsPerMonth,
    s3GetsPerUser: (u.spaColdLoadsPerMonth * 6 + u.newIllustrationsPerMonth) * u.cdnMissRatio,
    s3StorageGb: u.illustrationStorageGb,
    fixedSqsRequests: u.polledQueues * LONG_POLL_REQUESTS_PER_QUEUE,
    secondsPerMonth: ASSUMPTIONS.secondsPerMonth,
  };
}

const n = (value: number, digits = 1) => round(value, digits).toLocaleString('en-US');
const pct = (share: number) => `${round(share * 100, 1)} %`;

export function printScaleModel(m: ScaleModel) {
  const lines: string[] = [];
  const table = (head: string[], rows: Array<Array<string | number>>) => {
    lines.push(`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`), '');
  };
  lines.push(`Users: ${n(m.users, 0)}; peak UTC hour ${m.peak.peakUtcHour}:00 carries ${n(m.peak.peakShare, 2)} % of a day → peak factor ${n(m.peak.peakFactor, 3)}`, '');
  lines.push('UTC hour profile (% of a day): ' + m.peak.utcProfile.map((v, h) => `${h}:${n(v, 2)}`).join(' '), '');
  table(['route', 'per athlete-month', 'formula', 'mean /s', 'peak /s', 'peak RCU/s', 'peak WCU/s', 'concurrency'],
    m.routes.map((r) => [r.route, n(r.perUserMonth, 2), r.formula, n(r.meanRps), n(r.peakRps), n(r.peakRcu), n(r.peakWcu), n(r.concurrency, 2)]));
  lines.push(`Total peak ${n(m.totalPeakRps)} requests/s, Lambda concurrency ${n(m.totalConcurrency)} (routes).`, '');
  lines.push(`Items: session ${m.items.sessionBytes} B (${m.items.sessionKb} KB, ${m.items.exercises} exercises, 15 sets), snapshot ${m.items.snapshotBytes} B (${m.items.snapshotKb} KB)`, '');
  table(['partition', 'writes (formula)', 'WCU/s', '% of 1,000', 'reads (formula)', 'RCU/s', '% of 3,000', 'worst ×1.5 burst', 'limit reached at'],
    m.partitions.map((p) => [p.partition, p.writesFormula, n(p.wcu), pct(p.wcuShare), p.readsFormula, n(p.rcu), pct(p.rcuShare), pct(p.withBurst), p.limitAtUsers ? `${n(p.limitAtUsers / 1e6, 2)} M MAU` : '—']));
  const q = m.queuePosition;
  lines.push(`Queue position at ${q.backlog} jobs, ${n(q.pollsPerSec, 0)} polls/s: COUNT ${n(q.before.rcuPerPoll)} RCU/poll (1 MB page cap; ${n(q.before.paginatedRcuPerPoll)} if paginated) → ${n(q.before.rcuPerSec, 0)} RCU/s; breaks at a backlog of ${n(q.before.breakingBacklog, 0)}. Counters: ${n(q.after.rcuPerSecUncached, 0)} RCU/s uncached, ${n(q.after.rcuPerSecCached)} RCU/s cached (${n(q.after.instances)} instances). Steady backlog at peak: ${n(q.steadyBacklog)}.`, '');
  const st = m.streams;
  lines.push(`Streams: storage ${n(st.storageGb, 0)} GB, peak table ${n(st.peakTableWcu, 0)} WCU/s + ${n(st.peakTableRcu, 0)} RCU/s → ${st.tablePartitions} partitions = shards; ${n(st.streamRecordsPerSec, 0)} records/s (${n(st.recordsPerShardPerSec, 2)} per shard); ${st.readersPerShard} readers (${st.consumers.length} consumers) read every shard.`, '');
  table(['reader', 'members', 'member records/s', 'expected concurrency', 'max (1 per shard)'], st.readers.map((r) => [r.reader, r.members.join(', '), n(r.memberRecordsPerSec), n(r.expectedConcurrency, 2), r.maxConcurrency]));
  table(['consumer', 'batch', 'matched records/s', 'expected concurrency', 'max (1 per shard)'], st.consumers.map((c) => [c.consumer, c.batchSize, n(c.matchedPerSec), n(c.expectedConcurrency, 2), c.maxConcurrency]));
  const w = m.wearables;
  lines.push(`Wearables: ${n(w.devices, 0)} devices, ${n(w.pollsPerSec)} polls/s (mean); the poller (${DEVICES_IN_FLIGHT_PER_PROVIDER} devices per provider at a time) syncs ≤ ${n(w.pollerCapacity, 0)} devices per 15 min → ${n(w.pollerLimitUsers, 0)} MAU.`, '');
  const reached = (users: number) => (Number.isFinite(users) ? `${n(users, 0)} MAU` : 'not reached');
  table(['provider', 'devices', 'push', 'polls/device·day', 'requests/device·day', 'window', 'needed req/s', 'allowed req/s', 'use', 'limit reached at', 'with 15-min polling', 'source'],
    w.providers.flatMap((p) => p.windows.map((win) => [p.provider, n(p.devices, 0), p.pushed ? 'yes' : 'no', n(p.pollsPerDeviceDay, 1), n(p.requestsPerDeviceDay, 1), `${win.windowSeconds} s`, n(win.neededPerSec, 2), n(win.allowedPerSec, 2), pct(win.usage), reached(win.reachedAtUsers), reached(p.polledLimitUsers), p.source])));
  lines.push(`SQS enrichment: ${n(m.sqs.enrichmentRequestsPerSec)} requests/s, ${n(m.sqs.workerConcurrency)} concurrent workers.`, '');
  table(['service', 'quantity', 'unit', 'USD/month'], m.bill.lines.map((l) => [l.service, n(l.quantity, 0), l.unit, n(l.usd, 0)]));
  lines.push(`Total (AI excluded, polling excluded): $${n(m.bill.totalUsd, 0)}; wearable polling: ${n(m.polling.pollsPerMonth / 1e6, 0)} M polls × ${n(m.polling.wruPerPoll, 2)} WRU + ${n(m.polling.notificationsPerMonth / 1e6, 0)} M notifications × 5 WRU → DynamoDB $${n(m.polling.dynamodbUsd, 0)}, Lambda $${n(m.polling.lambdaUsd, 0)}.`);
  console.log(lines.join('\n'));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { users: { type: 'string', default: '1000000' } } });
  printScaleModel(scaleModel(Number(values.users)));
}
