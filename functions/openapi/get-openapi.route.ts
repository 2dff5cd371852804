import { openApiDocumentSchema } from '../../shared/http/openapi';
import type { HttpRoute } from '../../infra/manifest-types';

export const route = {
  name: 'get-openapi',
  method: 'GET',
  path: '/openapi.json',
  handler: 'functions/openapi/get-openapi.ts',
  access: 'public',
  grants: [],
  contract: {
    summary: 'This API as OpenAPI 3.1',
    tags: ['system'],
    responses: { 200: { description: 'OpenAPI document (gzip with Accept-Encoding: gzip)', schema: openApiDocumentSchema } },
  },
} satisfies HttpRoute;
