import { describe, expect, it } from 'vitest';
import { manifest } from '../../../infra/manifest';
import { call, endpoints } from '../../support/stack';

describe('public routes', () => {
  it('GET /health answers ok without a token', async () => {
    const response = await call('GET', '/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('GET /openapi.json documents every manifest route as OpenAPI 3.1', async () => {
    const response = await call<any>('GET', '/openapi.json');
    expect(response.status).toBe(200);
    expect(response.body.openapi).toBe('3.1.0');
    for (const route of manifest.routes) {
      expect(response.body.paths[route.path]?.[route.method.toLowerCase()]?.operationId).toBe(route.name);
    }
    const putMe = response.body.paths['/me'].put;
    expect(putMe.requestBody.content['application/json'].schema.properties.weightKg).toBeDefined();
    expect(putMe.responses['401']).toBeDefined();
  });

  it('GET /openapi.json is gzipped for clients that accept it (HTTP APIs do not compress), plain otherwise', async () => {
    const url = `${endpoints().apiUrl}/openapi.json`;
    const zipped = await fetch(url, { headers: { 'accept-encoding': 'gzip' } });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('vary')).toContain('accept-encoding');
    const document = (await zipped.json()) as { openapi: string }; // fetch inflates it
    expect(document.openapi).toBe('3.1.0');
    const plain = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(((await plain.json()) as { openapi: string }).openapi).toBe('3.1.0');
  });

  it('unknown paths and methods get problem+json', async () => {
    const missing = await call('GET', '/nope');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('application/problem+json');
    const wrongMethod = await call('DELETE', '/health');
    expect(wrongMethod.status).toBe(405);
  });

  it('answers CORS preflights like the HTTP API', async () => {
    const response = await call('OPTIONS', '/me', { headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'PUT' } });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-methods')).toContain('PUT');
    expect(response.headers.get('access-control-allow-headers')).toContain('authorization');
  });
});
