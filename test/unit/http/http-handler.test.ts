import type { Context } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import type { Access, HttpRoute, RouteContract } from '../../../infra/manifest-types';
import { parseGroups } from '../../../shared/http/caller';
import { httpHandler } from '../../../shared/http/http-handler';
import { problems } from '../../../shared/http/problem';
import { json } from '../../../shared/http/response';

/** A route of the given access and contract inputs, like the ones beside the handlers. */
const testRoute = <A extends Access, C extends Pick<RouteContract, 'body' | 'query' | 'params' | 'bodyOptional'>>(
  access: A,
  inputs: C = {} as C,
  options: Pick<HttpRoute, 'maxBodyBytes'> = {},
): HttpRoute & { access: A; contract: C } => ({
  name: 'test-route',
  method: 'POST',
  path: '/x',
  handler: 'test/x.ts',
  grants: [],
  access,
  ...options,
  contract: { summary: 'test', tags: ['test'], responses: { 200: { description: 'ok' } }, ...inputs },
});

const context = { awsRequestId: 'test', getRemainingTimeInMillis: () => 1000 } as unknown as Context;

const event = (options: { body?: string; claims?: Record<string, string>; query?: Record<string, string>; headers?: Record<string, string> } = {}) =>
  ({
    version: '2.0',
    rawPath: '/x',
    headers: { 'content-type': 'application/json', ...options.headers },
    body: options.body,
    isBase64Encoded: false,
    queryStringParameters: options.query,
    requestContext: { authorizer: options.claims ? { jwt: { claims: options.claims, scopes: [] } } : undefined },
  }) as never;

const parse = (result: unknown) => {
  const r = result as { statusCode: number; headers: Record<string, string>; body: string };
  return { status: r.statusCode, type: r.headers['content-type'], body: JSON.parse(r.body) };
};

