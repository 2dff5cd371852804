import { cpSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync, type BuildOptions, type Metafile } from 'esbuild';
import { CATALOG_ASSET_FILE } from '../shared/domain/catalog/asset';
import { COACHING_ASSET_DIR } from '../shared/domain/catalog/coaching/schema';
import { buildCatalogFromSeeds } from '../shared/domain/catalog/seeds';
import { repoRoot } from './paths';

/**
 * How every Lambda is bundled: CDK's handler functions (infra/cdk/constructs/handler-function.ts)
 * and `npm run bench` (which reports the sizes and init times of exactly these bundles) both call
 * `bundleLambda`.
 *
 * - The AWS SDK v3 is bundled, not taken from the runtime: the runtime's copy is read file by file
 *   at init (~170 ms for client-dynamodb), a tree-shaken minified ESM copy costs a few ms.
 * - Code splitting: what a handler only reaches through `await import()` (the openai SDK on the
 *   OpenAI path) is a separate chunk, read when first needed instead of at every cold start.
 */
export const lambdaBundling = {
  target: 'node24',
  format: 'esm' as const,
  minify: true,
  sourceMap: false,
  /** ESM builds first: they are what lets esbuild tree-shake the SDK and zod. */
  mainFields: ['module', 'main'],
  /**
   * Not bundled: the X-Ray tracer (~115 KB with aws-xray-sdk-core) is only loaded on AWS, when
   * tracing is on, from the tracing layer every function gets (shared/logging/tracer.ts); sharp
   * (native) comes from the layer of the functions that use it (manifest `nativeLayers`).
   */
  externalModules: ['@aws-lambda-powertools/tracer', 'aws-xray-sdk-core', 'sharp'],
  alias: {
    /**
     * The SDK's default credential chain (SSO, INI files, STS web identity, IMDS, login…) is
     * ~100 KB of nested clients; a Lambda function only ever gets its role's credentials from
     * AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN.
     */
    '@aws-sdk/credential-provider-node': join(repoRoot, 'infra', 'lambda-credentials.ts'),
    /** Required, not imported: see infra/lambda-builtins/http.ts (undici stays unloaded). */
    'node:http': join(repoRoot, 'infra', 'lambda-builtins', 'http.ts'),
    http: join(repoRoot, 'infra', 'lambda-builtins', 'http.ts'),
  },
  /** ESM bundles still meet CommonJS dependencies that call require(). */
  banner: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
};

/** The file Lambda loads (`index.handler`); chunks sit beside it under chunks/. */
export const LAMBDA_ENTRY_FILE = 'index.mjs';

export function esbuildOptions(entry: string, outDir: string): BuildOptions {
  return {
    absWorkingDir: repoRoot,
    entryPoints: { index: entry },
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    platform: 'node',
    target: lambdaBundling.target,
    format: lambdaBundling.format,
    minify: lambdaBundling.minify,
    sourcemap: lambdaBundling.sourceMap,
    legalComments: 'none',
    mainFields: lambdaBundling.mainFields,
    external: lambdaBundling.externalModules,
    alias: lambdaBundling.alias,
    banner: { js: lambdaBundling.banner },
    /** The catalog is read from its JSON asset (see RUNTIME_ASSETS): its seeds branch is dead code. */
    define: { 'process.env.TWINFORGE_CATALOG_ASSET': JSON.stringify(CATALOG_ASSET_FILE) },
    metafile: true,
    logLevel: 'silent',
  };
}

/** Bundles one handler module (absolute path) into `outDir` (index.mjs + chunks + the data files it reads). */
export function bundleLambda(entry: string, outDir: string): Metafile {
  const metafile = buildSync(esbuildOptions(entry, outDir)).metafile!;
  copyBundleAssets(metafile, outDir);
  return metafile;
}

/**
 * Data read at run time, never bundled, written beside the bundles whose code includes its reader:
 * the per-exercise coaching files, and the exercise catalog generated from its TypeScript seeds.
 */
const RUNTIME_ASSETS: { reader: string; write: (outDir: string) => void }[] = [
  {
    reader: 'shared/domain/catalog/coaching/load.ts',
    write: (outDir) => {
      const from = join(repoRoot, 'shared/domain/catalog/coaching');
      for (const file of readdirSync(from).filter((name) => name.endsWith('.json'))) cpSync(join(from, file), join(outDir, COACHING_ASSET_DIR, file));
    },
  },
  { reader: 'shared/domain/catalog/asset.ts', write: (outDir) => writeFileSync(join(outDir, CATALOG_ASSET_FILE), catalogAssetJson()) },
];

let catalogJson: string | undefined;
/** The catalog as bundles read it (generated once per process: bench and synth bundle many functions). */
export const catalogAssetJson = (): string => (catalogJson ??= JSON.stringify(buildCatalogFromSeeds()));

export function copyBundleAssets(metafile: Metafile, outDir: string): void {
  for (const asset of RUNTIME_ASSETS) if (metafile.inputs[asset.reader]) asset.write(outDir);
}

/** Bytes read at init (the entry file and the chunks it imports statically) and on demand. */
export function bundleSizes(metafile: Metafile): { initBytes: number; lazyBytes: number } {
  const outputs = metafile.outputs;
  const entry = Object.keys(outputs).find((path) => outputs[path]!.entryPoint)!;
  const atInit = new Set<string>();
  const visit = (path: string) => {
    if (atInit.has(path)) return;
    atInit.add(path);
    for (const imported of outputs[path]!.imports) if (imported.kind === 'import-statement' && outputs[imported.path]) visit(imported.path);
  };
  visit(entry);
  const sum = (paths: string[]) => paths.reduce((total, path) => total + outputs[path]!.bytes, 0);
  const all = Object.keys(outputs).filter((path) => !path.endsWith('.map'));
  return { initBytes: sum([...atInit]), lazyBytes: sum(all.filter((path) => !atInit.has(path))) };
}
