import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { manifest } from '../../../infra/manifest';
import { buildOpenApiDocument } from '../../../shared/http/openapi';
import { contractViolation, routeFor } from '../../support/contract-check';

const routeFile = (handler: string) => handler.replace(/\.ts$/, '.route.ts');

describe('one contract per route, beside its handler', () => {
  it.each(manifest.routes.map((route) => [route.name, route] as const))('%s: the manifest lists the object its handler passes to httpHandler', async (_, route) => {
    expect(existsSync(routeFile(route.handler)), routeFile(route.handler)).toBe(true);
    const module = (await import(/* @vite-ignore */ `../../../${routeFile(route.handler)}`)) as { route: unknown };
    expect(module.route).toBe(route);
    const handlerSource = readFileSync(route.handler, 'utf8');
    const base = route.handler.split('/').pop()!.replace(/\.ts$/, '');
    expect(handlerSource).toContain(`import { route } from './${base}.route';`);
    expect(handlerSource).toMatch(/httpHandler\(route,/);
  });

  it('names and method + path pairs are unique', () => {
    const names = manifest.routes.map((r) => r.name);
    const keys = manifest.routes.map((r) => `${r.method} ${r.path}`);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('every 2xx response but 204 has a body schema, and 204 has none', () => {
    const missing = manifest.routes.flatMap((route) =>
      Object.entries(route.contract.responses)
        .filter(([status, response]) => Number(status) >= 200 && Number(status) < 300 && (status === '204') === Boolean(response.schema))
        .map(([status]) => `${route.name} ${status}`),
    );
    expect(missing).toEqual([]);
  });

  it('publishes an optional body as optional, every other body as required', () => {
    const document = buildOpenApiDocument(manifest.routes, { title: 't', version: '1' });
    const operation = (path: string, method: string) => (document.paths[path]![method] as { requestBody?: { required: boolean } }).requestBody;
    expect(operation('/training/sessions/{id}/complete', 'post')).toMatchObject({ required: false });
    const withBody = manifest.routes.filter((r) => r.contract.body);
    for (const route of withBody) expect(operation(route.path, route.method.toLowerCase())!.required, route.name).toBe(!route.contract.bodyOptional);
    expect(withBody.filter((r) => r.contract.bodyOptional).map((r) => r.name)).toEqual(['complete-session', 'connect-wearable']);
  });

  it('documents the CSV export beside the JSON one', () => {
    const document = buildOpenApiDocument(manifest.routes, { title: 't', version: '1' });
    const ok = (document.paths['/me/export']!.get as { responses: Record<string, { content: Record<string, unknown> }> }).responses['200']!;
    expect(Object.keys(ok.content).sort()).toEqual(['application/json', 'text/csv']);
  });
});

describe('checking an answer against its route', () => {
  it('finds the route API Gateway would pick, literal segments first, query ignored', () => {
    expect(routeFor('get', '/training/sessions/abc?x=1')?.name).toBe('get-session');
    expect(routeFor('GET', '/training/sessions/abc/enrichment')?.name).toBe('get-enrichment');
    expect(routeFor('GET', '/me/export?format=csv')?.name).toBe('export-me');
    expect(routeFor('POST', '/me')).toBeUndefined();
  });

  const answer = (status: number, body: unknown, contentType = 'application/json; charset=utf-8') => ({
    status,
    contentType,
    body,
    text: typeof body === 'string' ? body : JSON.stringify(body),
  });

  it('accepts a documented body and ignores non-2xx answers', () => {
    expect(contractViolation('GET', '/health', answer(200, { status: 'ok' }))).toBeNull();
    expect(contractViolation('GET', '/health', answer(500, { anything: true }))).toBeNull();
    expect(contractViolation('GET', '/nowhere', answer(404, {}))).toBeNull();
    expect(contractViolation('OPTIONS', '/me', { status: 204, contentType: '', body: '', text: '' })).toBeNull();
  });

  it('names the route and the zod issues of a body that does not match', () => {
    const violation = contractViolation('GET', '/health', answer(200, { status: 'degraded' }));
    expect(violation).toContain('route get-health (GET /health)');
    expect(violation).toContain('status');
  });

  it('names the fields a schema does not document, however deep', () => {
    const violation = contractViolation('GET', '/admin/queues', answer(200, { queues: [{ name: 'q', queue: null, deadLetters: { visible: 0, inFlight: 0, delayed: 0, oldest: 1 } }], sessionsAwaitingEnrichment: 0, extra: true }));
    expect(violation).toContain('does not document: queues[0].deadLetters.oldest, extra');
  });

  it('refuses an undocumented status, a stray body on 204, an unknown media type and an unknown route', () => {
    expect(contractViolation('GET', '/health', answer(201, { status: 'ok' }))).toContain('documents no 201 response');
    expect(contractViolation('DELETE', '/me', answer(204, { deleted: true }))).toContain('documents no body for 204');
    expect(contractViolation('DELETE', '/me', { status: 204, contentType: '', body: '', text: '' })).toBeNull();
    expect(contractViolation('GET', '/health', answer(200, 'ok', 'text/plain'))).toContain('documents application/json');
    expect(contractViolation('GET', '/nowhere', answer(200, {}))).toContain('no route of the manifest matches');
  });

  it('checks the CSV export with its own schema', () => {
    expect(contractViolation('GET', '/me/export?format=csv', answer(200, 'entity,id\r\nprofile,1\r\n', 'text/csv; charset=utf-8'))).toBeNull();
    expect(contractViolation('GET', '/me/export?format=csv', answer(200, 'id\r\n1\r\n', 'text/csv; charset=utf-8'))).toContain('export-me');
  });
});
