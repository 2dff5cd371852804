import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import { openAiImageModel, readImageSettings } from '../../shared/ai/image-model';
import { envVar, readEnv } from '../../shared/config/env';
import { tableContextFromEnv } from '../../shared/db/context';
import { completeIllustrationJob, failIllustrationJob, startIllustrationJob } from '../../shared/db/entities/illustration-job';
import { IllustrationJobTransitionError, refLabel } from '../../shared/domain/illustrations/illustration';
import { correlationOfMessage } from '../../shared/logging/event-correlation';
import { bindCorrelation, bindInvocation, logger } from '../../shared/logging/logger';
import { businessMetrics } from '../../shared/logging/metrics';
import { generateIllustration, type GenerationTarget } from './generate';
import { illustrationMessageSchema } from './schemas';

const env = readEnv({ ILLUSTRATIONS_BUCKET: envVar.bucketName, ILLUSTRATIONS_BASE_URL: envVar.url });
const target: GenerationTarget = {
  ctx: tableContextFromEnv(),
  bucket: env.ILLUSTRATIONS_BUCKET,
  baseUrl: env.ILLUSTRATIONS_BASE_URL,
  imageModel: openAiImageModel(readImageSettings()),
};
const processor = new BatchProcessor(EventType.SQS);

/**
 * pending → processing → completed; a failed attempt goes back to pending and the message is
 * retried by SQS; the 3rd failure marks the job failed with its error and SQS moves the message
 * to the DLQ. A message for a job that is no longer waiting (duplicate, already done) is dropped.
 */
async function generate(record: SQSRecord): Promise<void> {
  bindCorrelation(correlationOfMessage(record));
  const ref = illustrationMessageSchema.parse(JSON.parse(record.body));
  try {
    await startIllustrationJob(target.ctx, ref);
  } catch (error) {
    if (error instanceof IllustrationJobTransitionError && !error.raced) {
      logger.info('illustration job not waiting; message dropped', { job: refLabel(ref), status: error.current });
      return;
    }
    throw error;
  }
  const startedAt = Date.now();
  try {
    await generateIllustration(target, ref);
    await completeIllustrationJob(target.ctx, ref);
    businessMetrics.illustrationJob('completed', Date.now() - startedAt);
  } catch (error) {
    const message = (error as Error).message;
    const job = await failIllustrationJob(target.ctx, ref, message).catch(() => null);
    businessMetrics.illustrationJob(job?.status === 'failed' ? 'failed' : 'retried', Date.now() - startedAt);
    logger.warn('illustration attempt failed', { job: refLabel(ref), attempts: job?.attempts, status: job?.status, error: message });
    throw error;
  }
}

export const handler = async (event: SQSEvent, context: Context) => {
  bindInvocation(context);
  // One message at a time (the queue's batch is 1 anyway), so each log line carries its own correlation id.
  return processPartialResponse(event, generate, processor, { context, processInParallel: false });
};
