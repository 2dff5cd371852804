import { presignPut } from '../../shared/aws/s3-presign';
import { envVar, readEnv } from '../../shared/config/env';
import { tableContextFromEnv } from '../../shared/db/context';
import { createImportJob } from '../../shared/db/entities/wearable-import';
import { newId } from '../../shared/db/ids';
import { importObjectKey, UPLOAD_URL_TTL_SECONDS, type ImportJob } from '../../shared/domain/wearables/import-job';
import { httpHandler } from '../../shared/http/http-handler';
import { problems } from '../../shared/http/problem';
import { json } from '../../shared/http/response';
import { formatFromFileName, MAX_WORKOUT_FILE_BYTES, WORKOUT_FILE_FORMATS } from '../../shared/wearables/files/workout-file';
import { route } from './import-create.route';

const ctx = tableContextFromEnv();
const env = readEnv({ IMPORTS_BUCKET: envVar.bucketName });
const CONTENT_TYPE = 'application/octet-stream';

/**
 * POST /wearables/imports: the job, then an upload URL signed for exactly this key, size and
 * type. The object landing in the bucket queues the worker (S3 event → SQS), on AWS and locally.
 */
export const handler = httpHandler(route, async ({ caller, body }) => {
  const format = body.format ?? formatFromFileName(body.fileName);
  if (!format) {
    throw problems.validation([
      { path: 'body.format', code: 'invalid_value', params: { values: [...WORKOUT_FILE_FORMATS] }, message: `the file name has no .fit, .tcx or .gpx extension: send format (${WORKOUT_FILE_FORMATS.join(', ')})` },
    ]);
  }
  const now = new Date();
  const job: ImportJob = {
    id: newId(now.getTime()),
    userId: caller.userId,
    fileName: body.fileName,
    format,
    sizeBytes: body.sizeBytes,
    status: 'awaiting_upload',
    error: null,
    result: null,
    attempts: 0,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
  await createImportJob(ctx, job);
  const url = await presignPut({
    bucket: env.IMPORTS_BUCKET,
    key: importObjectKey(caller.userId, job.id),
    contentType: CONTENT_TYPE,
    contentLength: body.sizeBytes,
    expiresInSeconds: UPLOAD_URL_TTL_SECONDS,
  });
  const { userId: _owner, ...answer } = job;
  return json(
    201,
    {
      ...answer,
      upload: { url, method: 'PUT', headers: { 'content-type': CONTENT_TYPE }, expiresAt: new Date(now.getTime() + UPLOAD_URL_TTL_SECONDS * 1000).toISOString() },
      maxBytes: MAX_WORKOUT_FILE_BYTES,
    },
    { headers: { location: `/wearables/imports/${job.id}` } },
  );
});
