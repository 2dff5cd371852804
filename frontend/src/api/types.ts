/**
 * The API's shapes, taken as types only from the backend's own zod schemas (erased at build:
 * nothing from the backend ships in the SPA bundle).
 */
import type { input } from 'zod';
import type { Coach, Discipline } from '../../../shared/domain/catalog/schema';
import type { completeSessionBody, customSessionBody, logSetBody, snapshotBody } from '../../../functions/training/schemas';

export type { Profile, ProfileFields, ProfileUpdate } from '../../../shared/domain/profile/profile';
export type { LastPerformance, LoggedSet, SessionStatus, TrainingSession } from '../../../shared/domain/training/session';
export type { Coach, Discipline, Equipment } from '../../../shared/domain/catalog/schema';
export type { Goal, GoalCreate, GoalKind, GoalStatus, GoalUnit, GoalUpdate } from '../../../shared/domain/training/goal';
export type { Location, LocationCreate, LocationKind, LocationUpdate } from '../../../shared/domain/training/location';
export type { PersonalRecord } from '../../../shared/domain/training/personal-record';
export type { SessionSnapshot, PipelineStep } from '../../../shared/domain/training/snapshot';
export type { SessionMetrics } from '../../../shared/domain/training/session';
export type { ExerciseBest, SessionListItem } from '../../../shared/domain/training/session-summary';
export type { PrescribedBlock, PrescribedExercise, PrescribedSet } from '../../../shared/domain/coaches/prescription';

export type CustomSessionRequest = input<typeof customSessionBody>;
export type LogSetRequest = input<typeof logSetBody>;
export type CompleteRequest = input<typeof completeSessionBody>;
export type SnapshotRequest = input<typeof snapshotBody>;
/** GET /training/today (the manifest's todaySchema, which the backend's buildToday returns). */
export type { Today } from '../../../shared/domain/training/today';
export type HistoryPeriod = 'week' | 'month' | 'quarter' | 'year';
/** Empty strings mean "any" (the client leaves them out of the query). */
export type HistoryFilters = { period: HistoryPeriod; type: Coach | ''; discipline: Discipline | '' };
