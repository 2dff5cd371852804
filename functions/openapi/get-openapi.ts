import { gzipSync } from 'node:zlib';
import { manifest } from '../../infra/manifest';
import { httpHandler } from '../../shared/http/http-handler';
import { buildOpenApiDocument } from '../../shared/http/openapi';
import { json } from '../../shared/http/response';
import { route } from './get-openapi.route';

const document = buildOpenApiDocument(manifest.routes, { title: 'TwinForge API', version: '1.0.0' });
// ~220 KB of JSON read at every app start (the SPA's capabilities); API Gateway HTTP APIs do not
// compress, so the handler does: ~12 KB gzip, computed once per cold start.
const plain = json(200, document, { maxAgeSeconds: 300 });
const gzipped = gzipSync(plain.body as string).toString('base64');

export const handler = httpHandler(route, async ({ event }) => {
  const accepts = Object.entries(event.headers ?? {}).some(([k, v]) => k.toLowerCase() === 'accept-encoding' && /\bgzip\b/.test(v ?? ''));
  return accepts ? { ...plain, headers: { ...plain.headers, 'content-encoding': 'gzip', vary: 'accept-encoding' }, body: gzipped, isBase64Encoded: true } : plain;
});
