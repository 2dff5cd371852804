import { STATUS_CODES } from 'node:http';
import type * as z from '../zod';
import { DOMAIN_ERROR_CODES, type FieldError, type FieldErrorCode, type FieldErrorParam } from './error-codes';

export type { FieldError, FieldErrorCode, FieldErrorParam } from './error-codes';

/** A field error as raised: without a `code`, the problem document says `invalid`. */
export type FieldErrorInput = Omit<FieldError, 'code'> & { code?: FieldErrorCode };

const withCode = (error: FieldErrorInput): FieldError => ({ ...error, code: error.code ?? 'invalid' });

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
    options: { errors?: FieldErrorInput[]; extensions?: Record<string, unknown>; headers?: Record<string, string> } = {},
  ) {
    super(detail);
    this.name = 'ProblemError';
    this.statusCode = status;
    this.expose = status < 500;
    this.problemType = TYPE_BASE + slug;
    this.detail = detail;
    this.errors = options.errors?.map(withCode);
    this.extensions = options.extensions ?? {};
    this.headers = options.headers ?? {};
  }
}

export const problems = {
  validation: (errors: FieldErrorInput[], detail = 'The request is invalid; see errors for each field to fix.') =>
    new ProblemError(400, 'validation-error', detail, { errors }),
  malformedJson: (reason: string) =>
    new ProblemError(400, 'malformed-json', `The request body is not valid JSON: ${reason}`, {
      errors: [{ path: 'body', code: 'malformed_json', message: `not valid JSON: ${reason}` }],
    }),
  unsupportedMediaType: (contentType: string) =>
    new ProblemError(415, 'unsupported-media-type', `Send the body as application/json, not ${contentType || 'an unspecified type'}.`),
  payloadTooLarge: (limitBytes: number, actualBytes: number) =>
    new ProblemError(413, 'payload-too-large', `The body is ${actualBytes} bytes; the limit is ${limitBytes} bytes.`, {
      errors: [{ path: 'body', code: 'payload_too_large', params: { maximum: limitBytes }, message: `must be at most ${limitBytes} bytes` }],
    }),
  unauthorized: (detail = 'Sign in: this route needs a valid bearer token.') =>
    new ProblemError(401, 'unauthorized', detail, { headers: { 'www-authenticate': 'Bearer' } }),
  forbidden: (detail: string) => new ProblemError(403, 'forbidden', detail),
  notFound: (what: string) => new ProblemError(404, 'not-found', `${what} was not found.`),
  /** Give `extensions.code` (a ProblemCode) when clients should tell this conflict apart. */
  conflict: (detail: string, extensions?: Record<string, unknown>) =>
    new ProblemError(409, 'conflict', detail, { extensions }),
  tooManyRequests: (detail: string, retryAfterSeconds: number) =>
    new ProblemError(429, 'too-many-requests', detail, {
      headers: { 'retry-after': String(Math.max(1, Math.ceil(retryAfterSeconds))) },
      extensions: { retryAfterSeconds: Math.max(1, Math.ceil(retryAfterSeconds)) },
    }),
};

const knownDomainCodes = new Set<string>(DOMAIN_ERROR_CODES);

/** A parameter as JSON can carry it (bigint → number, Date → ISO string, other objects dropped). */
function jsonParam(value: unknown): FieldErrorParam | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) {
    const items = value.map((item) => jsonParam(item));
    return items.map((item) => (item === undefined || Array.isArray(item) ? String(item) : item));
  }
  return undefined;
}

/** The JSON type name of a value, as zod's messages say it ("received undefined"). */
function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

const MISSING = Symbol('missing');

/** The value at a zod issue's path in the validated input, or MISSING when a step is absent. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const step of path) {
    if (current === null || typeof current !== 'object' || !(step in current)) return MISSING;
    current = (current as Record<PropertyKey, unknown>)[step];
  }
  return current;
}

/** Issue members that tell a client what was expected (everything else is zod-internal). */
const ISSUE_PARAMS = ['origin', 'expected', 'minimum', 'maximum', 'inclusive', 'exact', 'format', 'values', 'divisor', 'discriminator'] as const;

function issueParams(issue: z.core.$ZodIssue, input: unknown): Record<string, FieldErrorParam> {
  const params: Record<string, FieldErrorParam> = {};
  const record = issue as unknown as Record<string, unknown>;
  for (const key of ISSUE_PARAMS) {
    const value = jsonParam(record[key]);
    if (value !== undefined) params[key] = value;
  }
  if (issue.code === 'custom') {
    for (const [key, value] of Object.entries(issue.params ?? {})) {
      const param = jsonParam(value);
      if (key !== 'code' && param !== undefined) params[key] = param;
    }
  }
  if (issue.code === 'invalid_type' && input !== undefined) {
    const value = valueAt(input, issue.path);
    params.received = value === MISSING ? 'undefined' : typeName(value);
  }
  return params;
}

function issueCode(issue: z.core.$ZodIssue): FieldErrorCode {
  if (issue.code !== 'custom') return issue.code;
  const code = issue.params?.code;
  return typeof code === 'string' && knownDomainCodes.has(code) ? (code as FieldErrorCode) : 'custom';
}

/**
 * Turns zod issues into field errors prefixed by where the value came from (`body`, `query`,
 * `path`): zod's issue `code` with the parameters a client needs to word it (`minimum`,
 * `maximum`, `inclusive`, `expected`, `values`, `format`…; `received` for a wrong type when
 * `input` is given, `undefined` meaning the field is missing), or the refinement's own
 * `params.code`. `message` is zod's (or the schema's) English text.
 */
export function fieldErrorsFromZod(error: z.core.$ZodError, source: 'body' | 'query' | 'path', input?: unknown): FieldError[] {
  return error.issues.flatMap((issue): FieldError[] => {
    const base = [source, ...issue.path.map(String)].join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: `${base}.${key}`, code: 'unrecognized_keys', message: 'is not a known field; remove it' }));
    }
    const params = issueParams(issue, input);
    return [{ path: base, code: issueCode(issue), ...(Object.keys(params).length ? { params } : {}), message: issue.message }];
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
