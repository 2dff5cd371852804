import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { problems } from './problem';

/** The verified identity behind a request. Every item a route touches is keyed by `userId`. */
export interface Caller {
  userId: string;
  email?: string;
  groups: string[];
}

/**
 * API Gateway flattens array claims into strings such as "[admin coach]";
 * accept that form as well as a real array or a comma list.
 */
export function parseGroups(raw: unknown): string[] {
  if (Array.isArray(raw)) return raw.map(String);
  if (typeof raw !== 'string' || raw.trim() === '') return [];
  return raw
    .replace(/^\[|\]$/g, '')
    .split(/[\s,]+/)
    .filter(Boolean);
}

/** Reads the caller from the claims the JWT authorizer verified; 401 when there are none. */
export function callerFromEvent(event: APIGatewayProxyEventV2WithJWTAuthorizer): Caller {
  const claims = event.requestContext?.authorizer?.jwt?.claims;
  const sub = claims?.sub;
  if (typeof sub !== 'string' || sub === '') throw problems.unauthorized();
  return {
    userId: sub,
    email: typeof claims?.email === 'string' ? claims.email : undefined,
    groups: parseGroups(claims?.['cognito:groups']),
  };
}
