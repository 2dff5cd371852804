import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { AuthSession } from '../auth/session';
import { networkError, problemError, toApiError } from './client';
import type { paths } from './schema';

/**
 * The TwinForge API, typed from its OpenAPI document (`schema.d.ts`, `npm run gen:api`): a wrong
 * path, parameter or body fails the typecheck. `const me = await unwrap(http.GET('/me'))`.
 */
export type Http = Client<paths>;

/**
 * Sends the signed-in user's ID token (refreshed and retried once on a 401), asks the browser to
 * revalidate GETs, and throws every non-2xx answer as an {@link import('./client').ApiError}
 * (status 0 when the API cannot be reached), so screens handle errors one way.
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
 * `unwrap` for a route documented as "200 with a body, or 204 when there is nothing" (e.g.
 * GET /training/recovery): the body, or `null` for the 204.
 */
export async function unwrapOrNull<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<Exclude<T, undefined> | null> {
  const { data, error, response } = await call;
  if (!response.ok || error !== undefined) throw problemError(response, error);
  return response.status === 204 || data === undefined ? null : (data as Exclude<T, undefined>);
}
