import * as z from 'zod';
import { manifest } from '../../infra/manifest';
import { routeTable } from '../../infra/local/runtime/routes';
import type { HttpRoute } from '../../infra/manifest-types';

const routes = routeTable(manifest.routes);

/** The manifest route the gateway picks for a request (the local gateway's own matcher). */
export function routeFor(method: string, path: string): HttpRoute | undefined {
  const match = routes.match(method.toUpperCase(), new URL(path, 'http://api.invalid').pathname);
  return typeof match === 'object' ? match.route : undefined;
}

/**
 * Checks a 2xx answer against the response its route documents: a body schema for its media type
 * (JSON, or one of `otherContent`), or no body at all when the status documents none (204).
 * Returns what is wrong, naming the route, or null when the answer is as documented.
 */
export function contractViolation(method: string, path: string, answer: { status: number; contentType: string; text: string; body: unknown }): string | null {
  // CORS preflights are answered by the gateway itself, not by a route.
  if (answer.status < 200 || answer.status > 299 || method.toUpperCase() === 'OPTIONS') return null;
  const route = routeFor(method, path);
  const where = `${method.toUpperCase()} ${path} answered ${answer.status}`;
  if (!route) return `${where}, but no route of the manifest matches it`;
  const name = `route ${route.name} (${route.method} ${route.path})`;
  const documented = route.contract.responses[answer.status];
  if (!documented) return `${where}: ${name} documents no ${answer.status} response`;
  const mediaType = answer.contentType.split(';')[0]!.trim().toLowerCase();
  if (!documented.schema) {
    return answer.text === '' ? null : `${where}: ${name} documents no body for ${answer.status}, yet it sent ${mediaType || 'one'}`;
  }
  const schemas: Record<string, z.core.$ZodType> = { [documented.contentType ?? 'application/json']: documented.schema, ...documented.otherContent };
  const schema = schemas[mediaType];
  if (!schema) return `${where} as ${mediaType || 'no content type'}: ${name} documents ${Object.keys(schemas).join(' or ')}`;
  const result = z.safeParse(schema, answer.body);
  if (!result.success) return `${where}: the body does not match the ${answer.status} schema of ${name}:\n${z.prettifyError(result.error)}`;
  const undocumented = droppedFields(answer.body, result.data);
  return undocumented.length ? `${where}: fields the ${answer.status} schema of ${name} does not document: ${undocumented.join(', ')}` : null;
}

/** Paths of the fields of `sent` that parsing dropped (zod objects strip the keys they do not know). */
function droppedFields(sent: unknown, parsed: unknown, path = ''): string[] {
  if (Array.isArray(sent) && Array.isArray(parsed)) return sent.flatMap((item, i) => droppedFields(item, parsed[i], `${path}[${i}]`));
  if (!isRecord(sent) || !isRecord(parsed)) return [];
  return Object.keys(sent).flatMap((key) => {
    const at = path ? `${path}.${key}` : key;
    return key in parsed ? droppedFields(sent[key], parsed[key], at) : [at];
  });
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
