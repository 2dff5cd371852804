import { STATUS_CODES } from 'node:http';
import type { z } from 'zod';

/** One field-level complaint in a problem document: where, and what to fix. */
export interface FieldError {
  path: string;
  message: string;
}

/** RFC 9457 problem details. */
export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

const TYPE_BASE = 'https://twinforge.app/problems/';

/** An error that becomes an `application/problem+json` answer; only 4xx details are exposed. */
export class ProblemError extends Error {
  readonly statusCode: number;
  /** middy convention: only exposed errors show their detail to clients. */
  readonly expose: boolean;
  readonly problemType: string;
  readonly detail: string;
  readonly errors?: FieldError[];
  readonly extensions: Record<string, unknown>;
  readonly headers: Record<string, string>;

  constructor(
    status: number,
    slug: string,
    detail: string,
    options: { errors?: FieldError[]; extensions?: Record<string, unknown>; headers?: Record<string, string> } = {},
  ) {
    super(detail);
    this.name = 'ProblemError';
    this.statusCode = status;
    this.expose = status < 500;
    this.problemType = TYPE_BASE + slug;
    this.detail = detail;
    this.errors = options.errors;
    this.extensions = options.extensions ?? {};
    this.headers = options.headers ?? {};
  }
}

export const problems = {
  validation: (errors: FieldError[], detail = 'The request is invalid; see errors for each field to fix.') =>
    new ProblemError(400, 'validation-error', detail, { errors }),
  malformedJson: (reason: string) =>
    new ProblemError(400, 'malformed-json', `The request body is not valid JSON: ${reason}`, {
      errors: [{ path: 'body', message: `not valid JSON: ${reason}` }],
    }),
  unsupportedMediaType: (contentType: string) =>
    new ProblemError(415, 'unsupported-media-type', `Send the body as application/json, not ${contentType || 'an unspecified type'}.`),
  payloadTooLarge: (limitBytes: number, actualBytes: number) =>
    new ProblemError(413, 'payload-too-large', `The body is ${actualBytes} bytes; the limit is ${limitBytes} bytes.`, {
      errors: [{ path: 'body', message: `must be at most ${limitBytes} bytes` }],
    }),
  unauthorized: (detail = 'Sign in: this route needs a valid bearer token.') =>
    new ProblemError(401, 'unauthorized', detail, { headers: { 'www-authenticate': 'Bearer' } }),
  forbidden: (detail: string) => new ProblemError(403, 'forbidden', detail),
  notFound: (what: string) => new ProblemError(404, 'not-found', `${what} was not found.`),
  conflict: (detail: string, extensions?: Record<string, unknown>) =>
    new ProblemError(409, 'conflict', detail, { extensions }),
  tooManyRequests: (detail: string, retryAfterSeconds: number) =>
    new ProblemError(429, 'too-many-requests', detail, {
      headers: { 'retry-after': String(Math.max(1, Math.ceil(retryAfterSeconds))) },
      extensions: { retryAfterSeconds: Math.max(1, Math.ceil(retryAfterSeconds)) },
    }),
};

/** Turns zod issues into field errors prefixed by where the value came from (`body`, `query`, `path`). */
export function fieldErrorsFromZod(error: z.ZodError, source: 'body' | 'query' | 'path'): FieldError[] {
  return error.issues.flatMap((issue) => {
    const base = [source, ...issue.path.map(String)].join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: `${base}.${key}`, message: 'is not a known field; remove it' }));
    }
    return [{ path: base, message: issue.message }];
  });
}

export function toProblemDocument(error: ProblemError): ProblemDocument {
  return {
    ...error.extensions,
    type: error.problemType,
    title: STATUS_CODES[error.statusCode] ?? 'Error',
    status: error.statusCode,
    detail: error.detail,
    ...(error.errors ? { errors: error.errors } : {}),
  };
}
