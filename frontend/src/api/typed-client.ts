import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { AuthSession } from '../auth/session';
import { ApiError, type FieldError } from './client';
import type { paths } from './schema';

/**
 * The TwinForge API, typed from its OpenAPI document (`schema.d.ts`, `npm run gen:api`): a wrong
 * path, parameter or body fails the typecheck. `const me = await unwrap(http.GET('/me'))`.
 */
export type Http = Client<paths>;

const networkError = () => new ApiError(0, 'Network error', 'The TwinForge API cannot be reached.');

/**
 * Sends the signed-in user's ID token (refreshed and retried once on a 401), asks the browser to
 * revalidate GETs, and throws every non-2xx answer as an {@link ApiError} (status 0 when the API
 * cannot be reached), exactly like {@link import('./client').ApiClient}, so screens handle errors
 * one way.
 */
export function apiMiddleware(auth: Pick<AuthSession, 'idToken'>): Middleware {
  /** Each request as it was before it left (a sent request's body cannot be read again), for the 401 retry. */
  const unsent = new Map<string, Request>();
  const withToken = (request: Request, token: string) => {
    request.headers.set('authorization', `Bearer ${token}`);
    return request;
  };
  return {
    async onRequest({ request, id }) {
      // The API lets browsers reuse some answers for minutes; TanStack Query owns that caching, so
      // GETs always revalidate (cheap: the API answers 304 to a matching ETag).
      const prepared = request.method === 'GET' ? new Request(request, { cache: 'no-cache' }) : request;
      withToken(prepared, await auth.idToken());
      unsent.set(id, prepared.clone());
      return prepared;
    },
    async onResponse({ response, id, options }) {
      const original = unsent.get(id);
      unsent.delete(id);
      let answer = response;
      if (answer.status === 401 && original) {
        const retry = withToken(original, await auth.idToken({ forceRefresh: true }));
        try {
          answer = await options.fetch(retry);
        } catch (error) {
          throw isAbort(error) ? error : networkError();
        }
      }
      if (!answer.ok) throw await toApiError(answer);
      return answer;
    },
    onError({ error, id }) {
      unsent.delete(id);
      // fetch() rejected (offline, DNS, CORS...); a cancelled request stays a cancellation.
      return isAbort(error) ? (error as Error) : networkError();
    },
  };
}

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/** The typed client for `baseUrl` (the config's apiUrl), authenticated by `auth`. */
export function createHttp(baseUrl: string, auth: Pick<AuthSession, 'idToken'>, fetchImpl?: (request: Request) => Promise<Response>): Http {
  const http = createClient<paths>({ baseUrl, ...(fetchImpl ? { fetch: fetchImpl } : {}) });
  http.use(apiMiddleware(auth));
  return http;
}

/** The body of a 2xx answer (`undefined` for a 204); anything else was already thrown as an ApiError. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok || error !== undefined) throw problemError(response, error);
  return data as T;
}

/**
 * `unwrap` for a 2xx answer whose body the contract does not describe yet (a route without a
 * response schema in the manifest, e.g. GET /training/today): the path and parameters are still
 * checked, the body's type `T` comes from the backend code that builds it. Only accepted where the
 * generated type has no body, so a documented answer can never be cast this way.
 */
export const unwrapUndocumented = <T>(call: Promise<{ data?: undefined; error?: unknown; response: Response }>): Promise<T> =>
  unwrap(call) as Promise<unknown> as Promise<T>;

async function toApiError(response: Response): Promise<ApiError> {
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
 * An RFC 9457 problem document as an ApiError, exactly as client.ts reads it: field errors
 * (`code`, `params`) and extensions (`code`, `currentVersion`…) kept, Retry-After in seconds.
 */
function problemError(response: Response, payload: unknown): ApiError {
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
