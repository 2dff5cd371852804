import { createRequire } from 'node:module';
import type * as Http from 'node:http';

/**
 * `node:http` for Lambda bundles (infra/bundling.ts aliases it here). An ESM `import … from
 * 'node:http'` makes Node build the module's ESM facade, which reads every export — including the
 * lazy `WebSocket`/`CloseEvent`/`MessageEvent` getters that load undici (~15 ms of every cold
 * start, for nothing). `require` reads only what is used.
 */
const http = createRequire(import.meta.url)('node:http') as typeof Http;

export default http;
export const { STATUS_CODES, METHODS, Agent, ClientRequest, IncomingMessage, OutgoingMessage, Server, ServerResponse, createServer, get, request, validateHeaderName, validateHeaderValue } = http;
