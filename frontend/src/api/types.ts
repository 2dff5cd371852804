/**
 * The API's shapes, taken as types only from the backend's own zod schemas (erased at build:
 * nothing from the backend ships in the SPA bundle).
 */
import type { input } from 'zod';
import type { customSessionBody, logSetBody } from '../../../functions/training/schemas';

export type { Profile, ProfileFields, ProfileUpdate } from '../../../shared/domain/profile/profile';
export type { LoggedSet, SessionStatus, TrainingSession } from '../../../shared/domain/training/session';
export type { Coach, Discipline } from '../../../shared/domain/catalog/schema';
export type { PrescribedExercise, PrescribedSet } from '../../../shared/domain/coaches/prescription';

export type CustomSessionRequest = input<typeof customSessionBody>;
export type LogSetRequest = input<typeof logSetBody>;
export type SessionPage = { items: import('../../../shared/domain/training/session').TrainingSession[]; nextCursor?: string };
export type HistoryPeriod = 'week' | 'month' | 'quarter' | 'year';
/** Empty strings mean "any" (the client leaves them out of the query). */
export type HistoryFilters = { period: HistoryPeriod; type: string; discipline: string };
