import { equipment as equipmentOrder, type Coach, type Discipline, type Equipment } from '../catalog/schema';
import type { Profile } from '../profile/profile';
import { ageFromBirthYear } from '../science/heart-rate/max-hr';
import { addDays, localDay } from '../time/zoned';
import type { TrainingSession } from '../training/session';
import type { CoachContext, HistoryEntry, HistorySet } from './context';

/** What the athlete asks for in `POST /training/sessions` (generation). */
export interface CoachRequest {
  coach: Coach;
  discipline?: Discipline | null;
  equipment?: readonly Equipment[] | null;
  durationMin: number;
  energy: number;
  goals?: readonly string[] | null;
  avoid?: readonly string[] | null;
}

/** Completed sessions whose logged sets feed progressive overload. */
export const HISTORY_SESSIONS = 10;
/** Bounds of the context schema (coachContextSchema). */
const MAX_HISTORY_ENTRIES = 300;
const MAX_SETS_PER_ENTRY = 100;

/**
 * The history Query window: wide enough for the last sessions of anyone who trains at all, and
 * computed from the UTC day so it can run in parallel with the profile read (a local day is at
 * most one day away from the UTC day).
 */
export function historyWindow(now: Date, days = 120): { fromDay: string; toDay: string } {
  const utcDay = now.toISOString().slice(0, 10);
  return { fromDay: addDays(utcDay, -days), toDay: addDays(utcDay, 1) };
}

/**
 * Equipment for the coach: the location's list plus what the request names, each once, in catalog
 * order. `none` (bodyweight) is always available to the coaches, so it is dropped. Neither a
 * location nor a list → bodyweight only.
 */
export function mergeEquipment(location: readonly Equipment[] | null | undefined, explicit: readonly Equipment[] | null | undefined): Equipment[] {
  const wanted = new Set<Equipment>([...(location ?? []), ...(explicit ?? [])]);
  return equipmentOrder.filter((item) => item !== 'none' && wanted.has(item));
}

const bounded = (value: number | null, min: number, max: number): number | null =>
  value == null || !Number.isFinite(value) ? null : Math.min(max, Math.max(min, value));

function historySet(set: TrainingSession['loggedSets'][number]): HistorySet {
  return {
    reps: set.reps,
    loadKg: bounded(set.loadKg, 0, 1000),
    durationSec: bounded(set.durationSec, 0, 86_400),
    distanceM: bounded(set.distanceM, 0, 1_000_000),
    rpe: bounded(set.rpe, 0, 10),
    rir: bounded(set.rir, 0, 20),
  };
}

/**
 * Recent performances for progressive overload, newest first: for each completed session (newest
 * first, at most `maxSessions`), one entry per exercise with the sets logged for it, in logging order.
 */
export function historyFromSessions(sessions: readonly TrainingSession[], maxSessions = HISTORY_SESSIONS): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  const completed = sessions
    .filter((session) => session.status === 'completed' && session.loggedSets.length > 0)
    .sort((a, b) => (b.completedAt ?? b.createdAt).localeCompare(a.completedAt ?? a.createdAt))
    .slice(0, maxSessions);
  for (const session of completed) {
    const performedAt = session.completedAt ?? session.startedAt ?? session.createdAt;
    const byExercise = new Map<string, HistorySet[]>();
    const ordered = [...session.loggedSets].sort((a, b) => a.exerciseIndex - b.exerciseIndex || a.setIndex - b.setIndex);
    for (const set of ordered) {
      const sets = byExercise.get(set.exerciseId) ?? [];
      if (sets.length < MAX_SETS_PER_ENTRY) sets.push(historySet(set));
      byExercise.set(set.exerciseId, sets);
    }
    for (const [exerciseId, sets] of byExercise) {
      if (entries.length >= MAX_HISTORY_ENTRIES) return entries;
      entries.push({ exerciseId: exerciseId.slice(0, 80), performedAt, sets });
    }
  }
  return entries;
}

const cleanTexts = (values: readonly string[] | null | undefined, maxItems: number, maxLength: number): string[] =>
  [...new Set((values ?? []).map((value) => value.trim().slice(0, maxLength)).filter((value) => value.length > 0))].slice(0, maxItems);

export interface BuildContextInput {
  request: CoachRequest;
  profile: Pick<Profile, 'level' | 'birthYear' | 'weightKg' | 'sex' | 'maxHeartRate' | 'locale' | 'timeZone'> & Partial<Pick<Profile, 'restingHeartRate'>>;
  /** The chosen location's equipment, when a location was given. */
  locationEquipment?: readonly Equipment[] | null;
  /** Recent sessions of the athlete (any status; only completed ones count). */
  sessions?: readonly TrainingSession[];
  now: Date;
}

/** The coach context from the request, the profile, the location and recent history (pure). */
export function buildCoachContext(input: BuildContextInput): CoachContext {
  const { request, profile, now } = input;
  const age = ageFromBirthYear(profile.birthYear, now);
  const maxHeartRate = profile.maxHeartRate != null ? Math.round(profile.maxHeartRate) : null;
  const restingHeartRate = profile.restingHeartRate != null ? Math.round(profile.restingHeartRate) : null;
  return {
    coach: request.coach,
    discipline: request.discipline ?? null,
    equipment: mergeEquipment(input.locationEquipment, request.equipment),
    durationMin: Math.round(Math.min(180, Math.max(10, request.durationMin))),
    energy: Math.round(Math.min(5, Math.max(1, request.energy))),
    level: profile.level,
    goals: cleanTexts(request.goals, 20, 120),
    avoid: cleanTexts(request.avoid, 40, 80),
    history: historyFromSessions(input.sessions ?? []),
    profile: {
      weightKg: bounded(profile.weightKg, 20, 350),
      sex: profile.sex,
      age: age != null && age >= 10 && age <= 110 ? age : null,
      maxHeartRate: maxHeartRate != null && maxHeartRate >= 100 && maxHeartRate <= 240 ? maxHeartRate : null,
      restingHeartRate: restingHeartRate != null && restingHeartRate >= 25 && restingHeartRate <= 120 ? restingHeartRate : null,
    },
    date: localDay(now, profile.timeZone),
    locale: profile.locale,
  };
}
