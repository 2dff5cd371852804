import type middy from '@middy/core';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, Context } from 'aws-lambda';
import { acceptedCorrelationId, bindInvocation, CORRELATION_HEADER, currentCorrelationId, logger } from './logger';

type Event = APIGatewayProxyEventV2WithJWTAuthorizer;
type Response = { statusCode: number; headers?: Record<string, string | number | boolean>; body?: string };

/**
 * First middleware of every HTTP handler: binds the logger to the invocation (request id, cold
 * start, correlation id = the caller's `x-correlation-id` or API Gateway's request id, hashed sub),
 * answers with the correlation id, and logs one line per request (route, status, duration; never
 * headers, tokens or bodies).
 */
export function logInvocation(): middy.MiddlewareObj<Event, Response, Error, Context> {
  let startedAt = 0;
  const finish = async (request: middy.Request<Event, Response, Error, Context>) => {
    const response = request.response;
    const correlationId = currentCorrelationId();
    if (response && correlationId) response.headers = { ...response.headers, [CORRELATION_HEADER]: correlationId };
    logger.info('request', { route: request.event.routeKey, status: response?.statusCode, durationMs: Date.now() - startedAt });
  };
  return {
    before: async ({ event, context }) => {
      startedAt = Date.now();
      const sub = event.requestContext?.authorizer?.jwt?.claims?.sub;
      bindInvocation(context, {
        correlationId: acceptedCorrelationId(headerValue(event, CORRELATION_HEADER)) ?? event.requestContext?.requestId,
        sub: typeof sub === 'string' ? sub : undefined,
      });
    },
    after: finish,
    onError: finish,
  };
}

function headerValue(event: Event, name: string): string | undefined {
  const headers = event.headers ?? {};
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key ? headers[key] : undefined;
}
