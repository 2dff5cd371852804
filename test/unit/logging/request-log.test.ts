import type { Context } from 'aws-lambda';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as z from 'zod';
import type { HttpRoute } from '../../../infra/manifest-types';

const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1c2VyLTQyIn0.c2lnbmF0dXJlLXNlY3JldA';
const SUB = 'b3c1f0d2-4a5e-4f7e-9a7b-1234567890ab';
const route = {
  name: 'echo',
  method: 'POST',
  path: '/echo',
  handler: 'test/echo.ts',
  grants: [],
  access: 'public',
  contract: { summary: 'echo', tags: ['test'], body: z.object({ secret: z.string() }), responses: { 200: { description: 'ok' } } },
} satisfies HttpRoute;

const context = (requestId: string) =>
  ({ awsRequestId: requestId, functionName: 'echo', invokedFunctionArn: 'arn:aws:lambda:eu-west-1:1:function:echo', memoryLimitInMB: '512', getRemainingTimeInMillis: () => 1000 }) as unknown as Context;
const event = (headers: Record<string, string> = {}) =>
  ({
    version: '2.0',
    routeKey: 'POST /echo',
    rawPath: '/echo',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}`, ...headers },
    body: JSON.stringify({ secret: 'the-body-secret' }),
    isBase64Encoded: false,
    requestContext: { requestId: 'apigw-req-1', http: { method: 'POST' }, authorizer: { jwt: { claims: { sub: SUB }, scopes: [] } } },
  }) as never;

let handler: (event: never, context: Context) => Promise<unknown>;
const lines: Record<string, unknown>[] = [];

beforeAll(async () => {
  // As on Lambda: an on-demand sandbox (Powertools reports cold_start only then), INFO logs.
  vi.stubEnv('AWS_LAMBDA_INITIALIZATION_TYPE', 'on-demand');
  vi.stubEnv('POWERTOOLS_LOG_LEVEL', 'INFO');
  vi.resetModules();
  const { httpHandler } = await import('../../../shared/http/http-handler');
  const { json } = await import('../../../shared/http/response');
  handler = httpHandler(route, async ({ body }) => json(200, { length: body.secret.length })) as never;
});

const capture = () =>
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
    return true;
  });

afterEach(() => {
  vi.restoreAllMocks();
  lines.length = 0;
});

describe('the request log line', () => {
  it('carries the request id, the cold-start flag, the correlation id and the hashed caller, never the token, the sub or the body', async () => {
    capture();
    const first = (await handler(event(), context('req-cold'))) as { headers: Record<string, string> };
    const second = await handler(event({ 'x-correlation-id': 'client-abc-1' }), context('req-warm'));
    vi.restoreAllMocks();

    const requests = lines.filter((line) => line.message === 'request');
    expect(requests).toHaveLength(2);
    expect(requests[0]).toMatchObject({ function_request_id: 'req-cold', cold_start: true, correlation_id: 'apigw-req-1', route: 'POST /echo', status: 200 });
    expect(requests[0]!.user).toMatch(/^[0-9a-f]{16}$/);
    expect(requests[1]).toMatchObject({ function_request_id: 'req-warm', cold_start: false, correlation_id: 'client-abc-1', user: requests[0]!.user });
    expect(first.headers['x-correlation-id']).toBe('apigw-req-1');
    expect((second as { headers: Record<string, string> }).headers['x-correlation-id']).toBe('client-abc-1');

    const everything = JSON.stringify(lines);
    expect(everything).not.toContain(TOKEN);
    expect(everything).not.toContain(SUB);
    expect(everything).not.toContain('the-body-secret');
  });

  it('ignores a malformed correlation id instead of logging it', async () => {
    capture();
    await handler(event({ 'x-correlation-id': 'bad id with spaces <script>' }), context('req-3'));
    vi.restoreAllMocks();
    const request = lines.find((line) => line.message === 'request');
    expect(request).toMatchObject({ function_request_id: 'req-3', correlation_id: 'apigw-req-1' });
    expect(JSON.stringify(lines)).not.toContain('<script>');
  });
});
