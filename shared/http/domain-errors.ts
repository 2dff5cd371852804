import { InvalidCursorError } from '../db/cursor';
import { VersionConflictError } from '../db/item';
import { IllegalTransitionError, InvalidSetError } from '../domain/training/errors';
import { ProblemError, problems } from './problem';

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
  if (error instanceof InvalidCursorError) {
    return problems.validation([{ path: 'query.cursor', message: error.message }]);
  }
  return null;
}
