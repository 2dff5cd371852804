import { DEFAULT_TRACING_POLICY, type TracingPolicy } from '../infra/cdk/tracing-policy';
import { ATHLETE_USAGE } from './insights-usage';
import { round } from './load';

/**
 * The AWS cost model: what the bench measured per request (DynamoDB request units from the
 * counting proxy, Lambda duration, the API request itself) times a stated monthly usage per active
 * athlete, priced with us-east-1 on-demand list prices. AI is priced apart (bench/insights-month.ts).
 */

/** us-east-1 on-demand list prices (USD), as published on the AWS pricing pages on the date below. */
export const AWS_PRICES = {
  asOf: '2025-06 (AWS public pricing pages, us-east-1; not fetched by the bench: check before relying on them)',
  lambdaArmPerGbSecond: 0.0000133334,
  lambdaPerMillionRequests: 0.2,
  httpApiPerMillionRequests: 1.0,
  dynamodbPerMillionReadUnits: 0.125,
  dynamodbPerMillionWriteUnits: 0.625,
  dynamodbStoragePerGbMonth: 0.25,
  dynamodbPitrPerGbMonth: 0.2,
  /** Stream reads made by Lambda triggers are free; other readers pay this. */
  dynamodbStreamsPerMillionReads: 0.2,
  sqsPerMillionRequests: 0.4,
  s3PutPer1000: 0.005,
  s3GetPer1000: 0.0004,
  s3StoragePerGbMonth: 0.023,
  cloudFrontPerGb: 0.085,
  cloudFrontPer10kHttpsRequests: 0.01,
  /** Cognito Essentials: the first 10,000 MAU are free (also for new pools), then per MAU. */
  cognitoFreeMau: 10_000,
  cognitoPerMauAboveFree: 0.015,
  cloudWatchLogsIngestPerGb: 0.5,
  cloudWatchLogsStoragePerGbMonth: 0.03,
  xrayPerMillionTraces: 5.0,
  xrayFreeTracesPerMonth: 100_000,
} as const;
export type AwsPrices = typeof AWS_PRICES;

/** One kind of request of the app, with what it costs each time and how often an athlete makes it. */
export interface CostAction {
  name: string;
  perUserMonth: number;
  /** 1 for an HTTP route, 0 for stream consumers and workers (their invocations are in `lambdaInvocations`). */
  apiRequests: number;
  lambdaInvocations: number;
  /** Billed duration per invocation (ms); the bench's local latency, an upper bound. */
  lambdaMs: number;
  memoryMb: number;
  readUnits: number;
  writeUnits: number;
  sqsRequests: number;
  /** Where the numbers come from: "measured", or the stated assumption. */
  source: string;
}

export interface CostInput {
  users: number;
  actions: CostAction[];
  /** Bytes of logs per invocation (START/END/REPORT and our structured lines). */
  logBytesPerInvocation: number;
  /** Table + GSI size per athlete (GB): what DynamoDB storage bills. */
  storageGbPerUser: number;
  /**
   * What point-in-time recovery bills per athlete (GB): the table's size with its local secondary
   * indexes, not the GSIs (DynamoDB docs, PointInTimeRecovery_Howitworks). Default: storageGbPerUser.
   */
  pitrGbPerUser?: number;
  /** CloudFront: bytes and requests per athlete (SPA loads, illustrations). */
  cdnBytesPerUser: number;
  cdnRequestsPerUser: number;
  /** S3 GETs per athlete (CloudFront misses) and illustration storage (GB, shared). */
  s3GetsPerUser: number;
  s3StorageGb: number;
  /** SQS requests that do not depend on users: Lambda's long polls of each queue (a fixed cost of the deployment). */
  fixedSqsRequests: number;
  /** Which functions X-Ray traces (infra/cdk/tracing-policy.ts); default: the deployed default, `async`. */
  tracing?: TracingPolicy;
  /** Requests spread evenly over the month; X-Ray's default rule records 1/s plus 5 % of the rest. */
  secondsPerMonth: number;
}

export interface CostLine {
  service: string;
  quantity: number;
  unit: string;
  usd: number;
}

/**
 * Lambda active tracing samples at a fixed rate, 1 request per second then 5 % (Lambda's docs: the
 * rate cannot be configured for functions, so an X-Ray sampling rule does not change it; HTTP APIs
 * have no X-Ray of their own). Over evenly spread requests: a lower bound, the reservoir being per
 * function.
 */
export function sampledTraces(requests: number, seconds: number): number {
  const reservoir = Math.min(requests, seconds);
  return reservoir + 0.05 * (requests - reservoir);
}

