/** Errors of the session lifecycle. Kept free of imports so every handler can map them cheaply. */

/** A transition the lifecycle does not allow (→ 409 with the current status). */
export class IllegalTransitionError extends Error {
  constructor(readonly current: string, readonly attempted: string) {
    super(`A ${current} session cannot ${attempted}.`);
    this.name = 'IllegalTransitionError';
  }
}

/**
 * A logged set that does not fit the session (→ 400 naming the field). `code` is the stable kind
 * clients translate (see shared/http/error-codes.ts), with the `params` its wording needs.
 */
export class InvalidSetError extends Error {
  constructor(
    readonly field: string,
    readonly reason: string,
    readonly code?: string,
    readonly params?: Record<string, string | number>,
  ) {
    super(`${field} ${reason}`);
    this.name = 'InvalidSetError';
  }
}
