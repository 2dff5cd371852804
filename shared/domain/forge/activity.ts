import * as z from '../../zod';
import { disciplineSchema } from '../catalog/schema';
import { isLocalDay } from '../science/days';
import { localDay } from '../time/zoned';
import type { TrainingSession } from '../training/session';
import type { SessionWearable } from '../wearables/session-wearable';

/**
 * Forge Énergétique activities: everything a user did in a day, from three sources. Training
 * sessions flow in one way (Training → Forge) and are read-only here; wearable imports too.
 */
export const activitySourceSchema = z.enum(['training_session', 'manual', 'wearable']);
export type ActivitySource = z.infer<typeof activitySourceSchema>;
export const ACTIVITY_SOURCES = activitySourceSchema.options;

export const syncedActivityId = (sessionId: string) => `ts_${sessionId}`;
export const wearableActivityId = (provider: string, externalId: string) => `wb_${provider}_${externalId}`;

/** Seconds spent in each heart-rate zone. */
const seconds = () => z.number().check(z.minimum(0));
export const zoneSecondsSchema = z.object({
  z1: seconds(),
  z2: seconds(),
  z3: seconds(),
  z4: seconds(),
  z5: seconds(),
});
export type ZoneSeconds = z.infer<typeof zoneSecondsSchema>;

const localDaySchema = z.string().check(z.refine(isLocalDay, { error: 'must be a calendar day YYYY-MM-DD', params: { code: 'invalid_day' } }));
const bpm = z.number().check(z.minimum(20), z.maximum(260));

export const activitySchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  userId: z.string(),
  source: activitySourceSchema,
  /** Session id (training_session) or the provider's workout id (wearable); null for manual. */
  sourceId: z.nullable(z.string()),
  /** Wearable provider; null otherwise. */
  provider: z.nullable(z.string()),
  /** Version of the source item this activity was derived from (session version, import version); null for manual. */
  sourceVersion: z.nullable(z.int().check(z.minimum(0))),
  /** Activity type in plain words ("strength", "walking", "cycling"…). */
  type: z.string().check(z.trim(), z.minLength(1), z.maxLength(60)),
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(120)),
  discipline: z.nullable(disciplineSchema),
  startAt: z.iso.datetime(),
  durationMin: z.number().check(z.minimum(0), z.maximum(1440)),
  calories: z.nullable(z.number().check(z.minimum(0), z.maximum(20_000))),
  distanceKm: z.nullable(z.number().check(z.minimum(0), z.maximum(1000))),
  avgHr: z.nullable(bpm),
  maxHr: z.nullable(bpm),
  zones: z.nullable(zoneSecondsSchema),
  effortScore: z.nullable(z.number().check(z.minimum(0), z.maximum(100))),
  notes: z.nullable(z.string().check(z.maxLength(2000))),
  /** The user's local day of the activity, fixed when it was written (profile time zone then). */
  localDay: localDaySchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /**
   * Item version: manual activities count their own edits (optimistic locking); synced and
   * wearable activities carry their source version, so an older source can never overwrite a newer one.
   */
  version: z.int().check(z.minimum(1)),
});
export type Activity = z.infer<typeof activitySchema>;

/** Thrown when a synced or imported activity is changed through the manual-activity functions. */
export class ReadOnlyActivityError extends Error {
  constructor(readonly activityId: string, readonly source: ActivitySource) {
    super(
      source === 'training_session'
        ? 'This activity comes from a Training session and is read-only in Forge; edit or delete the session in Training.'
        : 'This activity was imported from a wearable and is read-only; it disappears when the device is disconnected.',
    );
    this.name = 'ReadOnlyActivityError';
  }
}

/** An edit that is valid alone but not with the stored fields (e.g. avgHr above the stored maxHr). */
export class InvalidActivityChangeError extends Error {
  constructor(
    readonly field: string,
    readonly reason: string,
    /** Stable kind for clients (shared/http/error-codes.ts), with the params its wording needs. */
    readonly code?: string,
    readonly params?: Record<string, string | number>,
  ) {
    super(`${field} ${reason}`);
    this.name = 'InvalidActivityChangeError';
  }
}

const manualFields = {
  type: z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(60)),
  title: z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(120)),
  discipline: z.nullable(disciplineSchema),
  startAt: z.iso.datetime({ offset: true }),
  durationMin: z.int().check(z.minimum(1, 'must be at least 1 minute'), z.maximum(1440, 'must be at most 1440 minutes (one day)')),
  calories: z.nullable(z.number().check(z.minimum(0), z.maximum(20_000))),
  distanceKm: z.nullable(z.number().check(z.minimum(0), z.maximum(1000))),
  avgHr: z.nullable(z.int().check(z.minimum(20), z.maximum(260))),
  maxHr: z.nullable(z.int().check(z.minimum(20), z.maximum(260))),
  notes: z.nullable(z.string().check(z.maxLength(2000))),
};

const hrOrder = (value: { avgHr?: number | null; maxHr?: number | null }) => value.avgHr == null || value.maxHr == null || value.avgHr <= value.maxHr;
const hrOrderIssue = { error: 'must not be above maxHr', path: ['avgHr'], params: { code: 'heart_rates_inconsistent', other: 'maxHr' } };

