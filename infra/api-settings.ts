/** CORS of the HTTP API, the same on AWS (CDK corsPreflight) and in the local gateway. */
export const apiCors = {
  allowHeaders: ['authorization', 'content-type', 'if-none-match', 'idempotency-key'],
  allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
  exposeHeaders: ['etag', 'retry-after', 'location'],
  maxAgeSeconds: 600,
};

/** API Gateway rejects request payloads above 10 MB before any Lambda runs. */
export const API_GATEWAY_MAX_PAYLOAD_BYTES = 10 * 1024 * 1024;
