import { newId } from '../../shared/db/ids';
import type { Prescription } from '../../shared/domain/coaches/prescription';
import type { TrainingSession } from '../../shared/domain/training/session';

export const simplePrescription = (): Prescription => ({
  coach: 'force',
  discipline: 'strength',
  title: 'Squat day',
  summary: 'Back squat 5×5',
  estimatedDurationMin: 45,
  intensity: 'moderate',
  blocks: [
    {
      name: 'Main',
      kind: 'main',
      format: 'straight',
      rounds: null,
      timeCapMin: null,
      exercises: [
        {
          exerciseId: 'back-squat',
          name: 'Back squat',
          sets: Array.from({ length: 5 }, () => ({
            type: 'working' as const, reps: 5, loadKg: 100, durationSec: null, distanceM: null, calories: null,
            targetRpe: 8, targetRir: null, targetHrZone: null, targetPaceSecPerKm: null, restSec: 180,
          })),
          notes: null,
          scaling: null,
        },
      ],
    },
  ],
  coachNotes: [],
  coachFields: { coach: 'force', workingMaxes: [], progressionApplied: [] },
});

/** A valid draft session for `userId`; override anything. */
export function draftSession(userId: string, overrides: Partial<TrainingSession> = {}): TrainingSession {
  const createdAt = overrides.createdAt ?? new Date().toISOString();
  return {
    id: newId(Date.parse(createdAt)),
    userId,
    status: 'draft',
    origin: 'coach',
    provider: 'offline',
    coach: 'force',
    discipline: 'strength',
    title: 'Squat day',
    prescription: simplePrescription(),
    context: { locationId: null, equipment: ['barbell', 'rack'], durationMin: 45, energy: 3 },
    // Not 'fast': a fast INSERT would be picked up by the running stack's enrichment worker.
    enrichmentStatus: 'full',
    enrichmentPriority: 5,
    enrichmentAttempts: 0,
    enrichmentError: null,
    enrichmentQueuedAt: null,
    loggedSets: [],
    lastPerformance: [],
    metrics: null,
    newRecords: [],
    notes: null,
    tokenUsage: null,
    timeZone: 'UTC',
    localDay: createdAt.slice(0, 10),
    createdAt,
    startedAt: null,
    completedAt: null,
    updatedAt: createdAt,
    version: 1,
    ...overrides,
  };
}
