/**
 * npm run bench [-- --seconds 10 --clients 50] [--web-only | --skip-web] [--lighthouse-runs 5]
 * Starts its own local cloud (DynamoDB in memory) and runtime, routes the handlers' DynamoDB calls
 * through a counting proxy, then measures each endpoint under concurrent clients next to a raw
 * DynamoDB Local GetItem measured in the same run; then the web SPA's budgets (bench/web.ts:
 * bundle sizes, Lighthouse, axe-core) against the same API. Prints tables and writes
 * bench/results/*.json (the web part also bench/results/web.json).
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
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
import { measureBundles } from './bundles';
import { startCountingProxy } from './counting-proxy';
import { apiClient, measureSyncLatency, seedManualActivities, waitForForgeToSettle } from './forge';
import { round, runLoad } from './load';
import { benchOfflineCoach, printOfflineCoach } from './offline-coach';
import { benchWeb, printWeb } from './web';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '5' },
    clients: { type: 'string', default: '50' },
    /** Only the web budgets (bundle sizes, Lighthouse, axe-core). */
    'web-only': { type: 'boolean', default: false },
    /** Everything but the web budgets. */
    'skip-web': { type: 'boolean', default: false },
    'lighthouse-runs': { type: 'string', default: '5' },
  },
});
const seconds = Number(values.seconds);
const clients = Number(values.clients);
const SYNC_RUNS = 20;
const MANUAL_ACTIVITIES = 6;
const webOnly = values['web-only'];

// CPU-only, before anything else runs: the offline coach's time per prescription.
const offlineCoach = webOnly ? null : benchOfflineCoach();

