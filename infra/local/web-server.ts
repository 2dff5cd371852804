import { execFile } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { extname, join, normalize, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import type { SpaConfig } from '../cdk/stacks/web-stack';
import { repoRoot } from './paths';

/** What the SPA reads from /config.json locally: the AWS fields plus the Cognito emulator's URL. */
export interface LocalSpaConfig extends SpaConfig {
  cognitoEndpoint: string;
}

export interface WebServer {
  url: string;
  stop(): Promise<void>;
}

/** Serves /config.json from memory, as the CDK Web stack's deployment does on AWS. */
const configJson = (config: LocalSpaConfig): Plugin => ({
  name: 'twinforge-config-json',
  configureServer(server) {
    server.middlewares.use('/config.json', (_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.setHeader('cache-control', 'no-store');
      res.end(JSON.stringify(config));
    });
  },
});

/**
 * The SPA (frontend/) on Vite's dev server. `watch: false` (tests, --no-watch) turns off file
 * watching and hot reload; the dependency cache lives in the state dir so stacks never share it.
 */
export async function startWebServer(options: { port: number; stateDir: string; config: LocalSpaConfig; watch: boolean }): Promise<WebServer> {
  const { createServer } = await import('vite');
  const root = join(repoRoot, 'frontend');
  const server = await createServer({
    root,
    configFile: join(root, 'vite.config.ts'),
    cacheDir: join(options.stateDir, 'vite'),
    logLevel: 'warn',
    clearScreen: false,
    plugins: [configJson(options.config)],
    server: { host: '127.0.0.1', port: options.port, strictPort: true, watch: options.watch ? {} : null, hmr: options.watch },
  });
  await server.listen();
  return { url: `http://localhost:${options.port}`, stop: () => server.close() };
}

const frontendRoot = join(repoRoot, 'frontend');

/**
 * `vite build frontend` with the project's own config (service worker included), into `outDir`,
 * in its own process with NODE_ENV=production: a test runner's NODE_ENV=test would otherwise give
 * a development build (React's dev build, no service worker).
 */
export async function buildSpa(outDir: string, options: { manifest?: boolean } = {}): Promise<void> {
  const vite = join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  const args = [vite, 'build', frontendRoot, '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn', ...(options.manifest ? ['--manifest'] : [])];
  await promisify(execFile)(process.execPath, args, { cwd: repoRoot, env: { ...process.env, NODE_ENV: 'production' }, maxBuffer: 16 * 1024 * 1024 });
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
const compressible = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.map', '.svg', '.txt']);

/**
 * The built SPA as CloudFront serves it (CACHING_OPTIMIZED + compress): brotli or gzip, hashed
 * assets cached for a year, index.html for any path that is not a file, /config.json beside it.
 * For the bench and the offline browser test (the dev server has no service worker).
 */
export async function serveBuiltSpa(outDir: string, config: LocalSpaConfig): Promise<WebServer> {
  const encoded = new Map<string, { br: Buffer; gzip: Buffer }>();
  const configBody = Buffer.from(JSON.stringify(config));
  const server: Server = createHttpServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let body: Buffer;
    let file: string;
    if (url.pathname === '/config.json') {
      file = 'config.json';
      body = configBody;
    } else {
      const candidate = normalize(join(outDir, decodeURIComponent(url.pathname)));
      const inside = candidate.startsWith(outDir + sep) && !relative(outDir, candidate).startsWith('.vite');
      file = inside && existsSync(candidate) && statSync(candidate).isFile() ? candidate : join(outDir, 'index.html');
      body = readFileSync(file);
    }
    const extension = extname(file);
    const headers: Record<string, string> = {
      'content-type': contentTypes[extension] ?? 'application/octet-stream',
      'cache-control': url.pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      vary: 'accept-encoding',
    };
    const accepts = String(req.headers['accept-encoding'] ?? '');
    if (compressible.has(extension) && /\b(br|gzip)\b/.test(accepts)) {
      let versions = encoded.get(file);
      if (!versions) encoded.set(file, (versions = { br: brotliCompressSync(body), gzip: gzipSync(body) }));
      const encoding = /\bbr\b/.test(accepts) ? 'br' : 'gzip';
      headers['content-encoding'] = encoding;
      body = versions[encoding];
    }
    headers['content-length'] = String(body.length);
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://localhost:${port}`,
    stop: () =>
      new Promise((resolve) => {
        if (!server.listening) return resolve();
        server.close(() => resolve());
        // Browsers keep connections open: end them, or close() waits for their timeout.
        server.closeAllConnections();
      }),
  };
}
