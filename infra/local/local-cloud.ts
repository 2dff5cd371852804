import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { QueueEntry } from '../manifest-types';
import { localClients } from './aws-clients';
import { startCognitoLocal } from './emulators/cognito-local';
import { startDynamoDbLocal } from './emulators/dynamodb-local';
import { startS3Local, type S3Notification } from './emulators/s3-local';
import { startSqsLocal } from './emulators/sqs-local';
import { startWearablesSimulator } from './wearables-simulator/server';
import { provisionQueues, provisionTable, provisionUserPool } from './provision';
import { LOCAL_NAME, LOCAL_REGION } from './settings';

export interface CloudEndpoints {
  region: string;
  dynamodbEndpoint: string;
  sqsEndpoint: string;
  s3Endpoint: string;
  cognitoEndpoint: string;
  tableName: string;
  userPoolId: string;
  userPoolClientId: string;
  illustrationsBucket: string;
  webBucket: string;
  illustrationsBaseUrl: string;
  importsBucket: string;
  queueUrls: Record<string, string>;
  dlqUrls: Record<string, string>;
  streamFailuresQueueUrl: string;
  cursorSecret: string;
  wearablesSimulatorUrl: string;
  /** AES-256-GCM key of wearable tokens (base64), kept with the local state like the cursor key. */
  wearablesLocalKey: string;
  /** Where the wearable OAuth callback sends the browser back to. */
  webUrl: string;
}

export interface LocalCloud {
  endpoints: CloudEndpoints;
  stop(): Promise<void>;
}

/**
 * Starts the four emulators and provisions the table, queues, buckets and user pool.
 * `persist: false` keeps DynamoDB in memory (tests); otherwise data stays under stateDir.
 */
export async function startLocalCloud(options: {
  stateDir: string;
  persist: boolean;
  ports: { dynamodb: number; cognito: number; s3: number; sqs: number; wearables?: number };
  queues: QueueEntry[];
  /** The web app's URL (default: the default web port). */
  webUrl?: string;
}): Promise<LocalCloud> {
  const logDir = join(options.stateDir, 'logs');
  const stops: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const stopOne of stops.reverse()) await stopOne().catch(() => undefined);
  };
  try {
    const illustrationsBucket = `${LOCAL_NAME}-illustrations`;
    const webBucket = `${LOCAL_NAME}-web`;
    const importsBucket = `${LOCAL_NAME}-imports`;
    // S3 event notifications → SQS, as the manifest's objectCreatedEvents wire them on AWS (set once the queues exist).
    let forward: (notification: S3Notification) => void = () => undefined;
    const [dynamodb, cognito, s3, sqs] = await Promise.all([
      startDynamoDbLocal({ port: options.ports.dynamodb, dataDir: options.persist ? join(options.stateDir, 'dynamodb') : null, logDir }),
      startCognitoLocal({ port: options.ports.cognito, dataDir: join(options.stateDir, 'cognito'), logDir }),
      startS3Local({
        port: options.ports.s3,
        dataDir: join(options.stateDir, 's3'),
        buckets: [illustrationsBucket, webBucket],
        uploadBuckets: [importsBucket],
        onEvent: (notification) => forward(notification),
      }),
      startSqsLocal({ port: options.ports.sqs }),
    ]);
    stops.push(dynamodb.stop, cognito.stop, s3.stop, sqs.stop);
    const wearables = await startWearablesSimulator({ port: options.ports.wearables ?? 0, stateFile: options.persist ? join(options.stateDir, 'wearables-simulator.json') : null });
    stops.push(wearables.stop);

    const base = {
      dynamodbEndpoint: `http://127.0.0.1:${options.ports.dynamodb}`,
      sqsEndpoint: `http://127.0.0.1:${options.ports.sqs}`,
      s3Endpoint: `http://127.0.0.1:${options.ports.s3}`,
      cognitoEndpoint: `http://127.0.0.1:${options.ports.cognito}`,
    };
    const clients = localClients(base);
    const tableName = LOCAL_NAME;
    const [, queues, pool] = await Promise.all([
      provisionTable(clients.dynamodb, tableName),
      provisionQueues(clients.sqs, LOCAL_NAME, options.queues),
      provisionUserPool(clients.cognito, LOCAL_NAME),
    ]);
    forward = objectCreatedForwarder(clients.sqs, options.queues, queues.queueUrls, { imports: importsBucket });
    return {
      endpoints: {
        region: LOCAL_REGION,
        ...base,
        tableName,
        ...pool,
        illustrationsBucket,
        webBucket,
        illustrationsBaseUrl: `${base.s3Endpoint}/${illustrationsBucket}`,
        importsBucket,
        ...queues,
        cursorSecret: localSecret(options.stateDir, 'cursor-secret'),
        wearablesSimulatorUrl: wearables.url,
        wearablesLocalKey: localSecret(options.stateDir, 'wearables-key', 'base64'),
        webUrl: options.webUrl ?? 'http://localhost:5173',
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Sends each object-created event to the queues whose manifest entry listens to that bucket and prefix. */
function objectCreatedForwarder(sqs: SQSClient, queues: QueueEntry[], queueUrls: Record<string, string>, buckets: Record<'imports', string>) {
  return (notification: S3Notification) => {
    const record = notification.Records[0];
    if (!record?.eventName.startsWith('ObjectCreated:')) return;
    for (const queue of queues) {
      const source = queue.objectCreatedEvents;
      if (!source || buckets[source.bucket] !== record.s3.bucket.name || !record.s3.object.key.startsWith(source.prefix)) continue;
      sqs.send(new SendMessageCommand({ QueueUrl: queueUrls[queue.name], MessageBody: JSON.stringify(notification) })).catch((error: Error) => {
        console.error(`S3 event for ${record.s3.object.key} not delivered to queue ${queue.name}: ${error.message}`);
      });
    }
  };
}

/** A random key kept with the local state, so cursors and sealed tokens stay valid across restarts. */
function localSecret(stateDir: string, name: string, encoding: 'base64url' | 'base64' = 'base64url'): string {
  const file = join(stateDir, name);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(stateDir, { recursive: true });
  const secret = randomBytes(32).toString(encoding);
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
