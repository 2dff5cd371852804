import { getExercise, type Coach, type Discipline } from '../catalog';
import { type CoachFields, type Prescription } from '../coaches/prescription';
import { plannedDurationMin } from '../coaches/planned-duration';
import { intensityFromRpe } from '../science/met';
import { localDay } from '../time/zoned';
import type { TrainingSession } from './session';

export interface CustomSessionInput {
  coach: Coach;
  discipline: Discipline;
  title: string;
  locationId: string | null;
  exercises: Array<{
    exerciseId: string;
    notes: string | null;
    sets: Array<{ reps: number | null; loadKg: number | null; durationSec: number | null; distanceM: number | null; targetRpe: number | null; restSec: number }>;
  }>;
}

/** Exercise ids not in the catalog, with their position (to name the field in a 400). */
export function unknownExercises(input: Pick<CustomSessionInput, 'exercises'>): Array<{ index: number; exerciseId: string }> {
  return input.exercises.flatMap((exercise, index) => (getExercise(exercise.exerciseId) ? [] : [{ index, exerciseId: exercise.exerciseId }]));
}

/** The coach-specific fields of a session the athlete wrote (nothing was computed by a coach). */
export function emptyCoachFields(coach: Coach): CoachFields {
  switch (coach) {
    case 'force':
      return { coach, workingMaxes: [], progressionApplied: [] };
    case 'endurance':
      return { coach, sessionType: 'aerobic', targetZones: [], intervalStructure: '', totalZoneMinutes: [], maxHeartRate: null, heartRateZones: [], referencePaceSecPerKm: null };
    case 'functional':
      return { coach, workoutFormat: 'for_time', scalingOptions: [], stimulus: '' };
    case 'calisthenics':
      return { coach, skillFocus: '', progressionLevels: [], pushSets: 0, pullSets: 0, pushPullRatio: null };
    case 'competitions':
      return { coach, stations: [], runSplits: [], totalTargetSec: 0 };
  }
}

/** A draft session from the athlete's own prescription (every exercise id already checked). */
export function buildCustomSession(input: CustomSessionInput, meta: { id: string; userId: string; timeZone: string; now: Date }): TrainingSession {
  const rpes = input.exercises.flatMap((e) => e.sets.map((s) => s.targetRpe)).filter((r): r is number => r !== null);
  const prescription: Prescription = {
    coach: input.coach,
    discipline: input.discipline,
    title: input.title,
    summary: input.exercises.map((e) => `${getExercise(e.exerciseId)!.name.en} ×${e.sets.length}`).join(', ').slice(0, 600),
    estimatedDurationMin: 1,
    intensity: intensityFromRpe(rpes.length ? rpes.reduce((a, b) => a + b, 0) / rpes.length : null),
    blocks: [
      {
        name: 'Main',
        kind: 'main',
        format: 'straight',
        rounds: null,
        timeCapMin: null,
        exercises: input.exercises.map((exercise) => ({
          exerciseId: exercise.exerciseId,
          name: getExercise(exercise.exerciseId)!.name.en,
          notes: exercise.notes,
          scaling: null,
          sets: exercise.sets.map((set) => ({ type: 'working' as const, calories: null, targetRir: null, targetHrZone: null, targetPaceSecPerKm: null, ...set })),
        })),
      },
    ],
    coachNotes: [],
    coachFields: emptyCoachFields(input.coach),
  };
  prescription.estimatedDurationMin = Math.max(1, Math.min(300, Math.round(plannedDurationMin(prescription))));
  const createdAt = meta.now.toISOString();
  return {
    id: meta.id,
    userId: meta.userId,
    status: 'draft',
    origin: 'custom',
    provider: 'user',
    coach: input.coach,
    discipline: input.discipline,
    title: input.title,
    prescription,
    context: { locationId: input.locationId, equipment: [], durationMin: prescription.estimatedDurationMin, energy: 3 },
    // The athlete's own plan is enriched too (cues, mistakes, progressions per exercise).
    enrichmentStatus: 'fast',
    enrichmentPriority: 5,
    enrichmentAttempts: 0,
    enrichmentError: null,
    enrichmentQueuedAt: meta.now.toISOString(),
    loggedSets: [],
    lastPerformance: [],
    metrics: null,
    newRecords: [],
    notes: null,
    tokenUsage: null,
    timeZone: meta.timeZone,
    localDay: localDay(meta.now, meta.timeZone),
    createdAt,
    startedAt: null,
    completedAt: null,
    updatedAt: createdAt,
    version: 1,
  };
}
