import * as z from '../../zod';
import { prescriptionSchema } from '../coaches/prescription';
import { computeAcwr, type AcwrResult } from '../science/acwr';
import { computeReadiness, type Readiness } from '../science/readiness';
import { deviceSchema, type Device } from '../wearables/device';
import { goalSchema, type Goal } from './goal';
import { locationSchema, type Location } from './location';
import { trainingSessionSchema, type TrainingSession } from './session';
import { contributionSchema, dailyLoadsOf, lastSessionAtOf, sessionDaysOf, type TrainingDay } from './training-day';

const localizedTextSchema = z.object({ en: z.string(), fr: z.string() });

/** A light view of a session for lists (no prescription or sets). */
export const sessionSummarySchema = z.extend(
  z.pick(trainingSessionSchema, { id: true, title: true, coach: true, discipline: true, status: true, enrichmentStatus: true, localDay: true, createdAt: true, startedAt: true, completedAt: true }),
  { estimatedDurationMin: prescriptionSchema.shape.estimatedDurationMin },
);
export type SessionSummary = z.infer<typeof sessionSummarySchema>;

/** What Today reads of an open session (all its index projects of one): the summary and when it last changed. */
export const openSessionSchema = z.extend(sessionSummarySchema, { updatedAt: trainingSessionSchema.shape.updatedAt });
export type OpenSession = z.infer<typeof openSessionSchema>;

/** Readiness 0–100 and its three weighted parts (science/readiness.ts computes it). */
export const readinessSchema = z.object({
  score: z.number().check(z.minimum(0), z.maximum(100)),
  label: z.enum(['ready', 'moderate', 'recover']),
  labelText: localizedTextSchema,
  recovery: z.object({ score: z.number(), weight: z.number(), hoursSinceLastSession: z.nullable(z.number()) }),
  energy: z.object({ score: z.number(), weight: z.number(), source: z.enum(['wearable', 'neutral']) }),
  consistency: z.object({ score: z.number(), weight: z.number(), streakDays: z.int().check(z.minimum(0)), sessionsPerWeek: z.number() }),
}) satisfies z.ZodMiniType<Readiness>;

/** Acute:chronic workload ratio (science/acwr.ts computes it). */
export const acwrSchema = z.object({
  ratio: z.nullable(z.number()).check(z.describe('Acute / chronic, two decimals; null when the chronic load is 0 or data is insufficient')),
  acuteLoad: z.number(),
  chronicWeeklyLoad: z.number(),
  historyDays: z.int().check(z.minimum(0)),
  flag: z.enum(['low', 'optimal', 'high', 'very_high', 'insufficient_data']),
  message: localizedTextSchema,
}) satisfies z.ZodMiniType<AcwrResult>;

/** GET /training/today, exactly as buildToday makes it (its return type is this schema's). */
export const todaySchema = z.object({
  today: trainingSessionSchema.shape.localDay.check(z.describe("The athlete's local day, YYYY-MM-DD")),
  activeSessions: z.array(sessionSummarySchema).check(z.describe('Most recently changed first')),
  draftSessions: z.array(sessionSummarySchema).check(z.describe('Most recently changed first')),
  completedToday: z.array(z.extend(z.pick(contributionSchema, { coach: true, discipline: true, durationMin: true, calories: true, completedAt: true }), { id: z.string() })),
  stats: z
    .object({ calories: z.number(), minutes: z.number(), count: z.int().check(z.minimum(0)), load: z.number() })
    .check(z.describe("Today's training totals (Forge has its own Day)")),
  readiness: readinessSchema,
  acwr: acwrSchema,
  goals: z.array(goalSchema),
  locations: z.array(locationSchema),
  devices: z.array(z.pick(deviceSchema, { provider: true, status: true, lastSyncAt: true })),
});
export type Today = z.infer<typeof todaySchema>;

/** The summary of one open session (what Today lists). */
export const sessionSummary = (s: OpenSession): SessionSummary => ({
  id: s.id,
  title: s.title,
  coach: s.coach,
  discipline: s.discipline,
  status: s.status,
  enrichmentStatus: s.enrichmentStatus,
  localDay: s.localDay,
  createdAt: s.createdAt,
  startedAt: s.startedAt,
  completedAt: s.completedAt,
  estimatedDurationMin: s.estimatedDurationMin,
});

/** A session as Today reads it. */
export const openSessionOf = (s: TrainingSession): OpenSession => ({ ...sessionSummary({ ...s, estimatedDurationMin: s.prescription.estimatedDurationMin }), updatedAt: s.updatedAt });

/**
 * The Today tab from two reads: the open items and the last 35 training days. Stats come from
 * training only (Forge has its own Day view).
 */
export function buildToday(input: {
  now: Date;
  today: string;
  open: { sessions: OpenSession[]; goals: Goal[]; locations: Location[]; devices: Device[] };
  days: TrainingDay[];
}): Today {
  const todayAggregate = input.days.find((d) => d.day === input.today);
  const latestEffort = input.open.devices
    .filter((d) => d.latestEffortScore !== null && d.latestEffortAt !== null)
    .sort((a, b) => (a.latestEffortAt! < b.latestEffortAt! ? 1 : -1))[0];
  const readiness = computeReadiness({
    now: input.now,
    lastSessionAt: lastSessionAtOf(input.days),
    latestEffortScore: latestEffort?.latestEffortScore ?? null,
    sessionDays: sessionDaysOf(input.days),
    today: input.today,
  });
  const firstDay = input.days.length ? input.days.reduce((min, d) => (d.day < min ? d.day : min), input.today) : undefined;
  const acwr = computeAcwr({ loads: dailyLoadsOf(input.days), today: input.today, historyStartDay: firstDay });
  const byRecency = (a: OpenSession, b: OpenSession) => (a.updatedAt < b.updatedAt ? 1 : -1);
  return {
    today: input.today,
    activeSessions: input.open.sessions.filter((s) => s.status === 'active').sort(byRecency).map(sessionSummary),
    draftSessions: input.open.sessions.filter((s) => s.status === 'draft').sort(byRecency).map(sessionSummary),
    completedToday: Object.entries(todayAggregate?.contributions ?? {})
      .filter(([, c]) => !c.removed)
      .map(([id, c]) => ({ id, coach: c.coach, discipline: c.discipline, durationMin: c.durationMin, calories: c.calories, completedAt: c.completedAt })),
    stats: {
      calories: todayAggregate?.calories ?? 0,
      minutes: todayAggregate?.durationMin ?? 0,
      count: todayAggregate?.sessionCount ?? 0,
      load: todayAggregate?.load ?? 0,
    },
    readiness,
    acwr,
    goals: input.open.goals,
    locations: input.open.locations,
    devices: input.open.devices.map((d) => ({ provider: d.provider, status: d.status, lastSyncAt: d.lastSyncAt })),
  };
}
