import { manifest } from '../../infra/manifest';
import { httpHandler } from '../../shared/http/http-handler';
import { buildOpenApiDocument } from '../../shared/http/openapi';
import { json } from '../../shared/http/response';

const document = buildOpenApiDocument(manifest.routes, { title: 'TwinForge API', version: '1.0.0' });

export const handler = httpHandler({ access: 'public' }, async () => json(200, document, { maxAgeSeconds: 300 }));