export function monthlyCost(input: CostInput, prices: AwsPrices = AWS_PRICES) {
  const total = (pick: (a: CostAction) => number) => input.actions.reduce((sum, a) => sum + a.perUserMonth * input.users * pick(a), 0);
  const invocations = total((a) => a.lambdaInvocations);
  const gbSeconds = total((a) => a.lambdaInvocations * (a.lambdaMs / 1000) * (a.memoryMb / 1024));
  const apiRequests = total((a) => a.apiRequests);
  const readUnits = total((a) => a.readUnits);
  const writeUnits = total((a) => a.writeUnits);
  const sqsRequests = total((a) => a.sqsRequests) + input.fixedSqsRequests;
  const storageGb = input.storageGbPerUser * input.users;
  const pitrGb = (input.pitrGbPerUser ?? input.storageGbPerUser) * input.users;
  const logGb = (invocations * input.logBytesPerInvocation) / 1e9;
  // `async`: only the functions no API request starts are active (HTTP ones PassThrough: an HTTP API samples nothing).
  const tracesOf = (policy: TracingPolicy) =>
    policy === 'off' ? 0 : policy === 'all' ? sampledTraces(invocations, input.secondsPerMonth) : sampledTraces(invocations - apiRequests, input.secondsPerMonth);
  const xrayUsdOf = (traces: number) => (Math.max(0, traces - prices.xrayFreeTracesPerMonth) / 1e6) * prices.xrayPerMillionTraces;
  const tracing = input.tracing ?? DEFAULT_TRACING_POLICY;
  const traces = tracesOf(tracing);
  const fixedSqsUsd = (input.fixedSqsRequests / 1e6) * prices.sqsPerMillionRequests;
  const cdnGb = (input.cdnBytesPerUser * input.users) / 1e9;
  const cdnRequests = input.cdnRequestsPerUser * input.users;
  const s3Gets = input.s3GetsPerUser * input.users;
  const lines: CostLine[] = [
    { service: 'Lambda requests', quantity: invocations, unit: 'invocations', usd: (invocations / 1e6) * prices.lambdaPerMillionRequests },
    { service: 'Lambda compute (arm64)', quantity: gbSeconds, unit: 'GB-s', usd: gbSeconds * prices.lambdaArmPerGbSecond },
    { service: 'API Gateway HTTP API', quantity: apiRequests, unit: 'requests', usd: (apiRequests / 1e6) * prices.httpApiPerMillionRequests },
    { service: 'DynamoDB reads (on-demand)', quantity: readUnits, unit: 'RRU', usd: (readUnits / 1e6) * prices.dynamodbPerMillionReadUnits },
    { service: 'DynamoDB writes (on-demand, GSIs incl.)', quantity: writeUnits, unit: 'WRU', usd: (writeUnits / 1e6) * prices.dynamodbPerMillionWriteUnits },
    { service: 'DynamoDB storage (table + GSIs)', quantity: storageGb, unit: 'GB-month', usd: storageGb * prices.dynamodbStoragePerGbMonth },
    { service: 'DynamoDB PITR (table, no GSIs)', quantity: pitrGb, unit: 'GB-month', usd: pitrGb * prices.dynamodbPitrPerGbMonth },
    { service: 'DynamoDB Streams (Lambda triggers)', quantity: 0, unit: 'billed reads', usd: 0 },
    { service: 'SQS', quantity: sqsRequests, unit: 'requests', usd: (sqsRequests / 1e6) * prices.sqsPerMillionRequests },
    { service: 'S3 GET + storage', quantity: s3Gets, unit: 'GETs', usd: (s3Gets / 1000) * prices.s3GetPer1000 + input.s3StorageGb * prices.s3StoragePerGbMonth },
    { service: 'CloudFront transfer', quantity: cdnGb, unit: 'GB', usd: cdnGb * prices.cloudFrontPerGb },
    { service: 'CloudFront requests', quantity: cdnRequests, unit: 'HTTPS requests', usd: (cdnRequests / 10_000) * prices.cloudFrontPer10kHttpsRequests },
    { service: 'Cognito', quantity: input.users, unit: 'MAU', usd: Math.max(0, input.users - prices.cognitoFreeMau) * prices.cognitoPerMauAboveFree },
    { service: 'CloudWatch Logs', quantity: logGb, unit: 'GB ingested', usd: logGb * (prices.cloudWatchLogsIngestPerGb + prices.cloudWatchLogsStoragePerGbMonth) },
    { service: `X-Ray traces (tracing: ${tracing})`, quantity: traces, unit: 'traces', usd: xrayUsdOf(traces) },
  ];
  const totalUsd = lines.reduce((sum, line) => sum + line.usd, 0);
  const xrayUsd = xrayUsdOf(traces);
  const allTraces = tracesOf('all');
  const byAction = input.actions.map((a) => {
    const n = a.perUserMonth * input.users;
    const usd =
      (n * a.lambdaInvocations * prices.lambdaPerMillionRequests) / 1e6 +
      n * a.lambdaInvocations * (a.lambdaMs / 1000) * (a.memoryMb / 1024) * prices.lambdaArmPerGbSecond +
      (n * a.apiRequests * prices.httpApiPerMillionRequests) / 1e6 +
      (n * a.readUnits * prices.dynamodbPerMillionReadUnits) / 1e6 +
      (n * a.writeUnits * prices.dynamodbPerMillionWriteUnits) / 1e6 +
      (n * a.sqsRequests * prices.sqsPerMillionRequests) / 1e6;
    return { action: a.name, perUserMonth: round(a.perUserMonth, 1), lambdaMs: a.lambdaMs, readUnits: a.readUnits, writeUnits: a.writeUnits, usdPer1000Users: round((usd * 1000) / input.users, 3), source: a.source };
  });
  return {
    lines: lines.map((l) => ({ ...l, quantity: round(l.quantity, 2), usd: round(l.usd, 3) })),
    totalUsd: round(totalUsd, 2),
    perUserUsd: totalUsd / input.users,
    /** What does not grow with users (Lambda's idle long polls of each queue), included in the total. */
    fixedUsd: round(fixedSqsUsd, 3),
    byAction,
    /** X-Ray with every function traced actively (`-c tracing=all`), for comparison. */
    xrayAll: { traces: round(allTraces), usd: round(xrayUsdOf(allTraces), 3), totalUsd: round(totalUsd - xrayUsd + xrayUsdOf(allTraces), 2) },
  };
}
export type CostResult = ReturnType<typeof monthlyCost>;

