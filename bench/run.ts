/**
 * npm run bench [-- --seconds 10 --clients 50]
 * Starts its own local cloud (DynamoDB in memory) and runtime, routes the handlers' DynamoDB calls
 * through a counting proxy, then measures each endpoint under concurrent clients next to a raw
 * DynamoDB Local GetItem measured in the same run. Prints a table and writes bench/results/*.json.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
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
import { round, runLoad } from './load';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '5' }, clients: { type: 'string', default: '50' } } });
const seconds = Number(values.seconds);
const clients = Number(values.clients);

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
  const email = `bench-${Date.now()}@example.test`;
  await createConfirmedUser(aws.cognito, cloud.endpoints.userPoolId, { email, password: 'Passw0rd!x' });
  const { accessToken } = await signIn(aws.cognito, cloud.endpoints.userPoolClientId, email, 'Passw0rd!x');
  const auth = { authorization: `Bearer ${accessToken}` };

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

  const report = { at: new Date().toISOString(), node: process.version, clients, seconds, rawGetItem: raw, endpoints: rows, bundles };
  console.log(`\nRaw DynamoDB Local GetItem (${clients} clients, ${seconds}s): p50 ${raw.p50Ms} ms, p99 ${raw.p99Ms} ms, ${raw.rps} req/s`);
  console.table(rows.map(({ dynamodbOperations: _ops, ...row }) => row));
  console.table(bundles.map((b) => ({ handler: b.name, 'minified KB': round(b.bytes / 1024, 1), 'init ms': b.initMs, 'under 250 KB': b.bytes <= 250 * 1024, 'under 40 ms': b.initMs <= 40 })));
  mkdirSync(join(repoRoot, 'bench', 'results'), { recursive: true });
  const file = join(repoRoot, 'bench', 'results', `bench-${report.at.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`Results written to ${file}`);
} finally {
  await runtime.stop();
  await proxy.stop();
  await cloud.stop();
  rmSync(stateDir, { recursive: true, force: true });
}