describe('httpHandler', () => {
  const echo = httpHandler(
    testRoute('user', { body: z.strictObject({ n: z.number().int().max(10) }), query: z.object({ limit: z.coerce.number().int().min(1).max(50).default(20) }) }),
    async ({ caller, body, query }) => json(200, { user: caller.userId, n: body.n, limit: query.limit }),
  );

  it('hands the handler the caller from verified claims and validated inputs', async () => {
    const result = parse(await echo(event({ body: '{"n":3}', claims: { sub: 'u1' }, query: { limit: '5' } }), context));
    expect(result).toEqual({ status: 200, type: 'application/json; charset=utf-8', body: { user: 'u1', n: 3, limit: 5 } });
  });

  it('401 without claims, before looking at the body', async () => {
    const result = parse(await echo(event({ body: 'garbage' }), context));
    expect(result.status).toBe(401);
    expect(result.type).toBe('application/problem+json');
  });

  it('names every bad field across body and query', async () => {
    const result = parse(await echo(event({ body: '{"n":11,"x":1}', claims: { sub: 'u1' }, query: { limit: '0' } }), context));
    expect(result.status).toBe(400);
    expect(result.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['body.n', 'body.x']);
    const queryOnly = parse(await echo(event({ body: '{"n":1}', claims: { sub: 'u1' }, query: { limit: 'abc' } }), context));
    expect(queryOnly.body.errors).toEqual([{ path: 'query.limit', code: 'invalid_type', params: { expected: 'number', received: 'string' }, message: expect.any(String) }]);
  });

  it('decodes base64 bodies and enforces the size limit', async () => {
    const small = httpHandler(testRoute('public', { body: z.object({ a: z.string() }) }, { maxBodyBytes: 16 }), async ({ body }) => json(200, body));
    const encoded = { ...(event({ body: Buffer.from('{"a":"b"}').toString('base64') }) as object), isBase64Encoded: true } as never;
    expect(parse(await small(encoded, context))).toMatchObject({ status: 200, body: { a: 'b' } });
    expect(parse(await small(event({ body: JSON.stringify({ a: 'x'.repeat(40) }) }), context)).status).toBe(413);
  });

  it('takes an optional body from the contract: empty counts as {}, a sent one is still validated', async () => {
    const complete = httpHandler(testRoute('public', { body: z.strictObject({ rpe: z.number().max(10).optional() }), bodyOptional: true }), async ({ body }) => json(200, body));
    expect(parse(await complete(event({ body: '' }), context))).toMatchObject({ status: 200, body: {} });
    expect(parse(await complete(event({ body: '{"rpe":7}' }), context))).toMatchObject({ status: 200, body: { rpe: 7 } });
    expect(parse(await complete(event({ body: '{"rpe":11}' }), context)).body.errors[0].path).toBe('body.rpe');
    const required = httpHandler(testRoute('public', { body: z.object({}) }), async () => json(200, {}));
    expect(parse(await required(event({ body: '' }), context)).body.errors[0].code).toBe('body_required');
  });

  it('admin routes need the admin group (API Gateway flattens it to "[admin]")', async () => {
    const admin = httpHandler(testRoute('admin'), async () => json(200, { ok: true }));
    expect(parse(await admin(event({ claims: { sub: 'u1', 'cognito:groups': '[coach]' } }), context)).status).toBe(403);
    expect(parse(await admin(event({ claims: { sub: 'u1', 'cognito:groups': '[admin]' } }), context)).status).toBe(200);
  });

  it('turns domain problems into their status and hides unexpected errors', async () => {
    const conflict = httpHandler(testRoute('public'), async () => {
      throw problems.conflict('already completed', { currentStatus: 'completed' });
    });
    expect(parse(await conflict(event(), context))).toMatchObject({ status: 409, body: { currentStatus: 'completed', detail: 'already completed' } });

    const crash = httpHandler(testRoute('public'), async () => {
      throw new Error('secret connection string leaked');
    });
    const result = parse(await crash(event(), context));
    expect(result.status).toBe(500);
    expect(JSON.stringify(result.body)).not.toContain('secret');
  });

  it('429 problems carry Retry-After', async () => {
    const limited = httpHandler(testRoute('public'), async () => {
      throw problems.tooManyRequests('one refresh per hour', 1200.4);
    });
    const raw = (await limited(event(), context)) as { statusCode: number; headers: Record<string, string> };
    expect(raw.statusCode).toBe(429);
    expect(raw.headers['retry-after']).toBe('1201');
  });
});

describe('parseGroups', () => {
  it('reads arrays, API Gateway strings and comma lists', () => {
    expect(parseGroups(['admin'])).toEqual(['admin']);
    expect(parseGroups('[admin coach]')).toEqual(['admin', 'coach']);
    expect(parseGroups('admin,coach')).toEqual(['admin', 'coach']);
    expect(parseGroups(undefined)).toEqual([]);
  });
});

describe('conditional GET', () => {
  const get = httpHandler(testRoute('public'), async () => json(200, { n: 1 }, { maxAgeSeconds: 120 }));
  const getEvent = (headers: Record<string, string> = {}) =>
    ({ ...(event({ headers }) as object), requestContext: { http: { method: 'GET' } } }) as never;

  it('adds a weak ETag and answers 304 when it matches', async () => {
    const first = (await get(getEvent(), context)) as { statusCode: number; headers: Record<string, string> };
    expect(first.statusCode).toBe(200);
    expect(first.headers.etag).toMatch(/^W\/"/);
    const again = (await get(getEvent({ 'if-none-match': first.headers.etag! }), context)) as { statusCode: number; body?: string; headers: Record<string, string> };
    expect(again.statusCode).toBe(304);
    expect(again.body).toBeUndefined();
    expect(again.headers['cache-control']).toBe('private, max-age=120');
    expect(((await get(getEvent({ 'if-none-match': 'W/"other"' }), context)) as { statusCode: number }).statusCode).toBe(200);
  });
});