const SETS_PER_SESSION = 15;
const EXERCISES_PER_SESSION = 5;

/**
 * What an athlete does in a month: active days and sessions from the bench's one usage model
 * (ATHLETE_USAGE, shared with the simulated month of insights); the rest our assumptions.
 */
export const MAU_USAGE = {
  activeDaysPerMonth: (ATHLETE_USAGE.activeDaysPerWeek * 30) / 7,
  sessionsPerMonth: (ATHLETE_USAGE.sessionsPerWeek * 30) / 7,
  setsPerSession: SETS_PER_SESSION,
  /**
   * PRODUCT §12 and useSnapshotSaver: a snapshot when the live view opens, on each set done (the
   * last set of an exercise is its exercise done too: one state, one save), and on a rest ended or a
   * 30-s tick only when the state changed since the last save (assumed once per exercise: draft
   * loads edited between sets). A rest that runs out on its own changes nothing resuming reads:
   * until the saver skipped unchanged states, it saved 15 more a session (41); before the tick
   * rule, every tick of a ~45 min session saved: 90 more.
   */
  snapshotsPerSession: 1 + SETS_PER_SESSION + EXERCISES_PER_SESSION,
  sessionReadsPerSession: 2,
  enrichmentPollsPerSession: 3,
  illustrationLookupsPerSession: 5,
  perActiveDay: { me: 1, today: 2, history: 0.5, records: 0.3, forgeDay: 1, forgeActivities: 0.3, forgeInsights: 0.2, forgeProgression: 0.2 },
  /** Cold SPA loads (new version, cleared cache) and the bytes each moves. */
  spaColdLoadsPerMonth: 6,
  newIllustrationsPerMonth: 10,
  illustrationBytes: 40_000,
  /** CloudFront misses that reach S3. */
  cdnMissRatio: 0.1,
  /**
   * scale-model.ts's table size per athlete (partition counts). The cost model does not use it: it
   * measures a year of history (bench/storage.ts, CostMeasurements.storage).
   */
  storageGbPerUser: (12 * ((3 * 52) / 12) * 20_000) / 1e9,
  illustrationStorageGb: 0.05,
  logBytesPerInvocation: 600,
  /** The manifest's queues (enrichment, illustrations, wearable imports), each with a Lambda event source mapping. */
  polledQueues: 3,
  /** Stream consumers per session (enqueue enrichment, project changes, Forge sync, day totals) and the enrichment worker. */
  asyncInvocationsPerSession: 5,
  asyncMsPerInvocation: 30,
  /** Enrichment: one SQS message per session (send, receive, delete). */
  sqsRequestsPerSession: 3,
  memoryMb: 512,
} as const;

