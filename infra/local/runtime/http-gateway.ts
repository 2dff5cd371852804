import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { JWTPayload } from 'jose';
import { API_GATEWAY_MAX_PAYLOAD_BYTES, apiCors } from '../../api-settings';
import type { HttpRoute } from '../../manifest-types';
import { LOCAL_ACCOUNT } from '../settings';
import { invoke } from './invoke';
import { flattenClaims } from './jwt';
import { routeTable } from './routes';

export interface GatewayOptions {
  routes: HttpRoute[];
  verifyToken: (token: string) => Promise<JWTPayload>;
  port: number;
  host?: string;
  log?: (line: string) => void;
}

const TEXT_TYPES = /^(text\/|application\/([\w.+-]+\+)?(json|xml|x-www-form-urlencoded|javascript))/i;

function problem(res: ServerResponse, status: number, title: string, detail: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/problem+json', ...corsHeaders(), ...headers });
  res.end(JSON.stringify({ type: 'about:blank', title, status, detail }));
}

const corsHeaders = (): Record<string, string> => ({
  'access-control-allow-origin': apiCors.allowOrigins[0],
  'access-control-expose-headers': apiCors.exposeHeaders.join(','),
});

async function readBody(req: IncomingMessage): Promise<Buffer | 'too-large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > API_GATEWAY_MAX_PAYLOAD_BYTES) return 'too-large';
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function toEvent(req: IncomingMessage, url: URL, route: HttpRoute, pathParameters: Record<string, string> | undefined, body: Buffer, claims: Record<string, string> | null): APIGatewayProxyEventV2WithJWTAuthorizer {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined && name !== 'cookie') headers[name] = Array.isArray(value) ? value.join(',') : value;
  }
  const query: Record<string, string> = {};
  for (const [key, value] of url.searchParams) query[key] = key in query ? `${query[key]},${value}` : value;
  const isText = body.length === 0 || TEXT_TYPES.test(headers['content-type'] ?? 'application/json');
  const now = new Date();
  const routeKey = `${route.method} ${route.path}`;
  return {
    version: '2.0',
    routeKey,
    rawPath: url.pathname,
    rawQueryString: url.search.replace(/^\?/, ''),
    cookies: req.headers.cookie?.split(/;\s*/),
    headers,
    queryStringParameters: Object.keys(query).length ? query : undefined,
    pathParameters,
    body: body.length ? (isText ? body.toString('utf8') : body.toString('base64')) : undefined,
    isBase64Encoded: body.length > 0 && !isText,
    stageVariables: undefined,
    requestContext: {
      accountId: LOCAL_ACCOUNT,
      apiId: 'local',
      domainName: headers.host ?? 'localhost',
      domainPrefix: 'localhost',
      http: { method: req.method!, path: url.pathname, protocol: `HTTP/${req.httpVersion}`, sourceIp: req.socket.remoteAddress ?? '127.0.0.1', userAgent: headers['user-agent'] ?? '' },
      requestId: randomUUID(),
      routeKey,
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
      authorizer: { principalId: '', integrationLatency: 0, jwt: { claims: claims ?? {}, scopes: claims?.scope ? claims.scope.split(' ') : [] } },
    },
  } as APIGatewayProxyEventV2WithJWTAuthorizer;
}

/** Writes a Lambda (payload format 2.0) result the way API Gateway does. */
function writeResult(res: ServerResponse, result: unknown) {
  const structured = result && typeof result === 'object' && 'statusCode' in result;
  const answer: APIGatewayProxyStructuredResultV2 = structured
    ? (result as APIGatewayProxyStructuredResultV2)
    : { statusCode: 200, headers: { 'content-type': 'application/json' }, body: result === undefined ? '' : JSON.stringify(result) };
  const headers: Record<string, string | string[]> = { ...corsHeaders() };
  for (const [name, value] of Object.entries(answer.headers ?? {})) headers[name.toLowerCase()] = String(value);
  if (answer.cookies?.length) headers['set-cookie'] = answer.cookies;
  const body = answer.body ? Buffer.from(answer.body, answer.isBase64Encoded ? 'base64' : 'utf8') : Buffer.alloc(0);
  res.writeHead(answer.statusCode ?? 200, headers);
  res.end(body);
}

/** The local HTTP API: routes from the manifest, JWT checks like the Cognito authorizer, CORS, real v2 events. */
export async function startHttpGateway(options: GatewayOptions): Promise<{ server: Server; url: string; stop(): Promise<void> }> {
  const table = routeTable(options.routes);
  const log = options.log ?? (() => undefined);

  const server = createServer(async (req, res) => {
    const started = performance.now();
    const url = new URL(req.url ?? '/', 'http://localhost');
    try {
      if (req.method === 'OPTIONS' && req.headers.origin && req.headers['access-control-request-method']) {
        res.writeHead(204, {
          'access-control-allow-origin': apiCors.allowOrigins[0],
          'access-control-allow-methods': apiCors.allowMethods.join(','),
          'access-control-allow-headers': apiCors.allowHeaders.join(','),
          'access-control-max-age': String(apiCors.maxAgeSeconds),
        });
        return res.end();
      }
      const match = table.match(req.method ?? 'GET', url.pathname);
      if (!match) return problem(res, 404, 'Not Found', `No route for ${req.method} ${url.pathname}.`);
      if (match === 'method-not-allowed') {
        return problem(res, 405, 'Method Not Allowed', `${url.pathname} does not accept ${req.method}.`, { allow: table.allowedMethods(url.pathname).join(', ') });
      }
      let claims: Record<string, string> | null = null;
      if (match.route.access !== 'public') {
        const header = req.headers.authorization ?? '';
        const token = /^Bearer\s+(.+)$/i.exec(header)?.[1];
        if (!token) return problem(res, 401, 'Unauthorized', 'Sign in: send `Authorization: Bearer <token>`.', { 'www-authenticate': 'Bearer' });
        try {
          claims = flattenClaims(await options.verifyToken(token));
        } catch (error) {
          return problem(res, 401, 'Unauthorized', `The token was refused: ${(error as Error).message}.`, { 'www-authenticate': 'Bearer error="invalid_token"' });
        }
      }
      const body = await readBody(req);
      if (body === 'too-large') return problem(res, 413, 'Payload Too Large', 'Request bodies are limited to 10 MB.');
      const event = toEvent(req, url, match.route, match.pathParameters, body, claims);
      const result = await invoke(match.route.name, match.route.handler, event, match.route.timeoutSeconds ?? 29);
      writeResult(res, result);
    } catch (error) {
      log(`✗ ${req.method} ${url.pathname}: ${(error as Error).stack ?? error}`);
      if (!res.headersSent) problem(res, 500, 'Internal Server Error', 'The handler failed; see the local runtime log.');
    } finally {
      log(`${req.method} ${url.pathname} → ${res.statusCode} ${(performance.now() - started).toFixed(1)} ms`);
    }
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    server,
    url: `http://localhost:${port}`,
    stop: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
