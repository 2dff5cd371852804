import * as z from '../../zod';
import { MAX_EXERCISES, MAX_LOGGED_SETS } from './session';

/** Snapshots older than this are never offered for recovery. */
export const SNAPSHOT_RECOVERY_HOURS = 24;
/** Snapshots expire (TTL) and are swept this long after their last update. */
export const SNAPSHOT_RETENTION_DAYS = 7;
/** Bound of the client's serialized pipeline state (keeps the item far below 400 KB). */
export const MAX_PIPELINE_STATE_BYTES = 64 * 1024;

export const pipelineStepSchema = z.enum(['prepare', 'prescription', 'session', 'feedback']);
export type PipelineStep = z.infer<typeof pipelineStepSchema>;

const byteLength = (value: unknown): number => new TextEncoder().encode(JSON.stringify(value) ?? '').length;

/** What the client saves (`PUT /training/sessions/{id}/snapshot`). */
export const snapshotStateSchema = z.object({
  step: pipelineStepSchema,
  exerciseIndex: z.int().check(z.minimum(0), z.maximum(MAX_EXERCISES - 1)),
  setIndex: z.int().check(z.minimum(0), z.maximum(200)),
  /** Indexes of finished exercises. */
  completedExercises: z.array(z.int().check(z.minimum(0), z.maximum(MAX_EXERCISES - 1))).check(z.maxLength(MAX_EXERCISES)),
  /** Finished sets, by position. */
  completedSets: z
    .array(z.object({ exerciseIndex: z.int().check(z.minimum(0), z.maximum(MAX_EXERCISES - 1)), setIndex: z.int().check(z.minimum(0), z.maximum(200)) }))
    .check(z.maxLength(MAX_LOGGED_SETS)),
  /** Opaque client state (timers, inputs) restored as is. */
  pipelineState: z.record(z.string(), z.unknown()).check(
    z.refine((value) => byteLength(value) <= MAX_PIPELINE_STATE_BYTES, {
      error: `must serialize to at most ${MAX_PIPELINE_STATE_BYTES} bytes`,
      params: { code: 'content_too_large', maximum: MAX_PIPELINE_STATE_BYTES },
    }),
  ),
});
export type SnapshotState = z.infer<typeof snapshotStateSchema>;

export const sessionSnapshotSchema = z.extend(snapshotStateSchema, {
  userId: z.string(),
  sessionId: z.string(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  version: z.int().check(z.minimum(1)),
});
export type SessionSnapshot = z.infer<typeof sessionSnapshotSchema>;

/** The snapshot to offer on app open: the most recently updated one younger than 24 h. */
export function latestRecoverable<T extends Pick<SessionSnapshot, 'updatedAt'>>(snapshots: readonly T[], now: Date): T | null {
  const cutoff = now.getTime() - SNAPSHOT_RECOVERY_HOURS * 3_600_000;
  let best: T | null = null;
  for (const snapshot of snapshots) {
    const at = Date.parse(snapshot.updatedAt);
    if (at > cutoff && (best === null || at > Date.parse(best.updatedAt))) best = snapshot;
  }
  return best;
}
