/**
 * How the API's refusals reach the screens: every non-2xx answer of the typed client
 * (`typed-client.ts`, the SPA's only API client) becomes one {@link ApiError}, read from its RFC 9457
 * problem+json here and nowhere else.
 */
import type { FieldErrorCode, FieldErrorParam } from '../../../shared/http/error-codes';

/**
 * One field error of a problem+json (`errors[]`): `code` + `params` say what is wrong (word it
 * with ui/errors `fieldErrorText`); `message` is the server's English, for developers only.
 */
export interface FieldError {
  path: string;
  message: string;
  code?: FieldErrorCode | (string & {});
  params?: Record<string, FieldErrorParam>;
}

/** An API refusal (RFC 9457 problem+json), or `status: 0` when the API could not be reached. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly errors: FieldError[] = [],
    /** The problem document's other members (RFC 9457 extensions), e.g. `currentVersion` on a 409. */
    readonly extensions: Record<string, unknown> = {},
    /** Seconds to wait before retrying (429/503: the Retry-After header, else `retryAfterSeconds`). */
    readonly retryAfterSeconds?: number,
  ) {
    super(detail || title);
  }

  /** The problem's own kind on some 409s: `illegal_transition`, `version_conflict`, `read_only_activity`. */
  get code(): string | undefined {
    return typeof this.extensions.code === 'string' ? this.extensions.code : undefined;
  }

  /** Every field error, its path without the `body.` / `query.` / `path.` prefix (`exercises.0.sets.2.loadKg`). */
  fieldErrors(): FieldError[] {
    return this.errors.map((e) => ({ ...e, path: stripSource(e.path) }));
  }

  /**
   * Field messages keyed by path without the `body.` / `query.` prefix, e.g. `exercises.0.exerciseId`.
   * The server's English unless `word` is given: pass ui/errors' translator (or use `useFieldMessages`).
   */
  fieldMessages(word?: (error: FieldError) => string): Record<string, string> {
    return Object.fromEntries(this.fieldErrors().map((e) => [e.path, word ? word(e) : e.message]));
  }
}

const stripSource = (path: string) => path.replace(/^(body|query|path)\.?/, '');

/** The API could not be reached (offline, DNS, CORS...). */
export const networkError = () => new ApiError(0, 'Network error', 'The TwinForge API cannot be reached.');

/** A non-2xx answer as an ApiError, its body read as a problem document when it is JSON. */
export async function toApiError(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  let payload: unknown = null;
  try {
    payload = text ? JSON.parse(text) : null;
  } catch {
    // not JSON (a proxy's HTML page...): the status line says it all
  }
  return problemError(response, payload);
}

/**
 * An RFC 9457 problem document (already parsed) as an ApiError: field errors (`code`, `params`)
 * and extensions (`code`, `currentVersion`…) kept, Retry-After in seconds.
 */
export function problemError(response: Response, payload: unknown): ApiError {
  const problem = (payload !== null && typeof payload === 'object' ? payload : {}) as { title?: unknown; detail?: unknown; errors?: unknown } & Record<string, unknown>;
  const { title, detail, errors: listed, type: _type, status: _status, ...extensions } = problem;
  const errors = Array.isArray(listed) ? (listed as FieldError[]).filter((e) => typeof e?.path === 'string') : [];
  const retryAfter = retryAfterSeconds(response.headers.get('retry-after'), extensions.retryAfterSeconds);
  return new ApiError(response.status, String(title ?? response.statusText), String(detail ?? ''), errors, extensions, retryAfter);
}

/** Retry-After as seconds (delta-seconds or an HTTP date), else the problem's `retryAfterSeconds`. */
function retryAfterSeconds(header: string | null, extension: unknown): number | undefined {
  if (header) {
    const seconds = /^\d+$/.test(header.trim()) ? Number(header) : Math.ceil((Date.parse(header) - Date.now()) / 1000);
    if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  }
  return typeof extension === 'number' && extension >= 0 ? extension : undefined;
}
