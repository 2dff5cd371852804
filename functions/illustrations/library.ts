import { SendMessageCommand } from '@aws-sdk/client-sqs';
import { correlationMessageAttribute } from '../../shared/logging/event-correlation';
import { sqsClient } from '../../shared/aws/sqs';
import type { TableContext } from '../../shared/db/context';
import { getIllustration, incrementIllustrationUsage } from '../../shared/db/entities/illustration';
import { enqueueIllustrationJob, requeueIllustrationJob } from '../../shared/db/entities/illustration-job';
import { displayVariant, type Illustration, type IllustrationJob, type IllustrationRef } from '../../shared/domain/illustrations/illustration';
import type { IllustrationAnswer } from './schemas';

/** Job priorities (1–10, 10 first): a person is looking at the placeholder > a new prescription > pre-generation. */
export const PRIORITY = { onRequest: 8, atPrescription: 6, pregeneration: 3 } as const;

export function readyAnswer(entry: Illustration): IllustrationAnswer {
  return {
    status: 'ready',
    exerciseId: entry.exerciseId,
    discipline: entry.discipline,
    url: displayVariant(entry).url,
    urls: Object.fromEntries(entry.variants.map((variant) => [String(variant.size), variant.url])),
    generator: entry.generator,
  };
}

export function waitingAnswer(ref: IllustrationRef, job: IllustrationJob): IllustrationAnswer {
  return {
    status: job.status === 'failed' ? 'failed' : 'pending',
    exerciseId: ref.exerciseId,
    discipline: ref.discipline,
    job: { status: job.status, attempts: job.attempts, error: job.error, queuedAt: job.queuedAt },
  };
}

/** One SQS message per created job (the job row, not the message, is what makes it unique). */
export async function sendJob(queueUrl: string, job: IllustrationJob): Promise<void> {
  await sqsClient.send(
    new SendMessageCommand({
      QueueUrl: queueUrl,
      MessageBody: JSON.stringify({ exerciseId: job.exerciseId, discipline: job.discipline }),
      MessageAttributes: { priority: { DataType: 'Number', StringValue: String(job.priority) }, ...correlationMessageAttribute() },
    }),
  );
}

/**
 * Queues the generation of a missing illustration, once however many ask at the same time: the
 * job row is created conditionally, and only the caller that created it sends the message.
 * With `retryFailed`, a job that failed for good is queued again (pre-generation, not requests:
 * a generator that keeps failing must not be retried by every reader).
 */
export async function queueGeneration(
  ctx: TableContext,
  queueUrl: string,
  ref: IllustrationRef,
  options: { priority: number; retryFailed?: boolean },
): Promise<{ created: boolean; job: IllustrationJob }> {
  const { created, job } = await enqueueIllustrationJob(ctx, { ...ref, priority: options.priority });
  if (created) {
    await sendJob(queueUrl, job);
    return { created, job };
  }
  if (options.retryFailed && job.status === 'failed') {
    const requeued = await requeueIllustrationJob(ctx, ref, options.priority);
    await sendJob(queueUrl, requeued);
    return { created: true, job: requeued };
  }
  return { created, job };
}

/**
 * The library's answer for one exercise: ready with its URLs (one GetItem), else the job that
 * makes it (queued on this miss if there was none). A job completed between the two reads is
 * followed by one more read of the library.
 */
export async function lookUpIllustration(ctx: TableContext, queueUrl: string, ref: IllustrationRef, priority: number = PRIORITY.onRequest): Promise<IllustrationAnswer> {
  const entry = await getIllustration(ctx, ref);
  if (entry) return readyAnswer(entry);
  const { job } = await queueGeneration(ctx, queueUrl, ref, { priority });
  if (job.status === 'completed') {
    const late = await getIllustration(ctx, ref);
    if (late) return readyAnswer(late);
  }
  return waitingAnswer(ref, job);
}

/**
 * A new prescription's exercises: count one use of each illustration that exists, queue the
 * generation of each that does not. Returns how many were queued.
 */
export async function prepareForPrescription(ctx: TableContext, queueUrl: string, refs: IllustrationRef[]): Promise<number> {
  // Each exercise on its own, all at once: a prescription's 6–10 exercises are one round trip, not ten.
  const created = await Promise.all(
    refs.map(async (ref) => {
      if ((await incrementIllustrationUsage(ctx, ref)) !== null) return false;
      return (await queueGeneration(ctx, queueUrl, ref, { priority: PRIORITY.atPrescription })).created;
    }),
  );
  return created.filter(Boolean).length;
}
