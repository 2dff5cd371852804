import * as z from '../../zod';

/** Workout files we read. FIT covers Garmin, COROS, Suunto, Wahoo; TCX and GPX the rest (Apple exports included). */
export const WORKOUT_FILE_FORMATS = ['fit', 'tcx', 'gpx'] as const;
export type WorkoutFileFormat = (typeof WORKOUT_FILE_FORMATS)[number];

/** Largest accepted file: a 6-hour TCX with 1 s trackpoints is about 15 MB. */
export const MAX_WORKOUT_FILE_BYTES = 20 * 1024 * 1024;

/** Why a file could not be imported (the file's fault): a stable code for the app. */
export const WORKOUT_FILE_ERRORS = ['unsupported_format', 'corrupt_file', 'truncated_file', 'no_activity', 'file_too_large', 'empty_file'] as const;
export type WorkoutFileErrorCode = (typeof WORKOUT_FILE_ERRORS)[number];

/**
 * `IMPORT#<id>`: one uploaded workout file. `awaiting_upload` (the app has an upload URL) →
 * `processing` (the object arrived, the worker reads it) → `completed` (a workout: linked to a
 * training session or a Forge activity) or `failed` with a code and a sentence saying why.
 */
export const IMPORT_STATUSES = ['awaiting_upload', 'processing', 'completed', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** Worker failures that are not the file's fault (after its last retry), and an upload that never came. */
export const IMPORT_ERROR_CODES = [...WORKOUT_FILE_ERRORS, 'import_error', 'upload_missing'] as const;

/** Jobs (their status and result) are kept 30 days; the uploaded file itself only until it is read. */
export const IMPORT_RETENTION_DAYS = 30;
/** How long the upload URL stays valid. */
export const UPLOAD_URL_TTL_SECONDS = 15 * 60;

export const workoutFileFormatSchema = z.enum(WORKOUT_FILE_FORMATS, { error: `must be one of ${WORKOUT_FILE_FORMATS.join(', ')}` });

export const importJobSchema = z.object({
  id: z.string(),
  userId: z.string(),
  fileName: z.string().check(z.minLength(1), z.maxLength(200)),
  format: workoutFileFormatSchema,
  sizeBytes: z.int().check(z.minimum(1), z.maximum(MAX_WORKOUT_FILE_BYTES)),
  status: z.enum(IMPORT_STATUSES),
  error: z.nullable(z.object({ code: z.enum(IMPORT_ERROR_CODES), message: z.string().check(z.maxLength(500)) })),
  /** What the file became, once completed. */
  result: z.nullable(
    z.object({
      outcome: z.enum(['linked', 'activity', 'ignored']),
      /** The training session it was attached to (outcome linked). */
      sessionId: z.nullable(z.string()),
      workout: z.object({
        provider: z.string(),
        externalId: z.string(),
        type: z.string(),
        title: z.string(),
        startAt: z.iso.datetime(),
        endAt: z.iso.datetime(),
        durationMin: z.number().check(z.minimum(0)),
        distanceKm: z.nullable(z.number().check(z.minimum(0))),
        calories: z.nullable(z.number().check(z.minimum(0))),
        avgHr: z.nullable(z.number()),
        maxHr: z.nullable(z.number()),
        quality: z.nullable(z.enum(['excellent', 'good', 'fair', 'poor'])),
        sampleCount: z.int().check(z.minimum(0)),
      }),
    }),
  ),
  /** Receives of the worker's message (a retry after a transient failure counts). */
  attempts: z.int().check(z.minimum(0)),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type ImportJob = z.infer<typeof importJobSchema>;

/** A job as the app sees it (no owner id). */
export const importJobAnswer = z.omit(importJobSchema, { userId: true });

/** POST /wearables/imports: the job and where to PUT the file. */
export const importCreatedAnswer = z.extend(importJobAnswer, {
  /** PUT the file's bytes here, with these headers, before `expiresAt`. */
  upload: z.object({
    url: z.url(),
    method: z.literal('PUT'),
    headers: z.record(z.string(), z.string()),
    expiresAt: z.iso.datetime(),
  }),
  maxBytes: z.int(),
});
export type ImportResult = NonNullable<ImportJob['result']>;

/** The S3 key of a job's upload: the user and job ids are all the worker needs to find the job. */
export const importObjectKey = (userId: string, jobId: string) => `imports/${userId}/${jobId}`;

/** The owner and job of an uploaded object, or null for any other key (keys arrive URL-encoded in S3 events). */
export function parseImportObjectKey(key: string): { userId: string; jobId: string } | null {
  const match = /^imports\/([^/]+)\/([0-9A-HJKMNP-TV-Z]{26})$/.exec(decodeURIComponent(key.replace(/\+/g, ' ')));
  return match ? { userId: match[1]!, jobId: match[2]! } : null;
}
