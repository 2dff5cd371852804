import { createHash } from 'node:crypto';
import type middy from '@middy/core';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, Context } from 'aws-lambda';
import * as z from '../zod';
import { logger } from '../logging/logger';
import { callerFromEvent, type Caller } from './caller';
import { problemForDomainError } from './domain-errors';
import { fieldErrorsFromZod, ProblemError, problems, toProblemDocument } from './problem';
import type { HttpResponse } from './response';

export type Access = 'public' | 'user' | 'admin';

/** What the middlewares leave for the handler: the caller and the validated inputs. */
export interface ParsedRequest<TBody = unknown, TQuery = unknown, TParams = unknown> {
  caller: Caller | null;
  body: TBody;
  query: TQuery;
  params: TParams;
}

export type HttpEvent = APIGatewayProxyEventV2WithJWTAuthorizer & { parsed?: ParsedRequest };
type Request = middy.Request<HttpEvent, HttpResponse, Error, Context>;

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/** Any error → problem+json; unknown errors become an opaque 500 (logged, never leaked). */
export function problemResponses(): middy.MiddlewareObj<HttpEvent, HttpResponse> {
  return {
    onError: async (request: Request) => {
      const error = request.error;
      let problem: ProblemError;
      const known = error instanceof ProblemError ? error : problemForDomainError(error);
      if (known) {
        problem = known;
        if (problem.statusCode >= 500) logger.error('server error', { detail: problem.detail });
      } else {
        logger.error('unhandled error', { error: error as Error, path: request.event?.rawPath });
        problem = new ProblemError(500, 'internal-error', 'Something went wrong on our side; try again shortly.');
      }
      request.response = {
        statusCode: problem.statusCode,
        headers: { 'content-type': 'application/problem+json', 'cache-control': 'no-store', ...problem.headers },
        body: JSON.stringify(toProblemDocument(problem)),
      };
    },
  };
}

/** 401 without verified claims; 403 for admin routes when the caller is not in the "admin" group. */
export function requireAccess(access: Access): middy.MiddlewareObj<HttpEvent, HttpResponse> {
  return {
    before: async (request: Request) => {
      const parsed = ensureParsed(request.event);
      if (access === 'public') return;
      const caller = callerFromEvent(request.event);
      if (access === 'admin' && !caller.groups.includes('admin')) {
        throw problems.forbidden('This route is for administrators (Cognito group "admin").');
      }
      parsed.caller = caller;
    },
  };
}

/** Decodes and size-checks the body, parses JSON, then validates body, query and path with zod. */
export function validateRequest(schemas: {
  body?: z.core.$ZodType;
  query?: z.core.$ZodType;
  params?: z.core.$ZodType;
  maxBodyBytes?: number;
  /** An empty body counts as `{}` (e.g. POST …/complete with nothing to add). */
  bodyOptional?: boolean;
}): middy.MiddlewareObj<HttpEvent, HttpResponse> {
  const maxBodyBytes = schemas.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  return {
    before: async (request: Request) => {
      const event = request.event;
      const parsed = ensureParsed(event);
      if (schemas.body) {
        const raw = schemas.bodyOptional && !(event.body ?? '').trim() ? {} : readJsonBody(event, maxBodyBytes);
        parsed.body = validate(schemas.body, raw, 'body');
      }
      if (schemas.query) parsed.query = validate(schemas.query, event.queryStringParameters ?? {}, 'query');
      if (schemas.params) parsed.params = validate(schemas.params, event.pathParameters ?? {}, 'path');
    },
  };
}

function ensureParsed(event: HttpEvent): ParsedRequest {
  event.parsed ??= { caller: null, body: undefined, query: {}, params: {} };
  return event.parsed;
}

function readJsonBody(event: HttpEvent, maxBodyBytes: number): unknown {
  const raw = event.body ?? '';
  const text = event.isBase64Encoded ? Buffer.from(raw, 'base64').toString('utf8') : raw;
  const size = Buffer.byteLength(text, 'utf8');
  if (size > maxBodyBytes) throw problems.payloadTooLarge(maxBodyBytes, size);
  if (text.trim() === '') {
    throw problems.validation([{ path: 'body', code: 'body_required', message: 'is required: send a JSON object' }]);
  }
  const contentType = headerValue(event, 'content-type');
  if (contentType && !/^application\/([\w.+-]+\+)?json\b/i.test(contentType)) {
    throw problems.unsupportedMediaType(contentType);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw problems.malformedJson((error as Error).message);
  }
}

function validate<T>(schema: z.core.$ZodType<T>, value: unknown, source: 'body' | 'query' | 'path'): T {
  const result = z.safeParse(schema, value);
  if (!result.success) throw problems.validation(fieldErrorsFromZod(result.error, source, value));
  return result.data;
}

function headerValue(event: HttpEvent, name: string): string | undefined {
  const headers = event.headers ?? {};
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key ? headers[key] : undefined;
}

/**
 * GET answers carry a weak ETag of their body; a matching If-None-Match gets 304 with no body,
 * so clients revalidating a tab's cache download nothing when nothing changed.
 */
export function conditionalGet(): middy.MiddlewareObj<HttpEvent, HttpResponse> {
  return {
    after: async (request: Request) => {
      const response = request.response;
      if (request.event.requestContext?.http?.method !== 'GET' || !response || response.statusCode !== 200 || typeof response.body !== 'string') return;
      const etag = `W/"${createHash('sha1').update(response.body).digest('base64url')}"`;
      response.headers = { ...response.headers, etag };
      const ifNoneMatch = headerValue(request.event, 'if-none-match');
      if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim() === etag)) {
        request.response = { statusCode: 304, headers: { etag, 'cache-control': String(response.headers['cache-control'] ?? 'no-store') } };
      }
    },
  };
}
