/**
 * npm run gen:api — rewrites frontend/src/api/schema.d.ts from the manifest's OpenAPI document (no
 * running stack needed). Run it after changing a route or one of its zod schemas; the unit test
 * test/unit/frontend/openapi-types.test.ts fails while the committed file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { repoRoot } from '../paths';
import { webApiTypes, webTypesFile } from './web-types';

const text = await webApiTypes();
let previous = '';
try {
  previous = readFileSync(webTypesFile, 'utf8');
} catch {
  // first generation
}
if (previous === text) console.log(`${relative(repoRoot, webTypesFile)} is up to date`);
else {
  writeFileSync(webTypesFile, text);
  console.log(`Wrote ${relative(repoRoot, webTypesFile)}`);
}
