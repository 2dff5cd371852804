import { join } from 'node:path';
import openapiTS, { astToString, COMMENT_HEADER, type OpenAPI3 } from 'openapi-typescript';
import { buildOpenApiDocument } from '../../shared/http/openapi';
import { manifest } from '../manifest';
import { repoRoot } from '../paths';

/** Where the SPA's generated API types live (committed; `npm run gen:api` rewrites it). */
export const webTypesFile = join(repoRoot, 'frontend', 'src', 'api', 'schema.d.ts');

/**
 * The TypeScript of the API's OpenAPI 3.1 document (`paths`, `components`, `operations`), built
 * offline from the manifest's zod contracts exactly as `GET /openapi.json` builds it, for
 * openapi-fetch's typed client in the SPA.
 */
export async function webApiTypes(): Promise<string> {
  const document = buildOpenApiDocument(manifest.routes, { title: 'TwinForge API', version: '1.0.0' });
  const ast = await openapiTS(document as unknown as OpenAPI3, { silent: true, alphabetize: false });
  const header = `${COMMENT_HEADER.trimEnd()}\n// Generated from infra/manifest (the routes' zod contracts) by \`npm run gen:api\` (infra/openapi/write-web-types.ts).\n\n`;
  return header + astToString(ast);
}