process.env.TWINFORGE_PORTS = 'auto';
const stateDir = mkdtempSync(join(tmpdir(), 'twinforge-bench-'));
const ports = await choosePorts(['dynamodb', 'cognito', 's3', 'sqs']);
const cloud = await startLocalCloud({ stateDir, persist: false, ports, queues: manifest.queues });
const proxy = await startCountingProxy(cloud.endpoints.dynamodbEndpoint);
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
  if (!webOnly) {
    const email = `bench-${Date.now()}@example.test`;
    const { sub } = await createConfirmedUser(aws.cognito, cloud.endpoints.userPoolId, { email, password: 'Passw0rd!x' });
    const { accessToken } = await signIn(aws.cognito, cloud.endpoints.userPoolClientId, email, 'Passw0rd!x');
    const auth = { authorization: `Bearer ${accessToken}` };

    // Forge first, while nothing else runs: session completed → activity readable (and counted),
    // through the stream consumers. Its sessions and a few manual activities are the data the Forge
    // reads below see; the stream is idle again before any load starts.
    const api = apiClient(runtime.apiUrl, accessToken);
    const sync = await measureSyncLatency(api, SYNC_RUNS);
    await seedManualActivities(api, MANUAL_ACTIVITIES);
    await waitForForgeToSettle(api, SYNC_RUNS + MANUAL_ACTIVITIES);

    // Baseline: the raw DynamoDB Local round trip the endpoints are compared with, through the
    // same counting proxy the handlers use, so both sides pay the same extra hop.
    const rawClient = new DynamoDBClient({ region: cloud.endpoints.region, credentials: LOCAL_CREDENTIALS, endpoint: proxy.url });
    const key = { PK: { S: 'BENCH' }, SK: { S: 'raw' } };
    await rawClient.send(new PutItemCommand({ TableName: cloud.endpoints.tableName, Item: { ...key, payload: { S: 'x'.repeat(400) } } }));
    const raw = await runLoad(async () => {
      await rawClient.send(new GetItemCommand({ TableName: cloud.endpoints.tableName, Key: key }));
      return true;
    }, { clients, seconds });

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
    ];
    await fetch(`${runtime.apiUrl}/me`, { headers: auth }); // the first GET /me creates the profile
    const rows = [];
    for (const endpoint of endpoints) {
      proxy.reset();
      const result = await runLoad(async () => {
        const response = await fetch(`${runtime.apiUrl}${endpoint.path}`, { headers: endpoint.headers });
        await response.arrayBuffer();
        return response.ok;
      }, { clients, seconds });
      const perCall = result.calls ? proxy.total() / result.calls : 0;
      const operations = Object.fromEntries(proxy.counts);
      rows.push({
        endpoint: endpoint.name,
        ...result,
        dynamodbRequestsPerCall: round(perCall, 3),
        dynamodbOperations: operations,
        scans: operations.Scan ?? 0,
        targetRequestsPerCall: endpoint.target ?? 0,
        // Handler overhead vs the raw round trips it needs: p50 / (requests × raw GetItem p50).
        ratioToRawP50: perCall >= 0.5 ? round(result.p50Ms / (Math.round(perCall) * raw.p50Ms)) : null,
      });
    }

    const bundles = await measureBundles(
      [...manifest.routes, ...manifest.streamConsumers, ...manifest.queues, ...manifest.schedules].map((e) => ({ name: e.name, handler: e.handler })),
      localFunctionEnvironment(cloud.endpoints),
    );

    // The Day reads a day's summary and all its activities (one Query of ~20 items here), heavier
    // than the 400-byte GetItem baseline: compare it with that same raw Query too, same load.
    const today = new Date().toISOString().slice(0, 10); // the bench user's profile zone is UTC
    const rawDayQuery = await runLoad(async () => {
      await rawClient.send(
        new QueryCommand({
          TableName: cloud.endpoints.tableName,
          IndexName: 'GSI1',
          KeyConditionExpression: 'GSI1PK = :pk AND begins_with(GSI1SK, :day)',
          ExpressionAttributeValues: { ':pk': { S: `USER#${sub}#FORGE` }, ':day': { S: `${today}#` } },
        }),
      );
      return true;
    }, { clients, seconds });
    const day = rows.find((row) => row.endpoint === 'GET /forge/day')!;
    const forge = {
      syncLatency: sync,
      dayLatency: { p50Ms: day.p50Ms, p99Ms: day.p99Ms, dynamodbRequestsPerCall: day.dynamodbRequestsPerCall, rawDayQuery, ratioToRawDayQueryP50: round(day.p50Ms / rawDayQuery.p50Ms) },
    };
    const report = { at: new Date().toISOString(), node: process.version, clients, seconds, rawGetItem: raw, endpoints: rows, bundles, forge, offlineCoach };
    console.log(`\nRaw DynamoDB Local GetItem (${clients} clients, ${seconds}s): p50 ${raw.p50Ms} ms, p99 ${raw.p99Ms} ms, ${raw.rps} req/s`);
    console.table(rows.map(({ dynamodbOperations: _ops, ...row }) => row));
    const within = sync.activityReadable.maxMs <= sync.targetMs ? 'within' : 'OVER';
    console.log(
      `\nForge sync (session completed → activity readable in GET /forge/day, ${sync.activityReadable.runs} runs): p50 ${sync.activityReadable.p50Ms} ms, p99 ${sync.activityReadable.p99Ms} ms, max ${sync.activityReadable.maxMs} ms (${within} the ${sync.targetMs} ms target)` +
        `\nForge sync (→ day totals updated): p50 ${sync.dayTotalsUpdated.p50Ms} ms, p99 ${sync.dayTotalsUpdated.p99Ms} ms, max ${sync.dayTotalsUpdated.maxMs} ms` +
        `\nForge Day latency (GET /forge/day, ${clients} clients): p50 ${day.p50Ms} ms, p99 ${day.p99Ms} ms, ${day.dynamodbRequestsPerCall} DynamoDB request(s) per call; ` +
        `the same raw Query: p50 ${rawDayQuery.p50Ms} ms (ratio ${forge.dayLatency.ratioToRawDayQueryP50})`,
    );
    printOfflineCoach(offlineCoach!);
    console.table(bundles.map((b) => ({ handler: b.name, 'minified KB': round(b.bytes / 1024, 1), 'init ms': b.initMs, 'under 250 KB': b.bytes <= 250 * 1024, 'under 40 ms': b.initMs <= 40 })));
    mkdirSync(join(repoRoot, 'bench', 'results'), { recursive: true });
    const file = join(repoRoot, 'bench', 'results', `bench-${report.at.replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`Results written to ${file}`);
  }

  if (!values['skip-web']) {
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
