import { DeleteObjectCommand, GetObjectCommand, NoSuchKey } from '@aws-sdk/client-s3';
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import { s3Client } from '../../shared/aws/s3';
import { envVar, readEnv } from '../../shared/config/env';
import { tableContextFromEnv } from '../../shared/db/context';
import { getOrCreateProfile } from '../../shared/db/entities/profile';
import { finishImportJob, startImportJob } from '../../shared/db/entities/wearable-import';
import { parseImportObjectKey, type ImportJob } from '../../shared/domain/wearables/import-job';
import { logger } from '../../shared/logging/logger';
import { MAX_WORKOUT_FILE_BYTES, parseWorkoutFile, WorkoutFileError } from '../../shared/wearables/files';
import { importResult } from './import-result';
import { ingestWorkout } from '../../shared/wearables/ingest';

const ctx = tableContextFromEnv();
const env = readEnv({ IMPORTS_BUCKET: envVar.bucketName });
const processor = new BatchProcessor(EventType.SQS);
/** The queue's maxReceiveCount: on the last attempt a transient failure still ends the job as failed. */
const LAST_ATTEMPT = 3;

interface S3EventRecord {
  eventName?: string;
  s3?: { bucket?: { name?: string }; object?: { key?: string; size?: number } };
}

/** An uploaded file: read, parsed, ingested like any wearable workout, then deleted from the bucket. */
async function importObject(key: string, size: number | undefined): Promise<void> {
  const ref = parseImportObjectKey(key);
  if (!ref) {
    logger.warn('object outside imports/<user>/<job>; ignored', { key });
    return;
  }
  const job = await startImportJob(ctx, ref.userId, ref.jobId);
  if (!job) {
    logger.info('import job missing or finished; duplicate event dropped', { jobId: ref.jobId });
    return;
  }
  const fail = async (error: NonNullable<ImportJob['error']>) => {
    await finishImportJob(ctx, job.userId, job.id, { status: 'failed', error });
    logger.info('import failed', { jobId: job.id, code: error.code });
  };
  try {
    if (size !== undefined && size > MAX_WORKOUT_FILE_BYTES) {
      await fail({ code: 'file_too_large', message: `The file is ${size} bytes; the limit is ${MAX_WORKOUT_FILE_BYTES} bytes.` });
    } else {
      const bytes = await readObject(key);
      if (!bytes) await fail({ code: 'upload_missing', message: 'The uploaded file is no longer there: upload it again.' });
      else {
        const workout = await parseWorkoutFile(job.format, bytes);
        const profile = await getOrCreateProfile(ctx.tableName, job.userId);
        const outcome = await ingestWorkout(ctx, { userId: job.userId, provider: 'file', workout, profile });
        await finishImportJob(ctx, job.userId, job.id, { status: 'completed', result: importResult(outcome, workout) });
        logger.info('import completed', { jobId: job.id, outcome: outcome.outcome });
      }
    }
  } catch (error) {
    if (error instanceof WorkoutFileError) await fail({ code: error.code, message: error.message });
    else {
      if (job.attempts >= LAST_ATTEMPT) await fail({ code: 'import_error', message: 'The import failed on our side after 3 attempts; try again later.' });
      throw error;
    }
  }
  await s3Client.send(new DeleteObjectCommand({ Bucket: env.IMPORTS_BUCKET, Key: key }));
}

async function readObject(key: string): Promise<Uint8Array | null> {
  try {
    const object = await s3Client.send(new GetObjectCommand({ Bucket: env.IMPORTS_BUCKET, Key: key }));
    return object.Body ? await object.Body.transformToByteArray() : null;
  } catch (error) {
    if (error instanceof NoSuchKey || (error as Error).name === 'NoSuchKey') return null;
    throw error;
  }
}

/** One SQS message = one S3 event notification (S3's own test event carries no records). */
async function handleRecord(record: SQSRecord): Promise<void> {
  const notification = JSON.parse(record.body) as { Records?: S3EventRecord[]; Event?: string };
  for (const entry of notification.Records ?? []) {
    if (!entry.eventName?.startsWith('ObjectCreated:') || entry.s3?.bucket?.name !== env.IMPORTS_BUCKET || !entry.s3.object?.key) continue;
    await importObject(entry.s3.object.key, entry.s3.object.size);
  }
}

export const handler = async (event: SQSEvent, context: Context) => processPartialResponse(event, handleRecord, processor, { context });
