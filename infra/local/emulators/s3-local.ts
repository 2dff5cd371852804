import { mkdirSync } from 'node:fs';
// @ts-expect-error s3rver ships no types
import S3rver from 's3rver';
// @ts-expect-error s3rver ships no types
import S3rverAccount from 's3rver/lib/models/account.js';
import { LOCAL_CREDENTIALS } from '../settings';

// s3rver only knows its own S3RVER key; the handlers sign with the local cloud's one.
(S3rverAccount as { DUMMY_ACCOUNT: { createKeyPair(id: string, secret: string): void } }).DUMMY_ACCOUNT.createKeyPair(LOCAL_CREDENTIALS.accessKeyId, LOCAL_CREDENTIALS.secretAccessKey);

/** Lets the browser PUT to presigned URLs (the imports bucket), as the bucket's CORS rule does on AWS. */
const UPLOAD_CORS = Buffer.from(
  '<CORSConfiguration><CORSRule><AllowedOrigin>*</AllowedOrigin><AllowedMethod>PUT</AllowedMethod><AllowedHeader>content-type</AllowedHeader><MaxAgeSeconds>3000</MaxAgeSeconds></CORSRule></CORSConfiguration>',
);

/** An S3 event notification as s3rver emits it (the same JSON S3 sends to SQS). */
export interface S3Notification {
  Records: Array<{ eventName: string; s3: { bucket: { name: string }; object: { key: string; size?: number } } }>;
}

/**
 * s3rver in this process; objects live under dataDir. `uploadBuckets` accept browser PUTs
 * (CORS); `onEvent` receives every object event, like an S3 event notification.
 */
export async function startS3Local(options: {
  port: number;
  dataDir: string;
  buckets: string[];
  uploadBuckets?: string[];
  onEvent?: (notification: S3Notification) => void;
}): Promise<{ stop(): Promise<void> }> {
  mkdirSync(options.dataDir, { recursive: true });
  const server = new S3rver({
    port: options.port,
    address: '127.0.0.1',
    silent: true,
    directory: options.dataDir,
    configureBuckets: [
      ...options.buckets.map((name) => ({ name, configs: [] })),
      ...(options.uploadBuckets ?? []).map((name) => ({ name, configs: [UPLOAD_CORS] })),
    ],
  });
  if (options.onEvent) (server as { on(event: 'event', listener: (n: S3Notification) => void): void }).on('event', options.onEvent);
  await server.run();
  return { stop: () => server.close() };
}
