/**
 * The machine-readable kinds of field errors in a problem document (`errors[].code`), so clients
 * can say what to fix in their own words and language instead of showing `message` (English).
 * Pure: the SPA imports these types (types only) to keep its translations complete.
 */

/** zod's issue codes, passed through with the parameters that describe them. */
export const ZOD_ISSUE_CODES = [
  'invalid_type',
  'too_big',
  'too_small',
  'invalid_format',
  'not_multiple_of',
  'unrecognized_keys',
  'invalid_union',
  'invalid_key',
  'invalid_element',
  'invalid_value',
  'custom',
] as const;

/**
 * Codes of refinements and domain rules (zod refinements carry theirs as `params.code`).
 * Their parameters are listed after each; `message` stays the English explanation.
 */
export const DOMAIN_ERROR_CODES = [
  /** The request had no body (send a JSON object). */
  'body_required',
  /** The body is not JSON. */
  'malformed_json',
  /** `maximum` bytes. */
  'payload_too_large',
  /** Not an IANA time zone (e.g. Europe/Paris). */
  'invalid_time_zone',
  /** Not a calendar day YYYY-MM-DD. */
  'invalid_day',
  /** A change (PATCH/PUT) without any field. */
  'empty_update',
  /** A list that repeats a value. */
  'duplicate_value',
  /** Equipment `none` together with other equipment. */
  'equipment_none_exclusive',
  /** Resting above max heart rate, or average above max: `other` names the other field. */
  'heart_rates_inconsistent',
  /** `exerciseId` is not in the exercise catalog. */
  'unknown_exercise',
  /** `locationId` is not one of the caller's locations. */
  'unknown_location',
  /** An instant in the future where only the past makes sense. */
  'in_future',
  /** A range whose start is after its end (`to`). */
  'range_reversed',
  /** A range longer than `maximum` days. */
  'range_too_long',
  /** A paging cursor that was altered, expired or made for another query. */
  'invalid_cursor',
  /** An exercise index outside the session's `count` exercises. */
  'exercise_index_out_of_range',
  /** A session already holds its `maximum` sets. */
  'too_many_sets',
  /** Serialized content above `maximum` bytes. */
  'content_too_large',
  /** A logged set the session does not accept (no finer code known). */
  'invalid_set',
  /** A value a domain rule refused (no finer code known). */
  'invalid',
] as const;

export type ZodIssueCode = (typeof ZOD_ISSUE_CODES)[number];
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];
export type FieldErrorCode = ZodIssueCode | DomainErrorCode;

/** JSON values a field error's parameters may take. */
export type FieldErrorParam = string | number | boolean | null | Array<string | number | boolean | null>;

/** One field-level complaint: where, what kind (`code` + `params`), and an English `message`. */
export interface FieldError {
  path: string;
  message: string;
  code: FieldErrorCode;
  params?: Record<string, FieldErrorParam>;
}

/** Codes of problems that are not about one field (409s), carried as the problem's `code` member. */
export const PROBLEM_CODES = ['illegal_transition', 'version_conflict', 'read_only_activity'] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/**
 * Stable names of the session lifecycle's actions in a 409 `illegal_transition` (`action`
 * member), next to `currentStatus`.
 */
export const LIFECYCLE_ACTIONS = ['start', 'log_set', 'complete', 'feedback', 'snapshot'] as const;
export type LifecycleAction = (typeof LIFECYCLE_ACTIONS)[number];