/**
 * The history a year of the usage model leaves per athlete (bench/storage.ts scales the measured
 * items to it): its sessions, each on a day of its own (3 a week), and its active days.
 */
export const YEAR_OF_HISTORY = {
  sessionsPerYear: MAU_USAGE.sessionsPerMonth * 12,
  trainingDaysPerYear: MAU_USAGE.sessionsPerMonth * 12,
  activeDaysPerYear: MAU_USAGE.activeDaysPerMonth * 12,
} as const;

/**
 * Lambda's pollers of an SQS event source mapping (AWS Lambda docs, "Configuring scaling behavior for
 * SQS event source mappings"): at low traffic it long-polls with five concurrent batches and "can
 * optimize to as few as 2", an optimization lost when the mapping sets a maximum concurrency (ours
 * set none, nor a batching window). Each poll waits 20 s, so an idle poller makes 3 ReceiveMessage
 * calls a minute, billed like any request, whether or not a message came. The model charges the
 * five (the documented floor it does not have to optimize); `pollersPerQueueLow` prints the two.
 */
export const SQS_POLLING = { waitSeconds: 20, pollersPerQueue: 5, pollersPerQueueLow: 2 } as const;
const pollsPerPollerMonth = (60 / SQS_POLLING.waitSeconds) * 60 * 24 * 30;
export const LONG_POLL_REQUESTS_PER_QUEUE = SQS_POLLING.pollersPerQueue * pollsPerPollerMonth;

/** What the bench measured, as the cost model reads it. */
export interface CostMeasurements {
  /** Read endpoints at 1 client: p50 latency and request units per call. */
  reads: Record<string, { p50Ms: number; readUnits: number; writeUnits: number }>;
  /** Session write routes, one call at a time, each with the asynchronous work it sets off. */
  writes: Record<string, { p50Ms: number; readUnits: number; writeUnits: number }>;
  /** The simulated month, per athlete: insights API requests, their request units, mean latency. */
  insights: { requestsPerUser: number; readUnitsPerUser: number; writeUnitsPerUser: number; meanMs: number };
  /** SPA bytes moved by a cold load (initial JS + CSS, gzip). */
  spaColdLoadBytes: number;
  /** A year of an athlete's history, measured (bench/storage.ts): table bytes, and its GSI entries' bytes. */
  storage: { tableBytesPerUser: number; indexBytesPerUser: number };
}

