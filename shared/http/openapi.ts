import * as z from '../zod';
import type { HttpRoute, ResponseSpec } from '../../infra/manifest-types';
import { DOMAIN_ERROR_CODES, LIFECYCLE_ACTIONS, PROBLEM_CODES, ZOD_ISSUE_CODES } from './error-codes';

type JsonSchema = Record<string, unknown>;

const toSchema = (schema: z.core.$ZodType, io: 'input' | 'output'): JsonSchema => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
};

const fieldErrorSchema: JsonSchema = {
  type: 'object',
  description:
    'One field to fix. Word it from `code` and `params` (in the user\'s language); `message` is an English explanation for developers.',
  required: ['path', 'code', 'message'],
  properties: {
    path: { type: 'string', description: 'Where: `body.`, `query.` or `path.` then the field, array items by index (`body.exercises.0.sets.2.loadKg`).' },
    code: {
      type: 'string',
      enum: [...ZOD_ISSUE_CODES, ...DOMAIN_ERROR_CODES],
      description:
        'What kind of problem. zod issue codes (`too_big`, `too_small`, `invalid_type`, `invalid_value`, `invalid_format`, `unrecognized_keys`, `custom`…) or a domain rule (`invalid_time_zone`, `unknown_exercise`, `heart_rates_inconsistent`…).',
    },
    params: {
      type: 'object',
      description:
        'What the message needs: `minimum`/`maximum` with `inclusive` and `origin` (number, string = characters, array = items) for too_small/too_big; `expected` and `received` (`undefined` = missing) for invalid_type; `values` for invalid_value; `format` for invalid_format; `divisor` for not_multiple_of; domain codes: `exerciseId`, `other` (the other field of a pair), `to`, `count`…',
      properties: {
        origin: { type: 'string' },
        minimum: { type: 'number' },
        maximum: { type: 'number' },
        inclusive: { type: 'boolean' },
        exact: { type: 'boolean' },
        expected: { type: 'string' },
        received: { type: 'string' },
        values: { type: 'array', items: {} },
        format: { type: 'string' },
        divisor: { type: 'number' },
      },
      additionalProperties: true,
    },
    message: { type: 'string', description: 'English, for API users; clients showing it to people should translate `code` instead.' },
  },
};

const problemSchema: JsonSchema = {
  type: 'object',
  description: 'RFC 9457 problem details (application/problem+json).',
  required: ['type', 'title', 'status', 'detail'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string', description: 'English explanation.' },
    code: {
      type: 'string',
      enum: [...PROBLEM_CODES],
      description: 'On some 409s: `illegal_transition` (with `currentStatus` and `action`), `version_conflict` (with `entity`, maybe `currentVersion`), `read_only_activity`.',
    },
    currentStatus: { type: 'string', description: 'illegal_transition: the session\'s status now.' },
    action: { type: 'string', enum: [...LIFECYCLE_ACTIONS], description: 'illegal_transition: what was attempted.' },
    retryAfterSeconds: { type: 'integer', description: '429: seconds to wait (also the Retry-After header).' },
    errors: { type: 'array', items: { $ref: '#/components/schemas/FieldError' } },
  },
  additionalProperties: true,
};

function parameters(schema: z.core.$ZodType | undefined, where: 'path' | 'query') {
  if (!schema) return [];
  const json = toSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    schema: property,
  }));
}

function responseContent(response: ResponseSpec): Record<string, { schema: JsonSchema }> {
  const media = { [response.contentType ?? 'application/json']: response.schema!, ...response.otherContent };
  return Object.fromEntries(Object.entries(media).map(([type, schema]) => [type, { schema: toSchema(schema, 'output') }]));
}

/** The document itself, loosely: what a client relies on to find its way. */
export const openApiDocumentSchema = z.looseObject({
  openapi: z.string().check(z.startsWith('3.1')),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.record(z.string(), z.looseObject({ operationId: z.string(), responses: z.record(z.string(), z.unknown()) }))),
  components: z.looseObject({}),
});

/** OpenAPI 3.1 for every route in the manifest, from the same zod schemas the handlers validate with. */
export function buildOpenApiDocument(routes: HttpRoute[], info: { title: string; version: string }) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const { contract } = route;
    const responses: Record<string, unknown> = {};
    for (const [status, response] of Object.entries(contract.responses)) {
      responses[status] = {
        description: response.description,
        ...(response.schema ? { content: responseContent(response) } : {}),
      };
    }
    const problem = { content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } };
    if (contract.body || contract.query || contract.params) responses['400'] ??= { description: 'Invalid input', ...problem };
    if (route.access !== 'public') responses['401'] ??= { description: 'Missing or invalid token', ...problem };
    if (route.access === 'admin') responses['403'] ??= { description: 'Not an administrator', ...problem };

    paths[route.path] ??= {};
    paths[route.path]![route.method.toLowerCase()] = {
      operationId: route.name,
      summary: contract.summary,
      tags: contract.tags,
      ...(route.access === 'public' ? { security: [] } : {}),
      parameters: [...parameters(contract.params, 'path'), ...parameters(contract.query, 'query')],
      ...(contract.body
        ? { requestBody: { required: !contract.bodyOptional, content: { 'application/json': { schema: toSchema(contract.body, 'input') } } } }
        : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info,
    security: [{ cognito: [] }],
    components: {
      securitySchemes: { cognito: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: { Problem: problemSchema, FieldError: fieldErrorSchema },
    },
    paths,
  };
}
