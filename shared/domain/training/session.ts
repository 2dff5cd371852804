import * as z from '../../zod';
import { coachSchema, disciplineSchema } from '../catalog/schema';
import { prescriptionSchema, setTypeSchema } from '../coaches/prescription';

/** Lifecycle: draft → active → completed, nothing else. */
export const sessionStatusSchema = z.enum(['draft', 'active', 'completed']);
export type SessionStatus = z.infer<typeof sessionStatusSchema>;

export const enrichmentStatusSchema = z.enum(['fast', 'enriching', 'enriched', 'full', 'failed']);
export type EnrichmentStatus = z.infer<typeof enrichmentStatusSchema>;

const ALLOWED: Record<SessionStatus, SessionStatus[]> = { draft: ['active'], active: ['completed'], completed: [] };
export const canTransition = (from: SessionStatus, to: SessionStatus): boolean => ALLOWED[from].includes(to);

/** Bounds that keep a session item far below DynamoDB's 400 KB (see docs/data-model.md). */
export const MAX_LOGGED_SETS = 400;
export const MAX_EXERCISES = 60;

export const loggedSetSchema = z.object({
  /** Client-chosen id: a retried POST with the same id does not add a second set. */
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  exerciseIndex: z.int().check(z.minimum(0), z.maximum(MAX_EXERCISES - 1)),
  exerciseId: z.string(),
  setIndex: z.int().check(z.minimum(0), z.maximum(200)),
  reps: z.nullable(z.int().check(z.minimum(0), z.maximum(1000))),
  loadKg: z.nullable(z.number().check(z.minimum(0), z.maximum(600))),
  durationSec: z.nullable(z.int().check(z.minimum(0), z.maximum(86_400))),
  distanceM: z.nullable(z.number().check(z.minimum(0), z.maximum(500_000))),
  rpe: z.nullable(z.number().check(z.minimum(1), z.maximum(10))),
  rir: z.nullable(z.int().check(z.minimum(0), z.maximum(10))),
  completedAt: z.iso.datetime(),
  /** `warmup`: a ramp set done before the planned ones (not a planned row); absent: as planned at `setIndex`. */
  type: z.optional(setTypeSchema),
});
export type LoggedSet = z.infer<typeof loggedSetSchema>;

export const sessionMetricsSchema = z.object({
  volumeKg: z.number(),
  distanceKm: z.number(),
  totalReps: z.number(),
  setCount: z.number(),
  durationMin: z.nullable(z.number()),
  durationSource: z.nullable(z.enum(['explicit', 'session_timestamps', 'set_timestamps', 'set_durations'])),
  rpeAverage: z.nullable(z.number()),
  rpeSource: z.nullable(z.enum(['reported', 'sets'])),
  calories: z.object({ kcal: z.nullable(z.number()), method: z.enum(['wearable', 'keytel_2005', 'met', 'rpe_factor', 'none']) }),
  /** Foster session-RPE load (RPE × minutes, arbitrary units). */
  sessionLoad: z.nullable(z.number()),
});
export type SessionMetrics = z.infer<typeof sessionMetricsSchema>;

/** At most this many sets of an exercise's last performance are kept on a session. */
export const MAX_LAST_PERFORMANCE_SETS = 10;

/**
 * The athlete's latest completed performance of one prescribed exercise, copied onto the session
 * when it is created ("last time 5 × 100 kg" in the live view, prefilled inputs).
 */
export const lastPerformanceSchema = z.object({
  exerciseId: z.string(),
  /** The completed session it comes from. */
  sessionId: z.string(),
  performedAt: z.iso.datetime(),
  localDay: z.string(),
  /** Its logged sets of that exercise, in set order. */
  sets: z
    .array(
      z.object({
        setIndex: z.int().check(z.minimum(0), z.maximum(200)),
        reps: z.nullable(z.int().check(z.minimum(0), z.maximum(1000))),
        loadKg: z.nullable(z.number().check(z.minimum(0), z.maximum(600))),
        durationSec: z.nullable(z.int().check(z.minimum(0), z.maximum(86_400))),
        distanceM: z.nullable(z.number().check(z.minimum(0), z.maximum(500_000))),
        rpe: z.nullable(z.number().check(z.minimum(1), z.maximum(10))),
      }),
    )
    .check(z.maxLength(MAX_LAST_PERFORMANCE_SETS)),
});
export type LastPerformance = z.infer<typeof lastPerformanceSchema>;

