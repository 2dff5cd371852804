/**
 * npm run bench [-- --seconds 10 --clients 1,10,50 --month-users 50] [--web-only | --skip-web] [--lighthouse-runs 5]
 * npm run bench -- --scenario peak [--peak-athletes 24]   (only the scaled-down peak hour, bench/peak.ts)
 * npm run bench -- --scenario cost   (only a session's writes, costed with the newest full run's reads: bench/cost-scenario.ts)
 * Starts its own local cloud (DynamoDB in memory) and runtime, routes the handlers' DynamoDB calls
 * through a counting proxy (requests and request units), then measures each read endpoint at 1, 10
 * and 50 concurrent clients next to the raw DynamoDB Local round trips it needs, measured in the
 * same run; the insights cache per tier (bench/insights.ts); a simulated month of Conseils and
 * Progression (bench/insights-month.ts: AI generations and cost); a session's writes
 * (bench/lifecycle.ts) and the AWS cost model per 1,000 active athletes (bench/cost.ts); bundles;
 * then the web SPA's budgets (bench/web.ts: bundle sizes, Lighthouse, axe-core) against the same
 * API. Prints tables and writes bench/results/*.json (the web part also bench/results/web.json).
 */
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DynamoDBClient, GetItemCommand, PutItemCommand, QueryCommand } from '@aws-sdk/client-dynamodb';
import { manifest } from '../infra/manifest';
import { localClients } from '../infra/local/aws-clients';
import { startLocalCloud } from '../infra/local/local-cloud';
import { repoRoot } from '../infra/local/paths';
import { choosePorts } from '../infra/local/ports';
import { LOCAL_CREDENTIALS } from '../infra/local/settings';
import { localFunctionEnvironment, startRuntime } from '../infra/local/runtime/runtime';
import { createConfirmedUser, signIn } from '../infra/local/users';
import { forgePartition } from '../shared/db/keys';
import { GSI1 } from '../shared/db/table-definition';
import { measureBundleFloor, measureBundles, printBundleFloor } from './bundles';
import { buildCostInput, MAU_USAGE, monthlyCost, printCost, YEAR_OF_HISTORY } from './cost';
import { newestFullReport, storedReadMeasurements } from './cost-scenario';
import { startCountingProxy } from './counting-proxy';
import { createPartitionRecorder } from './partition-recorder';
import { printPeak, runPeakScenario } from './peak';
import { measureEnrichmentPickup, printEnrichmentPickup } from './enrichment-pickup';
import { apiClient, completeSessions, measureSyncLatency, seedManualActivities, waitForForgeToSettle } from './forge';
import { measureGeneratedAndMemory, measureTable, printInsightTiers } from './insights';
import { printInsightsMonth, simulateInsightsMonth } from './insights-month';
import { SEED_USAGE } from './insights-usage';
import { lifecycleWrites, measureSessionLifecycle } from './lifecycle';
import { measureStorage, printStorage } from './storage';
import { round, runLoad } from './load';
import { printReadRatios, readRatio } from './read-ratios';
import { benchOfflineCoach, printOfflineCoach } from './offline-coach';
import { benchIllustrations, printIllustrations } from './illustrations';
import { benchWeb, printWeb } from './web';
import { benchWearableFiles, printWearableFiles } from './wearables';
import { benchPollThroughput, printPollThroughput } from './wearables-poll';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '5' },
    /** Concurrent clients of each read measurement (the last one also checks for errors). */
    clients: { type: 'string', default: '1,10,50' },
    /** Athletes simulated through the real insights code for the month (scaled to 1,000). */
    'month-users': { type: 'string', default: '50' },
    /** Only the web budgets (bundle sizes, Lighthouse, axe-core). */
    'web-only': { type: 'boolean', default: false },
    /** Everything but the web budgets. */
    'skip-web': { type: 'boolean', default: false },
    'lighthouse-runs': { type: 'string', default: '5' },
    /** `peak`: only the scaled-down peak hour of docs/scale.md (bench/peak.ts), with its athletes; `cost`: only the session writes, re-costed. */
    scenario: { type: 'string', default: 'all' },
    'peak-athletes': { type: 'string', default: '24' },
  },
});
const seconds = Number(values.seconds);
const clientLevels = values.clients.split(',').map(Number);
if (clientLevels.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--clients must list positive integers (got ${values.clients})`);
const clients = clientLevels.at(-1)!;
const monthUsers = Number(values['month-users']);
const SYNC_RUNS = 20;
const MANUAL_ACTIVITIES = 6;
/** Athletes (with a few completed sessions each) whose insights are measured per tier. */
const TIER_USERS = 6;
const TIER_SESSIONS = 3;
const LIFECYCLE_SESSIONS = 3;
const peakOnly = values.scenario === 'peak';
const costOnly = values.scenario === 'cost';
if (!['all', 'peak', 'cost'].includes(values.scenario)) throw new Error(`--scenario must be all, peak or cost (got ${values.scenario})`);
const webOnly = values['web-only'];

// CPU-only, before anything else runs: the offline coach's time per prescription.
const offlineCoach = webOnly || peakOnly || costOnly ? null : benchOfflineCoach();
const illustrations = webOnly || peakOnly || costOnly ? null : await benchIllustrations();
const wearableFiles = webOnly || peakOnly || costOnly ? null : await benchWearableFiles();

process.env.TWINFORGE_PORTS = 'auto';
const stateDir = mkdtempSync(join(tmpdir(), 'twinforge-bench-'));
const ports = await choosePorts(['dynamodb', 'cognito', 's3', 'sqs']);
const cloud = await startLocalCloud({ stateDir, persist: false, ports, queues: manifest.queues });
const recorder = createPartitionRecorder();
const proxy = await startCountingProxy(cloud.endpoints.dynamodbEndpoint, { observe: recorder.observe });
const runtime = await startRuntime({
  manifest,
  endpoints: cloud.endpoints,
  apiPort: 0,
  runSchedules: false,
  sweepTtl: false,
  environment: { AWS_ENDPOINT_URL_DYNAMODB: proxy.url },
});

try {
  const aws = localClients(cloud.endpoints);
  /** Reads the table directly (not through the counting proxy): storage is read back after the measured work. */
  const tableReader = () => new DynamoDBClient({ region: cloud.endpoints.region, credentials: LOCAL_CREDENTIALS, endpoint: cloud.endpoints.dynamodbEndpoint });
  if (peakOnly) {
    const peak = await runPeakScenario(
      { apiUrl: runtime.apiUrl, proxy, recorder, cognito: aws.cognito, userPoolId: cloud.endpoints.userPoolId, clientId: cloud.endpoints.userPoolClientId },
      { athletes: Number(values['peak-athletes']) },
    );
    printPeak(peak);
    mkdirSync(join(repoRoot, 'bench', 'results'), { recursive: true });
    const file = join(repoRoot, 'bench', 'results', `peak-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, `${JSON.stringify({ at: new Date().toISOString(), node: process.version, ...peak }, null, 2)}\n`);
    console.log(`Peak results written to ${file}`);
    if (!peak.passed) process.exitCode = 1;
  }
  if (costOnly) {
    const email = `bench-cost-${Date.now()}@example.test`;
    const { sub } = await createConfirmedUser(aws.cognito, cloud.endpoints.userPoolId, { email, password: 'Passw0rd!x' });
    const api = apiClient(runtime.apiUrl, (await signIn(aws.cognito, cloud.endpoints.userPoolClientId, email, 'Passw0rd!x')).accessToken);
    const resultsDir = join(repoRoot, 'bench', 'results');
    const stored = newestFullReport(resultsDir);
    const lifecycle = await measureSessionLifecycle(api as Parameters<typeof measureSessionLifecycle>[0], proxy, LIFECYCLE_SESSIONS);
    const storage = await measureStorage(tableReader(), cloud.endpoints.tableName, sub, YEAR_OF_HISTORY);
    const costMeasurements = { ...storedReadMeasurements(stored.report, MAU_USAGE), writes: lifecycleWrites(lifecycle), storage };
    const costInput = buildCostInput(costMeasurements);
    const cost = monthlyCost(costInput);
    console.log(`\nA session's writes (${lifecycle.sessions} sessions; reads, insights and SPA bytes from ${stored.file}):`);
    console.table(lifecycle.actions);
    printStorage(storage);
    printCost(cost, null);
    const file = join(resultsDir, `cost-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, `${JSON.stringify({ at: new Date().toISOString(), node: process.version, readsFrom: stored.file, lifecycle, storage, cost: { measurements: costMeasurements, input: costInput, result: cost } }, null, 2)}\n`);
    console.log(`Cost results written to ${file}`);
  }
  if (!webOnly && !peakOnly && !costOnly) {
    const email = `bench-${Date.now()}@example.test`;
    const { sub } = await createConfirmedUser(aws.cognito, cloud.endpoints.userPoolId, { email, password: 'Passw0rd!x' });
    const { accessToken } = await signIn(aws.cognito, cloud.endpoints.userPoolClientId, email, 'Passw0rd!x');
    const auth = { authorization: `Bearer ${accessToken}` };

    // Forge first, while nothing else runs: session completed → activity readable (and counted),
    // through the stream consumers. Its sessions and a few manual activities are the data the Forge
    // reads below see; the stream is idle again before any load starts.
    const api = apiClient(runtime.apiUrl, accessToken);
    const sync = await measureSyncLatency(api, SYNC_RUNS);
    // Its own athlete: these open, enriched sessions stay out of the main athlete's data (storage, reads).
    const pickupEmail = `bench-enrichment-${Date.now()}@example.test`;
    await createConfirmedUser(aws.cognito, cloud.endpoints.userPoolId, { email: pickupEmail, password: 'Passw0rd!x' });
    const pickupApi = apiClient(runtime.apiUrl, (await signIn(aws.cognito, cloud.endpoints.userPoolClientId, pickupEmail, 'Passw0rd!x')).accessToken);
    const enrichmentPickup = await measureEnrichmentPickup(pickupApi, SYNC_RUNS);
    await seedManualActivities(api, MANUAL_ACTIVITIES);
    await waitForForgeToSettle(api, SYNC_RUNS + MANUAL_ACTIVITIES);

    // Insights tiers, phase 1 (generation, then memory); the table tier is measured at the end,
    // once the 2-minute memory tier has let go. Each athlete has a few completed sessions.
    const tierTokens: string[] = [];
    for (let i = 0; i < TIER_USERS; i++) {
      const tierEmail = `bench-tiers-${i}-${Date.now()}@example.test`;
      await createConfirmedUser(aws.cognito, cloud.endpoints.userPoolId, { email: tierEmail, password: 'Passw0rd!x' });
      const token = (await signIn(aws.cognito, cloud.endpoints.userPoolClientId, tierEmail, 'Passw0rd!x')).accessToken;
      const tierApi = apiClient(runtime.apiUrl, token);
      await completeSessions(tierApi, TIER_SESSIONS);
      // The completions' stream work (Forge sync, insights invalidation) is done before any insight is read.
      await waitForForgeToSettle(tierApi, TIER_SESSIONS);
      tierTokens.push(token);
    }
    const tierRecorder = await measureGeneratedAndMemory(runtime.apiUrl, tierTokens, proxy);

    // Baseline: the raw DynamoDB Local round trips the endpoints are compared with, through the
    // same counting proxy the handlers use, so both sides pay the same extra hop: a GetItem of a
    // 400-byte item and the Day's Query (one day of activities, ~26 items).
    const rawClient = new DynamoDBClient({ region: cloud.endpoints.region, credentials: LOCAL_CREDENTIALS, endpoint: proxy.url });
    const key = { PK: { S: 'BENCH' }, SK: { S: 'raw' } };
    await rawClient.send(new PutItemCommand({ TableName: cloud.endpoints.tableName, Item: { ...key, payload: { S: 'x'.repeat(400) } } }));
    const today = new Date().toISOString().slice(0, 10); // the bench user's profile zone is UTC
    const rawGet = () => rawClient.send(new GetItemCommand({ TableName: cloud.endpoints.tableName, Key: key })).then(() => true);
    const rawQuery = () =>
      rawClient
        .send(
          new QueryCommand({
            TableName: cloud.endpoints.tableName,
            IndexName: GSI1,
            KeyConditionExpression: 'GSI1PK = :pk AND begins_with(GSI1SK, :day)',
            ExpressionAttributeValues: { ':pk': { S: forgePartition(sub) }, ':day': { S: `${today}#` } },
          }),
        )
        .then(() => true);

    const endpoints: Array<{ name: string; path: string; headers?: Record<string, string>; target?: number }> = [
      { name: 'GET /health', path: '/health' },
      { name: 'GET /me', path: '/me', headers: auth, target: 1 },
      { name: 'GET /training/today', path: '/training/today', headers: auth, target: 2 },
      { name: 'GET /training/sessions', path: '/training/sessions?period=month&limit=20', headers: auth, target: 1 },
      { name: 'GET /training/records', path: '/training/records', headers: auth, target: 1 },
      { name: 'GET /forge/day', path: '/forge/day', headers: auth, target: 1 },
      { name: 'GET /forge/activities', path: '/forge/activities?limit=20', headers: auth, target: 1 },
      { name: 'GET /forge/insights', path: '/forge/insights?period=month', headers: auth, target: 1 },
      { name: 'GET /forge/progression', path: '/forge/progression?period=quarter', headers: auth, target: 1 },
      { name: 'GET /illustrations', path: '/illustrations?exercise=back-squat&discipline=strength', headers: auth, target: 1 },
    ];
    await fetch(`${runtime.apiUrl}/me`, { headers: auth }); // the first GET /me creates the profile
    await fetch(`${runtime.apiUrl}${endpoints.at(-1)!.path}`, { headers: auth }); // a first lookup may queue the illustration
    const levels = [];
    for (const level of clientLevels) {
      proxy.reset();
      const raw = { GetItem: await runLoad(rawGet, { clients: level, seconds }), Query: await runLoad(rawQuery, { clients: level, seconds }) };
      const rows = [];
      for (const endpoint of endpoints) {
        proxy.reset();
        const result = await runLoad(async () => {
          const response = await fetch(`${runtime.apiUrl}${endpoint.path}`, { headers: endpoint.headers });
          await response.arrayBuffer();
          return response.ok;
        }, { clients: level, seconds });
        const perCall = result.calls ? proxy.total() / result.calls : 0;
        const operations = Object.fromEntries(proxy.counts);
        rows.push({
          endpoint: endpoint.name,
          ...result,
          dynamodbRequestsPerCall: round(perCall, 3),
          dynamodbOperations: operations,
          readUnitsPerCall: round(result.calls ? proxy.capacity.readUnits / result.calls : 0, 3),
          writeUnitsPerCall: round(result.calls ? proxy.capacity.writeUnits / result.calls : 0, 3),
          scans: operations.Scan ?? 0,
          targetRequestsPerCall: endpoint.target ?? 0,
          ...readRatio(result.p50Ms, operations, result.calls, { GetItem: raw.GetItem.p50Ms, Query: raw.Query.p50Ms }),
        });
      }
      levels.push({ clients: level, raw, endpoints: rows });
    }
    const loadLevel = levels.at(-1)!;
    const rows = loadLevel.endpoints;
    const singleClient = levels[0]!;

    const bundles = await measureBundles(
      [...manifest.routes, ...manifest.streamReaders, ...manifest.streamConsumers, ...manifest.queues, ...manifest.schedules].map((e) => ({ name: e.name, handler: e.handler })),
      localFunctionEnvironment(cloud.endpoints),
    );
    const bundleFloor = await measureBundleFloor(localFunctionEnvironment(cloud.endpoints));

    // The Day reads a day's summary and all its activities (one Query of ~26 items): compared with
    // that same raw Query, same load (the busiest level).
    const day = rows.find((row) => row.endpoint === 'GET /forge/day')!;
    const forge = {
      syncLatency: sync,
      dayLatency: { p50Ms: day.p50Ms, p99Ms: day.p99Ms, dynamodbRequestsPerCall: day.dynamodbRequestsPerCall, rawDayQuery: loadLevel.raw.Query, ratioToRawDayQueryP50: round(day.p50Ms / loadLevel.raw.Query.p50Ms) },
    };

    // A session's writes, then the simulated month, then the table tier of the insights.
    const lifecycle = await measureSessionLifecycle(api as Parameters<typeof measureSessionLifecycle>[0], proxy, LIFECYCLE_SESSIONS);
    // The athlete's items after the Forge runs and the lifecycle (its manual activities included).
    const storage = await measureStorage(tableReader(), cloud.endpoints.tableName, sub, YEAR_OF_HISTORY);
    const month = await simulateInsightsMonth({ users: monthUsers, usage: SEED_USAGE, runId: String(Date.now()), proxy });
    const insightTiers = await measureTable(runtime.apiUrl, tierTokens, proxy, tierRecorder);
    // Last of the API work: it waits for the provider's next rate-limit window.
    const wearablesPoll = await benchPollThroughput({
      apiUrl: runtime.apiUrl,
      simulatorUrl: cloud.endpoints.wearablesSimulatorUrl,
      cognito: aws.cognito,
      userPoolId: cloud.endpoints.userPoolId,
      clientId: cloud.endpoints.userPoolClientId,
      runJob: (name) => runtime.runJob(name),
    });

    const tierMs = (tier: string) => {
      const rowsOfTier = insightTiers.filter((row) => row.tier.includes(tier));
      return rowsOfTier.length ? rowsOfTier.reduce((sum, row) => sum + row.p50Ms, 0) / rowsOfTier.length : 0;
    };
    const answered = Object.values(month.requests).reduce((acc, r) => ({ memory: acc.memory + r.memory, table: acc.table + r.table, generated: acc.generated + r.generated }), { memory: 0, table: 0, generated: 0 });
    const answeredTotal = Math.max(1, answered.memory + answered.table + answered.generated);
    const webFile = join(repoRoot, 'bench', 'results', 'web.json');
    const web = existsSync(webFile) ? (JSON.parse(readFileSync(webFile, 'utf8')) as { initial?: { gzipBytes?: number; cssGzipBytes?: number } }) : null;
    const costMeasurements = {
      reads: Object.fromEntries(singleClient.endpoints.map((row) => [row.endpoint, { p50Ms: row.p50Ms, readUnits: row.readUnitsPerCall, writeUnits: row.writeUnitsPerCall }])),
      writes: lifecycleWrites(lifecycle),
      insights: {
        requestsPerUser: (month.totals.apiRequests - month.totals.refreshRefused) / month.users,
        readUnitsPerUser: month.dynamodb.readUnits / month.users,
        writeUnitsPerUser: month.dynamodb.writeUnits / month.users,
        meanMs: round((answered.memory * tierMs('tier 1') + answered.table * tierMs('tier 2') + answered.generated * tierMs('tier 3')) / answeredTotal),
      },
      // A cold SPA load moves the initial JS and CSS (gzip), from the last web bench (else 130 KB).
      spaColdLoadBytes: web?.initial?.gzipBytes ? web.initial.gzipBytes + (web.initial.cssGzipBytes ?? 0) : 130_000,
      storage: { tableBytesPerUser: storage.tableBytesPerUser, indexBytesPerUser: storage.indexBytesPerUser },
    };
    const costInput = buildCostInput(costMeasurements);
    const cost = monthlyCost(costInput);

    const report = {
      at: new Date().toISOString(),
      node: process.version,
      clients: clientLevels,
      seconds,
      rawGetItem: loadLevel.raw.GetItem,
      endpoints: rows,
      readRatios: levels,
      insightTiers,
      insightsMonth: month,
      lifecycle,
      storage,
      cost: { measurements: costMeasurements, input: costInput, result: cost },
      bundles,
      bundleFloor,
      forge,
      enrichmentPickup,
      offlineCoach,
      illustrations,
      wearableFiles,
      wearablesPoll,
    };
    const raw = loadLevel.raw.GetItem;
    console.log(`\nRaw DynamoDB Local GetItem (${clients} clients, ${seconds}s): p50 ${raw.p50Ms} ms, p99 ${raw.p99Ms} ms, ${raw.rps} req/s`);
    console.table(rows.map(({ dynamodbOperations: _ops, ...row }) => row));
    printReadRatios(levels);
    const within = sync.activityReadable.maxMs <= sync.targetMs ? 'within' : 'OVER';
    console.log(
      `\nForge sync (session completed → activity readable in GET /forge/day, ${sync.activityReadable.runs} runs): p50 ${sync.activityReadable.p50Ms} ms, p99 ${sync.activityReadable.p99Ms} ms, max ${sync.activityReadable.maxMs} ms (${within} the ${sync.targetMs} ms target)` +
        `\nForge sync (→ day totals updated): p50 ${sync.dayTotalsUpdated.p50Ms} ms, p99 ${sync.dayTotalsUpdated.p99Ms} ms, max ${sync.dayTotalsUpdated.maxMs} ms` +
        `\nForge Day latency (GET /forge/day, ${clients} clients): p50 ${day.p50Ms} ms, p99 ${day.p99Ms} ms, ${day.dynamodbRequestsPerCall} DynamoDB request(s) per call; ` +
        `the same raw Query: p50 ${loadLevel.raw.Query.p50Ms} ms (ratio ${forge.dayLatency.ratioToRawDayQueryP50})`,
    );
    printEnrichmentPickup(enrichmentPickup);
    printInsightTiers(insightTiers);
    printInsightsMonth(month);
    console.log(`\nA session's writes (${lifecycle.sessions} sessions, one call at a time, each with the stream and queue work it sets off; request units from DynamoDB Local):`);
    console.table(lifecycle.actions);
    printStorage(storage);
    printCost(cost, month.ai.costUsdPer1000Users);
    printOfflineCoach(offlineCoach!);
    printIllustrations(illustrations!);
    printWearableFiles(wearableFiles!);
    printPollThroughput(wearablesPoll);
    console.table(bundles.map((b) => ({ handler: b.name, 'minified KB': round(b.bytes / 1024, 1), 'init ms': b.initMs, 'under 250 KB': b.bytes <= 250 * 1024, 'under 40 ms': b.initMs <= 40 })));
    printBundleFloor(bundleFloor);
    mkdirSync(join(repoRoot, 'bench', 'results'), { recursive: true });
    const file = join(repoRoot, 'bench', 'results', `bench-${report.at.replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`Results written to ${file}`);
  }

  if (!values['skip-web'] && !peakOnly && !costOnly) {
    const { region, cognitoEndpoint, userPoolId, userPoolClientId, illustrationsBaseUrl } = cloud.endpoints;
    const web = await benchWeb({
      spaConfig: { apiUrl: runtime.apiUrl, region, cognitoEndpoint, userPoolId, userPoolClientId, illustrationsBaseUrl },
      cognito: aws.cognito,
      lighthouseRuns: Number(values['lighthouse-runs']),
    });
    printWeb(web);
    mkdirSync(join(repoRoot, 'bench', 'results'), { recursive: true });
    const file = join(repoRoot, 'bench', 'results', 'web.json');
    writeFileSync(file, `${JSON.stringify({ at: new Date().toISOString(), node: process.version, ...web }, null, 2)}\n`);
    console.log(`Web results written to ${file}`);
  }
} finally {
  await runtime.stop();
  await proxy.stop();
  await cloud.stop();
  rmSync(stateDir, { recursive: true, force: true });
}
