import { mkdirSync } from 'node:fs';
// @ts-expect-error s3rver ships no types
import S3rver from 's3rver';

/** s3rver in this process; objects live under dataDir. */
export async function startS3Local(options: { port: number; dataDir: string; buckets: string[] }): Promise<{ stop(): Promise<void> }> {
  mkdirSync(options.dataDir, { recursive: true });
  const server = new S3rver({
    port: options.port,
    address: '127.0.0.1',
    silent: true,
    directory: options.dataDir,
    configureBuckets: options.buckets.map((name) => ({ name, configs: [] })),
  });
  await server.run();
  return { stop: () => server.close() };
}
