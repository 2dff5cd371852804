import { createSqsServer } from 'local-aws-sqs';
import { LOCAL_ACCOUNT, LOCAL_REGION } from '../settings';

/** local-aws-sqs in this process (in memory: queues are re-created by provisioning at each start). */
export async function startSqsLocal(options: { port: number }): Promise<{ stop(): Promise<void> }> {
  const server = await createSqsServer({
    port: options.port,
    hostname: '127.0.0.1',
    region: LOCAL_REGION,
    accountId: LOCAL_ACCOUNT,
    emulateQueueCreationLifecycle: false,
  });
  return { stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