/** `POST /forge/manual-activities` body. */
export const manualActivityInputSchema = z
  .strictObject({
    ...manualFields,
    title: z.optional(manualFields.title),
    discipline: z.optional(manualFields.discipline),
    calories: z.optional(manualFields.calories),
    distanceKm: z.optional(manualFields.distanceKm),
    avgHr: z.optional(manualFields.avgHr),
    maxHr: z.optional(manualFields.maxHr),
    notes: z.optional(manualFields.notes),
  })
  .check(z.refine(hrOrder, hrOrderIssue));
export type ManualActivityInput = z.infer<typeof manualActivityInputSchema>;

/** `PATCH /forge/manual-activities/{id}` body: any subset of the fields. */
export const manualActivityChangesSchema = z
  .partial(z.strictObject(manualFields))
  .check(
    z.refine((value) => Object.keys(value).length > 0, { error: 'send at least one field to change', params: { code: 'empty_update' } }),
    z.refine(hrOrder, hrOrderIssue),
  );
export type ManualActivityChanges = z.infer<typeof manualActivityChangesSchema>;

const iso = (value: string | Date) => new Date(value).toISOString();

/** A new manual activity, filed under the local day of its start in the user's time zone. */
export function newManualActivity(args: { id: string; userId: string; input: ManualActivityInput; timeZone: string; now: Date }): Activity {
  const { input, now } = args;
  const startAt = iso(input.startAt);
  return activitySchema.parse({
    id: args.id,
    userId: args.userId,
    source: 'manual',
    sourceId: null,
    provider: null,
    sourceVersion: null,
    type: input.type,
    title: input.title ?? input.type,
    discipline: input.discipline ?? null,
    startAt,
    durationMin: input.durationMin,
    calories: input.calories ?? null,
    distanceKm: input.distanceKm ?? null,
    avgHr: input.avgHr ?? null,
    maxHr: input.maxHr ?? null,
    zones: null,
    effortScore: null,
    notes: input.notes ?? null,
    localDay: localDay(startAt, args.timeZone),
    createdAt: iso(now),
    updatedAt: iso(now),
    version: 1,
  });
}

/**
 * The next state of a manual activity after an edit (version + 1). A new start instant is filed
 * under its local day in the given zone; otherwise the activity keeps the day it was written with.
 */
export function applyManualChanges(current: Activity, changes: ManualActivityChanges, timeZone: string, now: Date): Activity {
  if (current.source !== 'manual') throw new ReadOnlyActivityError(current.id, current.source);
  const startAt = changes.startAt ? iso(changes.startAt) : current.startAt;
  const next = activitySchema.parse({
    ...current,
    ...changes,
    startAt,
    localDay: changes.startAt ? localDay(startAt, timeZone) : current.localDay,
    updatedAt: iso(now),
    version: current.version + 1,
  });
  if (!hrOrder(next)) throw new InvalidActivityChangeError('avgHr', `must not be above maxHr (${next.maxHr})`, 'heart_rates_inconsistent', { other: 'maxHr', maximum: next.maxHr ?? 0 });
  return next;
}

/** The heart-rate facts of a session's linked wearable workout that Forge shows. */
export type SessionWearableFacts = Pick<SessionWearable, 'avgBpm' | 'maxBpm' | 'zoneSeconds' | 'effortScore'>;

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * The one Forge activity of a completed training session (`ts_<sessionId>`), at the session's
 * version. It is filed under the session's own local day, so Training and Forge agree on the day.
 */
export function activityFromSession(session: TrainingSession, wearable: SessionWearableFacts | null = null, now = new Date()): Activity {
  if (session.status !== 'completed' || !session.completedAt) {
    throw new RangeError(`only completed sessions become activities (session ${session.id} is ${session.status})`);
  }
  const metrics = session.metrics;
  // Calories and minutes are Training's own numbers, so a training-only day has identical totals in both halves.
  const calories = metrics?.calories.kcal ?? null;
  const distance = metrics?.distanceKm ?? 0;
  const startedAt = session.startedAt ?? session.completedAt;
  const durationMin = metrics?.durationMin ?? Math.max(0, (Date.parse(session.completedAt) - Date.parse(startedAt)) / 60_000);
  return activitySchema.parse({
    id: syncedActivityId(session.id),
    userId: session.userId,
    source: 'training_session',
    sourceId: session.id,
    provider: null,
    sourceVersion: session.version,
    type: session.discipline,
    title: session.title,
    discipline: session.discipline,
    startAt: iso(startedAt),
    durationMin: round1(Math.min(1440, durationMin)),
    calories: calories === null ? null : round1(calories),
    distanceKm: distance > 0 ? Math.round(distance * 100) / 100 : null,
    avgHr: wearable?.avgBpm ?? null,
    maxHr: wearable?.maxBpm ?? null,
    zones: wearable?.zoneSeconds ?? null,
    effortScore: wearable?.effortScore ?? null,
    notes: session.notes,
    localDay: session.localDay,
    createdAt: iso(now),
    updatedAt: iso(now),
    version: session.version,
  });
}