export function buildCostInput(m: CostMeasurements, usage: typeof MAU_USAGE = MAU_USAGE, users = 1000, tracing: TracingPolicy = DEFAULT_TRACING_POLICY): CostInput {
  const u = usage;
  const route = (name: string, perUserMonth: number, measured: { p50Ms: number; readUnits: number; writeUnits: number } | undefined, source = 'measured'): CostAction => {
    if (!measured) throw new Error(`cost model: no measurement for ${name}`);
    return { name, perUserMonth, apiRequests: 1, lambdaInvocations: 1, lambdaMs: measured.p50Ms, memoryMb: u.memoryMb, readUnits: measured.readUnits, writeUnits: measured.writeUnits, sqsRequests: 0, source };
  };
  const day = u.activeDaysPerMonth;
  const s = u.sessionsPerMonth;
  return {
    users,
    actions: [
      route('GET /me', u.perActiveDay.me * day, m.reads['GET /me']),
      route('GET /training/today', u.perActiveDay.today * day, m.reads['GET /training/today']),
      route('GET /training/sessions', u.perActiveDay.history * day, m.reads['GET /training/sessions']),
      route('GET /training/records', u.perActiveDay.records * day, m.reads['GET /training/records']),
      route('GET /forge/day', u.perActiveDay.forgeDay * day, m.reads['GET /forge/day']),
      route('GET /forge/activities', u.perActiveDay.forgeActivities * day, m.reads['GET /forge/activities']),
      route('GET /forge/insights', u.perActiveDay.forgeInsights * day, m.reads['GET /forge/insights']),
      route('GET /forge/progression', u.perActiveDay.forgeProgression * day, m.reads['GET /forge/progression']),
      route('GET /illustrations', u.illustrationLookupsPerSession * s, m.reads['GET /illustrations']),
      route('GET /training/sessions/{id} + …/enrichment polls', (u.sessionReadsPerSession + u.enrichmentPollsPerSession) * s, m.reads['GET /me'], 'costed like GET /me (one GetItem)'),
      {
        name: 'GET /training/insights + /progression',
        perUserMonth: m.insights.requestsPerUser,
        apiRequests: 1,
        lambdaInvocations: 1,
        lambdaMs: m.insights.meanMs,
        memoryMb: u.memoryMb,
        readUnits: m.insights.requestsPerUser ? m.insights.readUnitsPerUser / m.insights.requestsPerUser : 0,
        writeUnits: m.insights.requestsPerUser ? m.insights.writeUnitsPerUser / m.insights.requestsPerUser : 0,
        sqsRequests: 0,
        source: 'simulated month (tier mix) × tier latencies',
      },
      route('POST /training/sessions', s, m.writes['POST /training/sessions']),
      route('POST …/start', s, m.writes['POST …/start']),
      route('POST …/sets', u.setsPerSession * s, m.writes['POST …/sets']),
      route('PUT …/snapshot', u.snapshotsPerSession * s, m.writes['PUT …/snapshot']),
      route('POST …/complete', s, m.writes['POST …/complete']),
      {
        name: 'stream consumers + enrichment worker (invocations)',
        perUserMonth: s,
        apiRequests: 0,
        lambdaInvocations: u.asyncInvocationsPerSession,
        lambdaMs: u.asyncMsPerInvocation,
        memoryMb: u.memoryMb,
        readUnits: 0,
        writeUnits: 0,
        sqsRequests: u.sqsRequestsPerSession,
        source: 'assumed (their request units are in the routes that set them off)',
      },
    ],
    logBytesPerInvocation: u.logBytesPerInvocation,
    storageGbPerUser: (m.storage.tableBytesPerUser + m.storage.indexBytesPerUser) / 1e9,
    pitrGbPerUser: m.storage.tableBytesPerUser / 1e9,
    cdnBytesPerUser: u.spaColdLoadsPerMonth * m.spaColdLoadBytes + u.newIllustrationsPerMonth * u.illustrationBytes,
    cdnRequestsPerUser: u.spaColdLoadsPerMonth * 6 + u.newIllustrationsPerMonth,
    s3GetsPerUser: (u.spaColdLoadsPerMonth * 6 + u.newIllustrationsPerMonth) * u.cdnMissRatio,
    s3StorageGb: u.illustrationStorageGb,
    fixedSqsRequests: u.polledQueues * LONG_POLL_REQUESTS_PER_QUEUE,
    tracing,
    secondsPerMonth: 30 * 86_400,
  };
}

export function printCost(result: CostResult, aiUsdPer1000: number | null) {
  const { storageGbPerUser: _scaleModelOnly, ...costAssumptions } = MAU_USAGE;
  console.log(`\nAWS cost model per 1,000 monthly active athletes (us-east-1 on-demand, prices as of ${AWS_PRICES.asOf}):`);
  console.table(result.byAction);
  console.table(result.lines);
  const within = result.totalUsd <= 5 ? 'within' : 'OVER';
  console.log(
    `  total (AI excluded): $${result.totalUsd} per 1,000 MAU·month (${within} the $5 target); AI: ${aiUsdPer1000 === null ? 'not simulated' : `$${aiUsdPer1000} (target $2: ${aiUsdPer1000 <= 2 ? 'within' : 'OVER'})`}` +
      `\n  assumptions: ${JSON.stringify(costAssumptions)}` +
      '\n  Lambda duration = the local p50 latency of the route (an upper bound of billed duration); no free tiers except Cognito\'s 10,000 MAU and X-Ray\'s 100,000 traces; streams read by Lambda triggers are free.' +
      `\n  X-Ray: Lambda samples 1 request/s + 5 % at a fixed rate (not configurable for functions; a sampling rule does not apply). Deployed: active tracing on the stream/queue/schedule functions, HTTP functions PassThrough (-c tracing=async).` +
      `\n  With every function traced (-c tracing=all): ${result.xrayAll.traces} traces = $${result.xrayAll.usd}, total $${result.xrayAll.totalUsd}.` +
      `\n  SQS: ${MAU_USAGE.polledQueues} queues × ${SQS_POLLING.pollersPerQueue} idle Lambda pollers × 1 ReceiveMessage per ${SQS_POLLING.waitSeconds} s = $${result.fixedUsd} a month whatever the users (included above); ` +
      `if Lambda optimizes to ${SQS_POLLING.pollersPerQueueLow} pollers per queue, $${round((result.fixedUsd * SQS_POLLING.pollersPerQueueLow) / SQS_POLLING.pollersPerQueue, 3)} (total $${round(result.totalUsd - result.fixedUsd * (1 - SQS_POLLING.pollersPerQueueLow / SQS_POLLING.pollersPerQueue), 2)}).`,
  );
}
