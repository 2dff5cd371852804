import * as z from 'zod';
import { coachSchema, disciplineSchema } from '../catalog/schema';
import { prescriptionSchema } from '../coaches/prescription';

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
  id: z.string().min(1).max(64),
  exerciseIndex: z.int().min(0).max(MAX_EXERCISES - 1),
  exerciseId: z.string(),
  setIndex: z.int().min(0).max(200),
  reps: z.int().min(0).max(1000).nullable(),
  loadKg: z.number().min(0).max(600).nullable(),
  durationSec: z.int().min(0).max(86_400).nullable(),
  distanceM: z.number().min(0).max(500_000).nullable(),
  rpe: z.number().min(1).max(10).nullable(),
  rir: z.int().min(0).max(10).nullable(),
  completedAt: z.iso.datetime(),
});
export type LoggedSet = z.infer<typeof loggedSetSchema>;

export const sessionMetricsSchema = z.object({
  volumeKg: z.number(),
  distanceKm: z.number(),
  totalReps: z.number(),
  setCount: z.number(),
  durationMin: z.number(),
  rpeAverage: z.number().nullable(),
  calories: z.object({ kcal: z.number().nullable(), method: z.string() }),
  sessionLoad: z.number().nullable(),
});
export type SessionMetrics = z.infer<typeof sessionMetricsSchema>;

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
    locationId: z.string().nullable(),
    equipment: z.array(z.string()),
    durationMin: z.int(),
    energy: z.int().min(1).max(5),
  }),
  enrichmentStatus: enrichmentStatusSchema,
  enrichmentPriority: z.int().min(1).max(10),
  enrichmentAttempts: z.int().min(0),
  enrichmentError: z.string().nullable(),
  enrichmentQueuedAt: z.iso.datetime().nullable(),
  loggedSets: z.array(loggedSetSchema).max(MAX_LOGGED_SETS),
  metrics: sessionMetricsSchema.nullable(),
  notes: z.string().max(2000).nullable(),
  tokenUsage: z.object({ inputTokens: z.int(), outputTokens: z.int(), costUsd: z.number() }).nullable(),
  timeZone: z.string(),
  /** Local day of the session's reference instant (completedAt ?? startedAt ?? createdAt). */
  localDay: z.string(),
  createdAt: z.iso.datetime(),
  startedAt: z.iso.datetime().nullable(),
  completedAt: z.iso.datetime().nullable(),
  updatedAt: z.iso.datetime(),
  version: z.int().min(1),
});
export type TrainingSession = z.infer<typeof trainingSessionSchema>;

/** The instant a session is filed under in history: when it ended, else started, else was created. */
export const referenceInstant = (session: Pick<TrainingSession, 'completedAt' | 'startedAt' | 'createdAt'>): string =>
  session.completedAt ?? session.startedAt ?? session.createdAt;
