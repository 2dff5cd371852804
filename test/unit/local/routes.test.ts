import { describe, expect, it } from 'vitest';
import type { HttpRoute } from '../../../infra/manifest-types';
import { routeTable } from '../../../infra/local/runtime/routes';

const route = (method: HttpRoute['method'], path: string): HttpRoute => ({
  name: `${method} ${path}`, method, path, handler: 'x.ts', access: 'user', grants: [], contract: { summary: '', tags: [], responses: {} },
});

describe('route matching', () => {
  const table = routeTable([
    route('GET', '/training/sessions/{id}'),
    route('GET', '/training/sessions/{id}/enrichment'),
    route('GET', '/training/recovery'),
    route('POST', '/wearables/{provider}/connect'),
    route('GET', '/files/{proxy+}'),
  ]);

  it('extracts decoded path parameters', () => {
    const match = table.match('GET', '/training/sessions/a%2Fb');
    expect(match).toMatchObject({ route: { path: '/training/sessions/{id}' }, pathParameters: { id: 'a/b' } });
    expect(table.match('POST', '/wearables/garmin/connect')).toMatchObject({ pathParameters: { provider: 'garmin' } });
    expect(table.match('GET', '/files/a/b/c')).toMatchObject({ pathParameters: { proxy: 'a/b/c' } });
  });

  it('tells unknown paths from wrong methods', () => {
    expect(table.match('GET', '/nothing')).toBeUndefined();
    expect(table.match('DELETE', '/training/recovery')).toBe('method-not-allowed');
    expect(table.allowedMethods('/training/recovery')).toEqual(['GET']);
  });

  it('does not let a parameter swallow deeper paths', () => {
    expect(table.match('GET', '/training/sessions/1/enrichment')).toMatchObject({ route: { path: '/training/sessions/{id}/enrichment' } });
  });
});
