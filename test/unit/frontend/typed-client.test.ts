import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../frontend/src/api/client';
import { createHttp, unwrap, unwrapOrNull, type Http } from '../../../frontend/src/api/typed-client';

const BASE = 'https://api.example.test';

/** An AuthSession stand-in: "stale-token" until a forced refresh, then "fresh-token". */
function fakeAuth() {
  let token = 'stale-token';
  return {
    idToken: vi.fn(async (options: { forceRefresh?: boolean } = {}) => {
      if (options.forceRefresh) token = 'fresh-token';
      return token;
    }),
  };
}

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

/** A fetch that answers from `answers` in turn and records every request it was given (with its body read). */
function fakeFetch(...answers: Array<Response | Error>) {
  const seen: Array<{ method: string; url: string; authorization: string | null; cache: string; body: string }> = [];
  const fetch = vi.fn(async (request: Request) => {
    seen.push({ method: request.method, url: request.url, authorization: request.headers.get('authorization'), cache: request.cache, body: await request.text() });
    const answer = answers.shift();
    if (!answer) throw new Error('unexpected request');
    if (answer instanceof Error) throw answer;
    return answer;
  });
  return { fetch, seen };
}

const profile = { userId: 'u1', version: 2, locale: 'fr' };

describe('typed API client (openapi-fetch + middleware)', () => {
  it('sends the ID token, revalidates GETs and returns the typed body', async () => {
    const auth = fakeAuth();
    const { fetch, seen } = fakeFetch(json(200, profile));
    const http = createHttp(BASE, auth, fetch);
    const me = await unwrap(http.GET('/me'));
    expect(me).toEqual(profile);
    expect(seen).toEqual([{ method: 'GET', url: `${BASE}/me`, authorization: 'Bearer stale-token', cache: 'no-cache', body: '' }]);
  });

  it('builds path and query parameters from the contract', async () => {
    const { fetch, seen } = fakeFetch(json(200, { items: [] }), new Response(null, { status: 204 }));
    const http = createHttp(BASE, fakeAuth(), fetch);
    await unwrap(http.GET('/training/goals', { params: { query: { limit: 100 } } }));
    const removed = await unwrap(http.DELETE('/training/goals/{id}', { params: { path: { id: 'a b/c' } } }));
    expect(removed).toBeUndefined();
    expect(seen.map((r) => `${r.method} ${r.url}`)).toEqual([`GET ${BASE}/training/goals?limit=100`, `DELETE ${BASE}/training/goals/a%20b%2Fc`]);
    expect(seen[1]!.cache).not.toBe('no-cache'); // only GETs ask the browser to revalidate
  });

  it('retries once with a refreshed token on a 401, resending the same body', async () => {
    const auth = fakeAuth();
    const { fetch, seen } = fakeFetch(json(401, { title: 'Unauthorized', status: 401 }, 'application/problem+json'), json(200, profile));
    const http = createHttp(BASE, auth, fetch);
    const updated = await unwrap(http.PUT('/me', { body: { locale: 'fr' } }));
    expect(updated).toEqual(profile);
    expect(seen.map((r) => [r.authorization, r.body])).toEqual([
      ['Bearer stale-token', '{"locale":"fr"}'],
      ['Bearer fresh-token', '{"locale":"fr"}'],
    ]);
    expect(auth.idToken).toHaveBeenLastCalledWith({ forceRefresh: true });
  });

  it('gives up after the one retry: a second 401 is an ApiError', async () => {
    const { fetch } = fakeFetch(json(401, { title: 'Unauthorized' }), json(401, { title: 'Unauthorized', detail: 'Token expired' }));
    const http = createHttp(BASE, fakeAuth(), fetch);
    const error = await unwrap(http.GET('/me')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 401, title: 'Unauthorized', detail: 'Token expired' });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('turns a problem+json refusal into an ApiError keeping field errors and extensions', async () => {
    const problem = {
      type: 'about:blank',
      title: 'Conflict',
      status: 409,
      detail: 'Changed concurrently',
      code: 'version_conflict',
      currentVersion: 7,
      errors: [{ path: 'body.title', code: 'too_small', message: 'Too short' }, { nope: true }],
    };
    const { fetch } = fakeFetch(json(409, problem, 'application/problem+json'));
    const http = createHttp(BASE, fakeAuth(), fetch);
    const error = (await unwrap(http.PATCH('/training/goals/{id}', { params: { path: { id: 'g1' } }, body: { title: 'x' } })).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(409);
    expect(error.message).toBe('Changed concurrently');
    expect(error.errors).toEqual([{ path: 'body.title', code: 'too_small', message: 'Too short' }]);
    expect(error.fieldMessages()).toEqual({ title: 'Too short' });
    expect(error.extensions).toEqual({ code: 'version_conflict', currentVersion: 7 });
  });

  it('a 429 keeps its Retry-After, in seconds', async () => {
    const tooMany = new Response(JSON.stringify({ title: 'Too Many Requests', status: 429, retryAfterSeconds: 30 }), {
      status: 429,
      headers: { 'content-type': 'application/problem+json', 'retry-after': '12' },
    });
    const { fetch } = fakeFetch(tooMany, json(429, { title: 'Too Many Requests', status: 429, retryAfterSeconds: 30 }));
    const http = createHttp(BASE, fakeAuth(), fetch);
    await expect(unwrap(http.GET('/me'))).rejects.toMatchObject({ status: 429, retryAfterSeconds: 12 });
    await expect(unwrap(http.GET('/me'))).rejects.toMatchObject({ status: 429, retryAfterSeconds: 30 });
  });

  it('a Retry-After given as an HTTP date is seconds from now', async () => {
    const at = new Date(Date.now() + 90_000).toUTCString();
    const { fetch } = fakeFetch(new Response(null, { status: 503, statusText: 'Service Unavailable', headers: { 'retry-after': at } }));
    const error = (await unwrap(createHttp(BASE, fakeAuth(), fetch).GET('/me')).catch((e: unknown) => e)) as ApiError;
    expect(error).toMatchObject({ status: 503, title: 'Service Unavailable' });
    expect(error.retryAfterSeconds).toBeGreaterThanOrEqual(88);
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(90);
  });

  it('unwrapOrNull: a 204 is null, a 200 its body', async () => {
    const snapshot = { sessionId: 's1', version: 3, step: 'session' };
    const { fetch, seen } = fakeFetch(new Response(null, { status: 204 }), json(200, snapshot));
    const http = createHttp(BASE, fakeAuth(), fetch);
    expect(await unwrapOrNull(http.GET('/training/recovery'))).toBeNull();
    expect(await unwrapOrNull(http.GET('/training/recovery'))).toEqual(snapshot);
    expect(seen.map((r) => `${r.method} ${r.url}`)).toEqual([`GET ${BASE}/training/recovery`, `GET ${BASE}/training/recovery`]);
  });

  it('an error answer that is not JSON still becomes an ApiError with its status line', async () => {
    const { fetch } = fakeFetch(new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    const http = createHttp(BASE, fakeAuth(), fetch);
    await expect(unwrap(http.GET('/training/records'))).rejects.toMatchObject({ status: 502, title: 'Bad Gateway', errors: [] });
  });

  it('a network failure is an ApiError with status 0, also on the retry', async () => {
    const first = fakeFetch(new TypeError('Failed to fetch'));
    await expect(unwrap(createHttp(BASE, fakeAuth(), first.fetch).GET('/me'))).rejects.toMatchObject({ status: 0, title: 'Network error' });
    const retry = fakeFetch(json(401, {}), new TypeError('Failed to fetch'));
    const error = await unwrap(createHttp(BASE, fakeAuth(), retry.fetch).GET('/me')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 0 });
  });

  it('a cancelled request stays a cancellation, and a failed token refresh is not sent at all', async () => {
    const abort = new DOMException('The operation was aborted.', 'AbortError');
    const { fetch } = fakeFetch(abort);
    await expect(unwrap(createHttp(BASE, fakeAuth(), fetch).GET('/me'))).rejects.toBe(abort);

    const signedOut = { idToken: vi.fn(async () => Promise.reject(new Error('Not signed in.'))) };
    const never = fakeFetch();
    await expect(unwrap(createHttp(BASE, signedOut, never.fetch).GET('/me'))).rejects.toThrow('Not signed in.');
    expect(never.fetch).not.toHaveBeenCalled();
  });
});

/** Never called: the typecheck (`npm run typecheck`) fails if any of these mistakes stops being one. */
export function contractMistakes(http: Http) {
  // @ts-expect-error no such route
  void http.GET('/training/session/{id}', { params: { path: { id: 'x' } } });
  // @ts-expect-error the path parameter is `id`
  void http.POST('/training/sessions/{id}/start', { params: { path: { sessionId: 'x' } } });
  // @ts-expect-error `type` is a coach
  void http.GET('/training/sessions', { params: { query: { type: 'yoga' } } });
  // @ts-expect-error a set's reps are a number
  void http.POST('/training/sessions/{id}/sets', { params: { path: { id: 'x' } }, body: { id: 'a', exerciseIndex: 0, setIndex: 0, reps: '5' } });
  // @ts-expect-error a snapshot needs its step
  void http.PUT('/training/sessions/{id}/snapshot', { params: { path: { id: 'x' } }, body: { exerciseIndex: 0, setIndex: 0, completedExercises: [], completedSets: [], pipelineState: {} } });
  // @ts-expect-error Today has no `sessions`
  void unwrap(http.GET('/training/today')).then((today) => today.sessions);
  // @ts-expect-error the enrichment progress has no `progress`
  void unwrap(http.GET('/training/sessions/{id}/enrichment', { params: { path: { id: 'x' } } })).then((answer) => answer.progress);
}
