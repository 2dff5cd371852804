import { InvalidCursorError } from '../db/cursor';
import { VersionConflictError } from '../db/item';
import { IllegalTransitionError, InvalidSetError } from '../domain/training/errors';
import type { FieldErrorCode, LifecycleAction } from './error-codes';
import { ProblemError, problems } from './problem';

/*
 * Forge activity errors (shared/domain/forge/activity.ts) are recognized by name and shape, not
 * imported: that module builds zod schemas at load, and every handler bundles this file.
 */
const isNamedError = <T extends object>(error: unknown, name: string): error is Error & T => error instanceof Error && error.name === name;

/** The lifecycle's actions by how IllegalTransitionError words them ("be started", "log sets (start it first)"…). */
const LIFECYCLE_ACTION_WORDS: Array<[prefix: string, action: LifecycleAction]> = [
  ['be started', 'start'],
  ['log sets', 'log_set'],
  ['be completed', 'complete'],
  ['take a reported', 'feedback'],
  ['be snapshotted', 'snapshot'],
];

export const lifecycleAction = (attempted: string): LifecycleAction | undefined => LIFECYCLE_ACTION_WORDS.find(([prefix]) => attempted.startsWith(prefix))?.[1];

/** A domain error's own `code` and `params` when it carries them (InvalidSetError, InvalidActivityChangeError…). */
function codeOf(error: Error, fallback: FieldErrorCode): { code: FieldErrorCode; params?: Record<string, string | number> } {
  const { code, params } = error as Error & { code?: unknown; params?: unknown };
  return {
    code: typeof code === 'string' ? (code as FieldErrorCode) : fallback,
    ...(params && typeof params === 'object' ? { params: params as Record<string, string | number> } : {}),
  };
}

/** Domain and repository errors every route may meet, as the problem the client should see. */
export function problemForDomainError(error: unknown): ProblemError | null {
  if (isNamedError(error, 'AccountErasedError')) return problems.unauthorized(error.message);
  if (error instanceof IllegalTransitionError) {
    const action = lifecycleAction(error.attempted);
    return problems.conflict(error.message, { code: 'illegal_transition', currentStatus: error.current, ...(action ? { action } : {}) });
  }
  if (error instanceof InvalidSetError) {
    return problems.validation([{ path: `body.${error.field}`, message: error.reason, ...codeOf(error, 'invalid_set') }]);
  }
  if (error instanceof VersionConflictError) {
    return problems.conflict(`The ${error.entity} changed meanwhile; reload it and try again.`, {
      code: 'version_conflict',
      entity: error.entity,
      ...(error.currentVersion ? { currentVersion: error.currentVersion } : {}),
    });
  }
  if (isNamedError<{ activityId: string; source: string }>(error, 'ReadOnlyActivityError')) {
    // Synced (training_session) or imported (wearable) activities: the message says where to change them.
    return problems.conflict(error.message, { code: 'read_only_activity', activityId: error.activityId, source: error.source });
  }
  if (isNamedError<{ field: string; reason: string }>(error, 'InvalidActivityChangeError')) {
    return problems.validation([{ path: `body.${error.field}`, message: error.reason, ...codeOf(error, 'invalid') }]);
  }
  if (error instanceof InvalidCursorError) {
    return problems.validation([{ path: 'query.cursor', code: 'invalid_cursor', message: error.message }]);
  }
  return null;
}
