import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { webApiTypes, webTypesFile } from '../../../infra/openapi/web-types';

describe('frontend/src/api/schema.d.ts (the SPA typed client)', () => {
  it('matches the OpenAPI document the manifest builds today', async () => {
    const fresh = await webApiTypes();
    const committed = readFileSync(webTypesFile, 'utf8');
    const a = committed.split('\n');
    const b = fresh.split('\n');
    const line = a.findIndex((text, i) => text !== b[i]);
    const where = committed === fresh ? '' : ` (first difference at line ${(line === -1 ? a.length : line) + 1})`;
    expect(committed === fresh, `frontend/src/api/schema.d.ts is stale${where}: run npm run gen:api`).toBe(true);
  });

  it('types the JSON bodies of the answers the SPA reads', async () => {
    const types = await webApiTypes();
    const operation = (name: string) => types.slice(types.indexOf(`    "${name}": {`), types.indexOf('\n    };\n', types.indexOf(`    "${name}": {`)));
    // 200/201 answers with a zod schema in the manifest carry their body; field names come through.
    expect(operation('get-me')).toMatch(/200: \{[\s\S]*"application\/json": \{[\s\S]*locale:/);
    expect(operation('create-goal')).toMatch(/201: \{[\s\S]*"application\/json": \{[\s\S]*targetValue: number;/);
    expect(operation('list-locations')).toMatch(/query\?: \{[\s\S]*limit\?: number;/);
    expect(operation('patch-goal')).toMatch(/path: \{\s*id: string;/);
    // Every answer the SPA reads is documented: Today, the enrichment progress, and a 204 beside a body.
    expect(operation('get-today')).toMatch(/200: \{[\s\S]*"application\/json": \{[\s\S]*activeSessions: \{[\s\S]*readiness: \{/);
    expect(operation('get-enrichment')).toMatch(/200: \{[\s\S]*"application\/json": \{[\s\S]*queuePosition\?: number;[\s\S]*content\?: \{/);
    expect(operation('get-recovery')).toMatch(/200: \{[\s\S]*sessionId: string;[\s\S]*204: \{[\s\S]*content\?: never;/);
  });
});
