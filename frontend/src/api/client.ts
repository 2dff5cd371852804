import type { AuthSession } from '../auth/session';
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

/** Retry-After as seconds (delta-seconds or an HTTP date). */
function retryAfter(header: string | null, extension: unknown): number | undefined {
  if (header) {
    const seconds = /^\d+$/.test(header.trim()) ? Number(header) : Math.ceil((Date.parse(header) - Date.now()) / 1000);
    if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  }
  return typeof extension === 'number' && extension >= 0 ? extension : undefined;
}

type Query = Record<string, string | number | undefined>;

/** Calls the TwinForge API with the signed-in user's token (refreshed and retried once on a 401). */
export class ApiClient {
  constructor(
    private readonly baseUrl: string,
    private readonly auth: AuthSession,
  ) {}

  get = <T>(path: string, query?: Query) => this.request<T>('GET', path, { query });
  post = <T>(path: string, body?: unknown) => this.request<T>('POST', path, { body });
  put = <T>(path: string, body: unknown) => this.request<T>('PUT', path, { body });
  patch = <T>(path: string, body: unknown) => this.request<T>('PATCH', path, { body });
  delete = (path: string) => this.request<void>('DELETE', path, {});

  private async request<T>(method: string, path: string, options: { query?: Query; body?: unknown }): Promise<T> {
    const url = new URL(this.baseUrl + path);
    for (const [key, value] of Object.entries(options.query ?? {})) if (value !== undefined && value !== '') url.searchParams.set(key, String(value));
    const send = async (token: string) => {
      const headers: Record<string, string> = { authorization: `Bearer ${token}` };
      if (options.body !== undefined) headers['content-type'] = 'application/json';
      try {
        // The API lets browsers reuse some answers for minutes; TanStack Query owns that caching, so
        // always revalidate (cheap: the API answers 304 to a matching ETag).
        return await fetch(url, { method, headers, cache: 'no-cache', body: options.body === undefined ? undefined : JSON.stringify(options.body) });
      } catch {
        throw new ApiError(0, 'Network error', 'The TwinForge API cannot be reached.');
      }
    };
    let response = await send(await this.auth.idToken());
    if (response.status === 401) response = await send(await this.auth.idToken({ forceRefresh: true }));
    if (response.status === 204) return undefined as T;
    const payload: unknown = await response.json().catch(() => null);
    if (!response.ok) throw toApiError(response, payload);
    return payload as T;
  }
}

function toApiError(response: Response, payload: unknown): ApiError {
  const problem = (payload ?? {}) as { title?: unknown; detail?: unknown; errors?: unknown } & Record<string, unknown>;
  const { title, detail, errors: listed, type: _type, status: _status, ...extensions } = problem;
  const errors = Array.isArray(listed) ? (listed as FieldError[]).filter((e) => typeof e?.path === 'string') : [];
  return new ApiError(response.status, String(title ?? response.statusText), String(detail ?? ''), errors, extensions, retryAfter(response.headers.get('retry-after'), extensions.retryAfterSeconds));
}
