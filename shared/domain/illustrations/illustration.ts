import * as z from 'zod';
import { disciplineSchema } from '../catalog/schema';

/** `ILLUSTRATION#<exerciseId> / IMAGE`: the library entry of one catalog exercise (global, not per user). */
export const illustrationSchema = z.object({
  exerciseId: z.string().min(1).max(120),
  /** Content-addressed object key (`illustrations/<sha256>.webp`). */
  s3Key: z.string().min(1),
  url: z.string().min(1),
  /** sha256 of the WebP bytes, hex. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/, 'must be a hex sha256'),
  format: z.literal('webp'),
  width: z.int().min(1).nullable(),
  height: z.int().min(1).nullable(),
  generator: z.enum(['openai', 'offline']),
  discipline: disciplineSchema,
  tags: z.array(z.string()),
  muscleGroups: z.array(z.string()),
  /** How many prescriptions used it (ranks pre-generation). */
  usageCount: z.int().min(0),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Illustration = z.infer<typeof illustrationSchema>;

/** Digits of the zero-padded usage count in the GSI2 sort key. */
export const USAGE_DIGITS = 10;
export const usageSortKey = (usageCount: number, exerciseId: string) =>
  `${String(Math.min(usageCount, 10 ** USAGE_DIGITS - 1)).padStart(USAGE_DIGITS, '0')}#${exerciseId}`;

/** queued → processing → done | failed; a failed attempt with retries left goes back to queued. */
export const illustrationJobStatusSchema = z.enum(['queued', 'processing', 'done', 'failed']);
export type IllustrationJobStatus = z.infer<typeof illustrationJobStatusSchema>;

/** Attempts before a job is failed for good (the queue's DLQ receives the message then). */
export const MAX_ILLUSTRATION_ATTEMPTS = 3;
/** A done job is kept a week (TTL), so a burst of misses right after generation finds it. */
export const DONE_JOB_RETENTION_MS = 7 * 86_400_000;

export const illustrationJobSchema = z.object({
  exerciseId: z.string().min(1).max(120),
  discipline: disciplineSchema,
  status: illustrationJobStatusSchema,
  /** 1–10, 10 first. */
  priority: z.int().min(1).max(10),
  attempts: z.int().min(0),
  error: z.string().max(1000).nullable(),
  queuedAt: z.iso.datetime(),
  startedAt: z.iso.datetime().nullable(),
  finishedAt: z.iso.datetime().nullable(),
  updatedAt: z.iso.datetime(),
});
export type IllustrationJob = z.infer<typeof illustrationJobSchema>;

/** The statuses a job may be in when it moves to `to`. */
export const JOB_TRANSITIONS_FROM: Record<IllustrationJobStatus, readonly IllustrationJobStatus[]> = {
  // A failed attempt with retries left, or a failed job queued again by hand / pre-generation.
  queued: ['processing', 'failed'],
  // A redelivered message whose worker died mid-generation starts again from `processing`.
  processing: ['queued', 'processing'],
  done: ['processing'],
  failed: ['processing'],
};

export const canTransitionJob = (from: IllustrationJobStatus, to: IllustrationJobStatus): boolean => JOB_TRANSITIONS_FROM[to].includes(from);

/** After a failed attempt: back to the queue while attempts remain, else failed for good. */
export const statusAfterFailure = (attempts: number): IllustrationJobStatus => (attempts >= MAX_ILLUSTRATION_ATTEMPTS ? 'failed' : 'queued');

/** The job is missing, in a status that cannot move to `to`, or was changed by another worker meanwhile (`raced`). */
export class IllustrationJobTransitionError extends Error {
  constructor(
    readonly exerciseId: string,
    readonly to: IllustrationJobStatus,
    readonly current: IllustrationJobStatus | null,
    readonly raced = false,
  ) {
    super(
      !current
        ? `no illustration job for ${exerciseId}`
        : raced
          ? `illustration job ${exerciseId} changed meanwhile (was ${current}); not moved to ${to}`
          : `illustration job ${exerciseId} cannot go from ${current} to ${to}`,
    );
    this.name = 'IllustrationJobTransitionError';
  }
}
