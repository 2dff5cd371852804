import { localDay } from '../time/zoned';
import type { TrainingSession } from '../training/session';
import type { CoachContext } from './context';
import type { Prescription } from './prescription';

export type GenerationMode = 'fast' | 'full';

export interface CoachSessionInput {
  id: string;
  userId: string;
  timeZone: string;
  now: Date;
  prescription: Prescription;
  provider: 'offline' | 'openai';
  context: Pick<CoachContext, 'equipment' | 'durationMin' | 'energy'>;
  locationId: string | null;
  tokenUsage: TrainingSession['tokenUsage'];
  /** fast: queued for enrichment; full: the enrichment content is written with the session. */
  mode: GenerationMode;
  priority: number;
}

/** A draft session from a coach's prescription (pure). */
export function buildCoachSession(input: CoachSessionInput): TrainingSession {
  const at = input.now.toISOString();
  const { prescription } = input;
  return {
    id: input.id,
    userId: input.userId,
    status: 'draft',
    origin: 'coach',
    provider: input.provider,
    coach: prescription.coach,
    discipline: prescription.discipline,
    title: prescription.title,
    prescription,
    context: {
      locationId: input.locationId,
      equipment: [...input.context.equipment],
      durationMin: input.context.durationMin,
      energy: input.context.energy,
    },
    enrichmentStatus: input.mode === 'full' ? 'full' : 'fast',
    enrichmentPriority: Math.min(10, Math.max(1, Math.round(input.priority))),
    enrichmentAttempts: 0,
    enrichmentError: null,
    enrichmentQueuedAt: input.mode === 'full' ? null : at,
    loggedSets: [],
    lastPerformance: [],
    metrics: null,
    newRecords: [],
    notes: null,
    tokenUsage: input.tokenUsage,
    timeZone: input.timeZone,
    localDay: localDay(input.now, input.timeZone),
    createdAt: at,
    startedAt: null,
    completedAt: null,
    updatedAt: at,
    version: 1,
  };
}
