import { GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { dlqUrlVariable, queueUrlVariable } from '../../infra/manifest-types';
import { sqsClient } from '../../shared/aws/sqs';
import { tableContextFromEnv } from '../../shared/db/context';
import { enrichmentQueueDepth } from '../../shared/db/entities/training-session';
import { httpHandler } from '../../shared/http/http-handler';
import { json } from '../../shared/http/response';
import { route } from './get-queues.route';

const ctx = tableContextFromEnv();
/** Queues whose depth admins watch (their URLs reach every function through the environment). */
const QUEUES = ['enrichment'];

async function depth(url: string | undefined) {
  if (!url) return null;
  const { Attributes = {} } = await sqsClient.send(
    new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible', 'ApproximateNumberOfMessagesDelayed'] }),
  );
  return {
    visible: Number(Attributes.ApproximateNumberOfMessages ?? 0),
    inFlight: Number(Attributes.ApproximateNumberOfMessagesNotVisible ?? 0),
    delayed: Number(Attributes.ApproximateNumberOfMessagesDelayed ?? 0),
  };
}

/** Admin only: each queue's depth, its DLQ's depth, and the sessions waiting for enrichment. */
export const handler = httpHandler(route, async () => {
  const queues = await Promise.all(
    QUEUES.map(async (name) => ({ name, queue: await depth(process.env[queueUrlVariable(name)]), deadLetters: await depth(process.env[dlqUrlVariable(name)]) })),
  );
  return json(200, { queues, sessionsAwaitingEnrichment: await enrichmentQueueDepth(ctx) });
});
