import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { endpointsFile } from './paths';

/** What `npm start` writes to .local/endpoints.json so scripts and tests can find the running stack. */
export interface LocalEndpoints {
  apiUrl: string;
  /** The web SPA, served by Vite with /config.json pointing at this stack. */
  webUrl: string;
  region: string;
  cognitoEndpoint: string;
  userPoolId: string;
  userPoolClientId: string;
  tableName: string;
  illustrationsBaseUrl: string;
  illustrationsBucket: string;
  webBucket: string;
  dynamodbEndpoint: string;
  sqsEndpoint: string;
  s3Endpoint: string;
  queueUrls: Record<string, string>;
  dlqUrls: Record<string, string>;
  streamFailuresQueueUrl: string;
  /** The wearable provider simulator (Polar, Withings, Oura under /<provider>, test controls under /_sim). */
  wearablesSimulatorUrl: string;
}

export async function writeEndpoints(endpoints: LocalEndpoints, file = endpointsFile()): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  // Write then rename, so a reader polling for the file never sees it half-written.
  await writeFile(`${file}.tmp`, `${JSON.stringify(endpoints, null, 2)}\n`);
  await rename(`${file}.tmp`, file);
}

export async function readEndpoints(file = endpointsFile()): Promise<LocalEndpoints> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as LocalEndpoints;
  } catch {
    throw new Error(`No local stack found (${file} is missing): run \`npm start\` first.`);
  }
}
