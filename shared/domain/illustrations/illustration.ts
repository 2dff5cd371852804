import * as z from '../../zod';
import { disciplineSchema, type Discipline } from '../catalog/schema';

/** Widths of the square WebP variants every illustration is stored in (the app shows 512, 1024 on dense screens). */
export const ILLUSTRATION_SIZES = [512, 1024] as const;
export type IllustrationSize = (typeof ILLUSTRATION_SIZES)[number];
/** libwebp quality of both variants: flat instructional drawings stay crisp at 80 and far below 100 KB. */
export const WEBP_QUALITY = 80;

/** What an illustration (and its job) is for: one catalog exercise drawn in one discipline's style. */
export interface IllustrationRef {
  exerciseId: string;
  discipline: Discipline;
}
export const refLabel = (ref: IllustrationRef) => `${ref.exerciseId}#${ref.discipline}`;

/** One stored WebP: content-addressed key `illustrations/<sha256>.webp`, immutable. */
export const illustrationVariantSchema = z.object({
  size: z.union([z.literal(512), z.literal(1024)]),
  s3Key: z.string().check(z.regex(/^illustrations\/[0-9a-f]{64}\.webp$/, 'must be illustrations/<sha256>.webp')),
  url: z.string().check(z.minLength(1)),
  /** sha256 of the WebP bytes, hex. */
  contentHash: z.string().check(z.regex(/^[0-9a-f]{64}$/, 'must be a hex sha256')),
  width: z.int().check(z.minimum(1)),
  height: z.int().check(z.minimum(1)),
  bytes: z.int().check(z.minimum(1)),
});
export type IllustrationVariant = z.infer<typeof illustrationVariantSchema>;

/** `ILLUSTRATION#<exerciseId> / IMAGE#<discipline>`: the library entry of one exercise in one discipline (global, not per user). */
export const illustrationSchema = z.object({
  exerciseId: z.string().check(z.minLength(1), z.maxLength(120)),
  discipline: disciplineSchema,
  format: z.literal('webp'),
  /** Smallest first. */
  variants: z.array(illustrationVariantSchema).check(z.minLength(1), z.maxLength(ILLUSTRATION_SIZES.length)),
  generator: z.enum(['openai', 'offline']),
  /** The image model (openai) or the pictogram renderer's version (offline). */
  model: z.string().check(z.minLength(1)),
  costUsd: z.number().check(z.minimum(0)),
  tags: z.array(z.string()),
  muscleGroups: z.array(z.string()),
  /**
   * How many prescriptions used it as of its last re-rank (`usageRank`: exact to 99, then to two
   * significant digits), which ranks pre-generation; the exact count is its uses counter.
   */
  usageCount: z.int().check(z.minimum(0)),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Illustration = z.infer<typeof illustrationSchema>;

/** The variant the app shows by default (512 px). */
export const displayVariant = (illustration: Pick<Illustration, 'variants'>): IllustrationVariant => illustration.variants[0]!;

/**
 * The count a library entry is ranked by: exact below 100 uses, then rounded down to two
 * significant digits (within 10 %). Each use counts into a small counter item; the library entry
 * (and its GSI5 sort key, a delete and a put in the index) is rewritten only when this changes:
 * an exercise used thousands of times is re-ranked once per 100 uses, not on each one.
 */
export function usageRank(uses: number): number {
  let unit = 1;
  while (uses / unit >= 100) unit *= 10;
  return Math.floor(uses / unit) * unit;
}

/** Digits of the zero-padded usage count in the GSI2 sort key. */
export const USAGE_DIGITS = 10;
export const usageSortKey = (usageCount: number, exerciseId: string) =>
  `${String(Math.min(usageCount, 10 ** USAGE_DIGITS - 1)).padStart(USAGE_DIGITS, '0')}#${exerciseId}`;

/** pending → processing → completed | failed; a failed attempt with retries left goes back to pending. */
export const illustrationJobStatusSchema = z.enum(['pending', 'processing', 'completed', 'failed']);
export type IllustrationJobStatus = z.infer<typeof illustrationJobStatusSchema>;

/** Attempts before a job is failed for good (the queue's DLQ receives the message then). */
export const MAX_ILLUSTRATION_ATTEMPTS = 3;
/** A completed job is kept a week (TTL), so a burst of misses right after generation finds it. */
export const COMPLETED_JOB_RETENTION_MS = 7 * 86_400_000;

export const illustrationJobSchema = z.object({
  exerciseId: z.string().check(z.minLength(1), z.maxLength(120)),
  discipline: disciplineSchema,
  status: illustrationJobStatusSchema,
  /** 1–10, 10 first. */
  priority: z.int().check(z.minimum(1), z.maximum(10)),
  attempts: z.int().check(z.minimum(0)),
  error: z.nullable(z.string().check(z.maxLength(1000))),
  queuedAt: z.iso.datetime(),
  startedAt: z.nullable(z.iso.datetime()),
  finishedAt: z.nullable(z.iso.datetime()),
  updatedAt: z.iso.datetime(),
});
export type IllustrationJob = z.infer<typeof illustrationJobSchema>;

/** The statuses a job may be in when it moves to `to`. */
export const JOB_TRANSITIONS_FROM: Record<IllustrationJobStatus, readonly IllustrationJobStatus[]> = {
  // A failed attempt with retries left, or a failed job queued again by hand / pre-generation.
  pending: ['processing', 'failed'],
  // A redelivered message whose worker died mid-generation starts again from `processing`.
  processing: ['pending', 'processing'],
  completed: ['processing'],
  failed: ['processing'],
};

export const canTransitionJob = (from: IllustrationJobStatus, to: IllustrationJobStatus): boolean => JOB_TRANSITIONS_FROM[to].includes(from);

/** After a failed attempt: pending again while attempts remain, else failed for good. */
export const statusAfterFailure = (attempts: number): IllustrationJobStatus => (attempts >= MAX_ILLUSTRATION_ATTEMPTS ? 'failed' : 'pending');

/** The job is missing, in a status that cannot move to `to`, or was changed by another worker meanwhile (`raced`). */
export class IllustrationJobTransitionError extends Error {
  constructor(
    readonly job: string,
    readonly to: IllustrationJobStatus,
    readonly current: IllustrationJobStatus | null,
    readonly raced = false,
  ) {
    super(
      !current
        ? `no illustration job for ${job}`
        : raced
          ? `illustration job ${job} changed meanwhile (was ${current}); not moved to ${to}`
          : `illustration job ${job} cannot go from ${current} to ${to}`,
    );
    this.name = 'IllustrationJobTransitionError';
  }
}
