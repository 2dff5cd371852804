import { computeAcwr } from '../science/acwr';
import { computeReadiness } from '../science/readiness';
import type { Device } from '../wearables/device';
import type { Goal } from './goal';
import type { Location } from './location';
import type { TrainingSession } from './session';
import { dailyLoadsOf, lastSessionAtOf, sessionDaysOf, type TrainingDay } from './training-day';

/** A light view of a session for lists (no prescription or sets). */
export const sessionSummary = (s: TrainingSession) => ({
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
  estimatedDurationMin: s.prescription.estimatedDurationMin,
});

/**
 * The Today tab from two reads: the open items and the last 35 training days. Stats come from
 * training only (Forge has its own Day view).
 */
export function buildToday(input: {
  now: Date;
  today: string;
  open: { sessions: TrainingSession[]; goals: Goal[]; locations: Location[]; devices: Device[] };
  days: TrainingDay[];
}) {
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
  const byRecency = (a: TrainingSession, b: TrainingSession) => (a.updatedAt < b.updatedAt ? 1 : -1);
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
