import { join } from 'node:path';
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
