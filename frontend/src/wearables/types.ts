/** Wearable shapes, taken as types only from the backend's zod schemas (nothing of the backend ships). */
import type { output } from 'zod';
import type { importCreatedAnswer, importJobAnswer } from '../../../shared/domain/wearables/import-job';

export type ImportJob = output<typeof importJobAnswer>;
export type ImportCreated = output<typeof importCreatedAnswer>;
export type ImportErrorCode = NonNullable<ImportJob['error']>['code'];
