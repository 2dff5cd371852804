/**
 * `npm start`: the whole app on this machine. Starts DynamoDB Local, cognito-local, s3rver and
 * local-aws-sqs, provisions them from the same definitions as CDK, then runs every manifest entry
 * in a watched runtime process, serves the web SPA (Vite) and prints sign-up confirmation codes.
 * Flags: --fresh (wipe .local first), --no-watch. Refuses to start (touching nothing) while another
 * `npm start` holds the same state directory (`.local/npm-start.pid`).
 */
import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { manifest } from '../manifest';
import { MissingJavaError } from './emulators/dynamodb-local';
import { cognitoPoolFile, watchConfirmationCodes } from './confirmation-codes';
import { writeEndpoints, type LocalEndpoints } from './endpoints';
import { startLocalCloud } from './local-cloud';
import { endpointsFile, localDir, repoRoot } from './paths';
import { choosePorts, PortBusyError } from './ports';
import { assertStateDirFree, lockStateDir, StateDirInUseError } from './state-lock';
import { startWebServer, type WebServer } from './web-server';

const args = new Set(process.argv.slice(2));
const started = performance.now();
const stateDir = localDir();

async function main() {
  // Before anything touches the state directory: a running stack there keeps its data.
  assertStateDirFree(stateDir);
  if (args.has('--fresh')) rmSync(stateDir, { recursive: true, force: true });
  const unlock = lockStateDir(stateDir);
  const ports = await choosePorts(['api', 'web', 'dynamodb', 'cognito', 's3', 'sqs', 'wearables']);
  const cloud = await startLocalCloud({ stateDir, persist: process.env.TWINFORGE_IN_MEMORY !== '1', ports, queues: manifest.queues, webUrl: `http://localhost:${ports.web}` });

  const cloudFile = join(stateDir, 'cloud.json');
  writeFileSync(cloudFile, JSON.stringify(cloud.endpoints, null, 2));
  const tsx = join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const runtimeArgs = args.has('--no-watch')
    ? [tsx, 'infra/local/runtime-main.ts']
    : [tsx, 'watch', '--clear-screen=false', '--exclude', '.local/**', 'infra/local/runtime-main.ts'];
  const runtime = spawn(process.execPath, runtimeArgs, {
    cwd: repoRoot,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, TWINFORGE_CLOUD_FILE: cloudFile, TWINFORGE_API_PORT: String(ports.api) },
  });

  let stopping = false;
  let web: WebServer | null = null;
  const stopWatchingCodes = watchConfirmationCodes(cognitoPoolFile(join(stateDir, 'cognito'), cloud.endpoints.userPoolId), ({ destination, code }) =>
    console.log(`confirmation code for ${destination}: ${code}`),
  );
  const stop = async (code = 0) => {
    if (stopping) return;
    stopping = true;
    stopWatchingCodes();
    runtime.kill('SIGTERM');
    await web?.stop().catch(() => undefined);
    await cloud.stop();
    unlock();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  runtime.once('exit', (code) => {
    if (!stopping) {
      console.error(`The local runtime exited (code ${code}); stopping the emulators.`);
      void stop(1);
    }
  });

  const apiUrl = `http://localhost:${ports.api}`;
  await waitForApi(apiUrl);
  const { region, cognitoEndpoint, userPoolId, userPoolClientId, illustrationsBaseUrl } = cloud.endpoints;
  web = await startWebServer({
    port: ports.web,
    stateDir,
    watch: !args.has('--no-watch'),
    config: { apiUrl, region, cognitoEndpoint, userPoolId, userPoolClientId, illustrationsBaseUrl },
  });
  const endpoints: LocalEndpoints = {
    apiUrl,
    webUrl: web.url,
    region: cloud.endpoints.region,
    cognitoEndpoint: cloud.endpoints.cognitoEndpoint,
    userPoolId: cloud.endpoints.userPoolId,
    userPoolClientId: cloud.endpoints.userPoolClientId,
    tableName: cloud.endpoints.tableName,
    illustrationsBaseUrl: cloud.endpoints.illustrationsBaseUrl,
    illustrationsBucket: cloud.endpoints.illustrationsBucket,
    webBucket: cloud.endpoints.webBucket,
    dynamodbEndpoint: cloud.endpoints.dynamodbEndpoint,
    sqsEndpoint: cloud.endpoints.sqsEndpoint,
    s3Endpoint: cloud.endpoints.s3Endpoint,
    queueUrls: cloud.endpoints.queueUrls,
    dlqUrls: cloud.endpoints.dlqUrls,
    streamFailuresQueueUrl: cloud.endpoints.streamFailuresQueueUrl,
    wearablesSimulatorUrl: cloud.endpoints.wearablesSimulatorUrl,
  };
  await writeEndpoints(endpoints);
  console.log(
    [
      '',
      `TwinForge is running (${((performance.now() - started) / 1000).toFixed(1)} s)`,
      `  Web          ${web.url}   (sign-up confirmation codes are printed here)`,
      `  API          ${apiUrl}   (try ${apiUrl}/health, ${apiUrl}/openapi.json)`,
      `  DynamoDB     ${endpoints.dynamodbEndpoint}   table ${endpoints.tableName}`,
      `  Cognito      ${endpoints.cognitoEndpoint}   pool ${endpoints.userPoolId}, client ${endpoints.userPoolClientId}`,
      `  S3           ${endpoints.s3Endpoint}   illustrations ${endpoints.illustrationsBaseUrl}`,
      `  SQS          ${endpoints.sqsEndpoint}`,
      `  Wearables    ${endpoints.wearablesSimulatorUrl}   (simulated Polar, Withings, Oura)`,
      `  Endpoints    ${endpointsFile()}`,
      `  Make a user: npm run user -- create me@example.com 'Passw0rd!' [--admin]`,
      'Ctrl-C stops everything.',
      '',
    ].join('\n'),
  );
}

async function waitForApi(apiUrl: string) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const ok = await fetch(`${apiUrl}/health`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The local API did not answer on ${apiUrl}/health within 30 s.`);
}

main().catch((error: Error) => {
  if (error instanceof PortBusyError || error instanceof MissingJavaError || error instanceof StateDirInUseError) console.error(`✗ ${error.message}`);
  else console.error(`✗ npm start failed: ${error.message}`);
  process.exit(1);
});
