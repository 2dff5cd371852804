import type { HttpMethod } from './manifest-types';

/**
 * CORS of the HTTP API: CDK's corsPreflight on AWS and the local gateway both read these values.
 * Callers authenticate with a bearer token, never cookies, so any origin may call.
 */
export const apiCors: {
  /** Only `*`: the local gateway answers it as is (a list would need per-request origin matching). */
  allowOrigins: ['*'];
  allowHeaders: string[];
  allowMethods: (HttpMethod | 'OPTIONS')[];
  exposeHeaders: string[];
  maxAgeSeconds: number;
} = {
  allowOrigins: ['*'],
  allowHeaders: ['authorization', 'content-type', 'if-none-match', 'x-correlation-id'],
  allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
  exposeHeaders: ['etag', 'retry-after', 'location', 'x-correlation-id'],
  maxAgeSeconds: 3600,
};

/** API Gateway rejects request payloads above 10 MB before any Lambda runs. */
export const API_GATEWAY_MAX_PAYLOAD_BYTES = 10 * 1024 * 1024;
