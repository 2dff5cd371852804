import { InvalidCursorError } from '../db/cursor';
import { VersionConflictError } from '../db/item';
import { IllegalTransitionError, InvalidSetError } from '../domain/training/errors';
import { ProblemError, problems } from './problem';

/*
 * Forge activity errors (shared/domain/forge/activity.ts) are recognized by name and shape, not
 * imported: that module builds zod schemas at load, and every handler bundles this file.
 */
const isNamedError = <T extends object>(error: unknown, name: string): error is Error & T => error instanceof Error && error.name === name;

/** Domain and repository errors every route may meet, as the problem the client should see. */
export function problemForDomainError(error: unknown): ProblemError | null {
  if (error instanceof IllegalTransitionError) {
    return problems.conflict(error.message, { currentStatus: error.current });
  }
  if (error instanceof InvalidSetError) {
    return problems.validation([{ path: `body.${error.field}`, message: error.reason }]);
  }
  if (error instanceof VersionConflictError) {
    return problems.conflict(`The ${error.entity} changed meanwhile; reload it and try again.`, error.currentVersion ? { currentVersion: error.currentVersion } : undefined);
  }
  if (isNamedError<{ activityId: string; source: string }>(error, 'ReadOnlyActivityError')) {
    // Synced (training_session) or imported (wearable) activities: the message says where to change them.
    return problems.conflict(error.message, { activityId: error.activityId, source: error.source });
  }
  if (isNamedError<{ field: string; reason: string }>(error, 'InvalidActivityChangeError')) {
    return problems.validation([{ path: `body.${error.field}`, message: error.reason }]);
  }
  if (error instanceof InvalidCursorError) {
    return problems.validation([{ path: 'query.cursor', message: error.message }]);
  }
  return null;
}
