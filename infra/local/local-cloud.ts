import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { QueueEntry } from '../manifest-types';
import { localClients } from './aws-clients';
import { startCognitoLocal } from './emulators/cognito-local';
import { startDynamoDbLocal } from './emulators/dynamodb-local';
import { startS3Local } from './emulators/s3-local';
import { startSqsLocal } from './emulators/sqs-local';
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
  queueUrls: Record<string, string>;
  dlqUrls: Record<string, string>;
  streamFailuresQueueUrl: string;
  cursorSecret: string;
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
  ports: { dynamodb: number; cognito: number; s3: number; sqs: number };
  queues: QueueEntry[];
}): Promise<LocalCloud> {
  const logDir = join(options.stateDir, 'logs');
  const stops: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const stopOne of stops.reverse()) await stopOne().catch(() => undefined);
  };
  try {
    const illustrationsBucket = `${LOCAL_NAME}-illustrations`;
    const webBucket = `${LOCAL_NAME}-web`;
    const [dynamodb, cognito, s3, sqs] = await Promise.all([
      startDynamoDbLocal({ port: options.ports.dynamodb, dataDir: options.persist ? join(options.stateDir, 'dynamodb') : null, logDir }),
      startCognitoLocal({ port: options.ports.cognito, dataDir: join(options.stateDir, 'cognito'), logDir }),
      startS3Local({ port: options.ports.s3, dataDir: join(options.stateDir, 's3'), buckets: [illustrationsBucket, webBucket] }),
      startSqsLocal({ port: options.ports.sqs }),
    ]);
    stops.push(dynamodb.stop, cognito.stop, s3.stop, sqs.stop);

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
    return {
      endpoints: {
        region: LOCAL_REGION,
        ...base,
        tableName,
        ...pool,
        illustrationsBucket,
        webBucket,
        illustrationsBaseUrl: `${base.s3Endpoint}/${illustrationsBucket}`,
        ...queues,
        cursorSecret: localCursorSecret(options.stateDir),
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** A random cursor key kept with the local state, so cursors stay valid across restarts. */
function localCursorSecret(stateDir: string): string {
  const file = join(stateDir, 'cursor-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(stateDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