/** An exercise replaced mid-session (the sets logged before keep their `exerciseId`). */
export const exerciseSwapSchema = z.object({
  exerciseIndex: z.int().check(z.minimum(0), z.maximum(MAX_EXERCISES - 1)),
  from: z.string(),
  to: z.string(),
  at: z.iso.datetime(),
});
export type ExerciseSwap = z.infer<typeof exerciseSwapSchema>;

export const trainingSessionSchema = z.object({
  id: z.string(),
  userId: z.string(),
  status: sessionStatusSchema,
  origin: z.enum(['coach', 'custom']),
  provider: z.enum(['offline', 'openai', 'user']),
  coach: coachSchema,
  discipline: disciplineSchema,
  title: z.string(),
  prescription: prescriptionSchema,
  context: z.object({
    locationId: z.nullable(z.string()),
    equipment: z.array(z.string()),
    durationMin: z.int(),
    energy: z.int().check(z.minimum(1), z.maximum(5)),
  }),
  enrichmentStatus: enrichmentStatusSchema,
  enrichmentPriority: z.int().check(z.minimum(1), z.maximum(10)),
  enrichmentAttempts: z.int().check(z.minimum(0)),
  enrichmentError: z.nullable(z.string()),
  enrichmentQueuedAt: z.nullable(z.iso.datetime()),
  /** Ticket in the enrichment queue while waiting (shared/domain/training/enrichment-queue.ts); set by the repository. */
  enrichmentTicket: z.optional(z.int().check(z.minimum(1))),
  loggedSets: z.array(loggedSetSchema).check(z.maxLength(MAX_LOGGED_SETS)),
  /** Per prescribed exercise, the latest completed performance at creation (none for a first time; older items lack it). */
  lastPerformance: z._default(z.array(lastPerformanceSchema).check(z.maxLength(MAX_EXERCISES)), []),
  /** Exercises swapped for catalog alternatives, in order (absent until the first swap). */
  swaps: z.optional(z.array(exerciseSwapSchema).check(z.maxLength(120))),
  metrics: z.nullable(sessionMetricsSchema),
  /** Personal records this session set when it was completed. */
  newRecords: z.array(
    z.object({
      exerciseId: z.string(),
      kind: z.enum(['estimated_1rm', 'heaviest_load', 'best_volume', 'longest_distance', 'best_pace', 'longest_duration']),
      value: z.number(),
      unit: z.enum(['kg', 'm', 'sec_per_km', 'sec']),
      previousValue: z.nullable(z.number()),
      formula: z.optional(z.enum(['actual', 'brzycki', 'epley'])),
      reps: z.optional(z.number()),
      loadKg: z.optional(z.number()),
      distanceM: z.optional(z.number()),
      durationSec: z.optional(z.number()),
    }),
  ),
  notes: z.nullable(z.string().check(z.maxLength(2000))),
  tokenUsage: z.nullable(z.object({ inputTokens: z.int(), outputTokens: z.int(), costUsd: z.number() })),
  timeZone: z.string(),
  /** Local day of the session's reference instant (completedAt ?? startedAt ?? createdAt). */
  localDay: z.string(),
  createdAt: z.iso.datetime(),
  startedAt: z.nullable(z.iso.datetime()),
  completedAt: z.nullable(z.iso.datetime()),
  updatedAt: z.iso.datetime(),
  version: z.int().check(z.minimum(1)),
});
export type TrainingSession = z.infer<typeof trainingSessionSchema>;

/** The instant a session is filed under in history: when it ended, else started, else was created. */
export const referenceInstant = (session: Pick<TrainingSession, 'completedAt' | 'startedAt' | 'createdAt'>): string =>
  session.completedAt ?? session.startedAt ?? session.createdAt;
