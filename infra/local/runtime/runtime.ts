import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import { functionEnvironment } from '../../environment';
import type { Manifest } from '../../manifest-types';
import type { CloudEndpoints } from '../local-cloud';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../settings';
import { startHttpGateway } from './http-gateway';
import { cognitoVerifier } from './jwt';
import { runJob, startScheduler } from './scheduler';
import { startSqsPollers } from './sqs-poller';
import { startStreamPoller } from './stream-poller';
import { streamReaderSettings } from '../../manifest/stream-readers';
import { startTtlSweeper } from './ttl-sweeper';
import { simClient, SIM_PROVIDERS } from '../wearables-simulator/state';

/** The variables handlers see locally: the same as on Lambda plus the SDK's endpoint overrides. */
export function localFunctionEnvironment(endpoints: CloudEndpoints, stage = 'local'): Record<string, string> {
  return {
    ...functionEnvironment({
      stage,
      tableName: endpoints.tableName,
      queueUrls: endpoints.queueUrls,
      dlqUrls: endpoints.dlqUrls,
      illustrationsBucket: endpoints.illustrationsBucket,
      illustrationsBaseUrl: endpoints.illustrationsBaseUrl,
      importsBucket: endpoints.importsBucket,
      userPoolId: endpoints.userPoolId,
      userPoolClientId: endpoints.userPoolClientId,
      cursorSecret: endpoints.cursorSecret,
    }),
    AWS_REGION: LOCAL_REGION,
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    AWS_ENDPOINT_URL_DYNAMODB: endpoints.dynamodbEndpoint,
    AWS_ENDPOINT_URL_SQS: endpoints.sqsEndpoint,
    AWS_ENDPOINT_URL_S3: endpoints.s3Endpoint,
    AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: endpoints.cognitoEndpoint,
    S3_FORCE_PATH_STYLE: 'true',
    COGNITO_ENDPOINT: endpoints.cognitoEndpoint,
    POWERTOOLS_LOG_LEVEL: process.env.POWERTOOLS_LOG_LEVEL ?? 'WARN',
    POWERTOOLS_METRICS_DISABLED: 'true',
    // Readable logs (indented JSON through the console), and `cold_start` on lines as on Lambda.
    POWERTOOLS_DEV: 'true',
    AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
    ...wearablesEnvironment(endpoints),
  };
}

/** The provider simulator stands in for Polar, Withings and Oura, with the client it accepts. */
function wearablesEnvironment(endpoints: CloudEndpoints): Record<string, string> {
  const env: Record<string, string> = { WEARABLES_SIMULATOR_URL: endpoints.wearablesSimulatorUrl, WEARABLES_LOCAL_KEY: endpoints.wearablesLocalKey, WEB_APP_URL: endpoints.webUrl };
  for (const provider of SIM_PROVIDERS) {
    const { clientId, clientSecret } = simClient(provider);
    env[`WEARABLES_${provider.toUpperCase()}_CLIENT_ID`] = clientId;
    env[`WEARABLES_${provider.toUpperCase()}_CLIENT_SECRET`] = clientSecret;
  }
  return env;
}

export interface RuntimeOptions {
  manifest: Manifest;
  endpoints: CloudEndpoints;
  apiPort: number;
  checkpointFile?: string;
  sweepTtl?: boolean;
  runSchedules?: boolean;
  log?: (line: string) => void;
  /** Extra or overriding handler environment (the bench routes DynamoDB through a counting proxy). */
  environment?: Record<string, string>;
}

/** Runs every manifest entry against the local cloud: HTTP routes, stream consumers, queue workers, schedules. */
export async function startRuntime(options: RuntimeOptions) {
  const { manifest, endpoints } = options;
  Object.assign(process.env, localFunctionEnvironment(endpoints), options.environment);
  const log = options.log ?? (() => undefined);
  const clientConfig = { region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS };
  const sqs = new SQSClient({ ...clientConfig, endpoint: endpoints.sqsEndpoint });
  const dynamodb = new DynamoDBClient({ ...clientConfig, endpoint: endpoints.dynamodbEndpoint });

  const gateway = await startHttpGateway({
    routes: manifest.routes,
    port: options.apiPort,
    verifyToken: cognitoVerifier({ cognitoEndpoint: endpoints.cognitoEndpoint, userPoolId: endpoints.userPoolId, clientId: endpoints.userPoolClientId }),
    log,
  });
  // The OAuth redirect URI the wearable providers send the browser back to (read per request).
  process.env.API_PUBLIC_URL = gateway.url;
  const streams = startStreamPoller({
    readers: streamReaderSettings(manifest),
    dynamodbEndpoint: endpoints.dynamodbEndpoint,
    tableName: endpoints.tableName,
    sqs,
    failureQueueUrl: endpoints.streamFailuresQueueUrl,
    checkpointFile: options.checkpointFile,
    log,
  });
  const workers = startSqsPollers({ queues: manifest.queues, queueUrls: endpoints.queueUrls, sqs, log });
  const scheduler = options.runSchedules === false ? { stop: () => undefined } : startScheduler(manifest.schedules, log);
  const sweeper = options.sweepTtl === false ? { stop: () => undefined } : startTtlSweeper(dynamodb, endpoints.tableName, 60_000, log);

  return {
    apiUrl: gateway.url,
    runJob(name: string) {
      const entry = manifest.schedules.find((s) => s.name === name);
      if (!entry) throw new Error(`Unknown job "${name}"; known: ${manifest.schedules.map((s) => s.name).join(', ') || 'none'}`);
      return runJob(entry);
    },
    async stop() {
      scheduler.stop();
      sweeper.stop();
      await gateway.stop();
      await Promise.all([streams.stop(), workers.stop()]);
      sqs.destroy();
      dynamodb.destroy();
    },
  };
}
