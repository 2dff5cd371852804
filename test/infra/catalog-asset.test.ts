import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { Metafile } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleLambda, catalogAssetJson, LAMBDA_ENTRY_FILE } from '../../infra/bundling';
import { repoRoot } from '../../infra/paths';
import { catalog } from '../../shared/domain/catalog';
import { CATALOG_ASSET_FILE } from '../../shared/domain/catalog/asset';

// Inside the repo (git-ignored) so that bundles resolve node_modules as on Lambda.
const work = mkdtempSync(join(repoRoot, '.local', 'catalog-bundles-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function bundle(name: string, entry: string): { outDir: string; metafile: Metafile } {
  const outDir = join(work, name);
  const metafile = bundleLambda(entry.startsWith('/') ? entry : join(repoRoot, entry), outDir);
  return { outDir, metafile };
}

/** Source files that put code into the bundle's JS (metafile.inputs also lists what was parsed and then dropped). */
const compiledInputs = (metafile: Metafile): string[] =>
  [...new Set(Object.values(metafile.outputs).flatMap((output) => Object.entries(output.inputs).filter(([, input]) => input.bytesInOutput > 0).map(([path]) => path)))];

const jsOf = (dir: string): string =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mjs'))
    .map((file) => readFileSync(join(dir, file), 'utf8'))
    .join('\n');

const SEED_ONLY_TEXT = 'roxzone run'; // a synonym of hyrox-run, written only in data/hyrox.ts

describe('the exercise catalog beside the Lambda bundles', () => {
  it.each([
    ['list-exercises', 'functions/exercises/list-exercises.ts'],
    ['swap-exercise', 'functions/training/swap-exercise.ts'],
    ['enrichment', 'functions/enrichment/enrich-session.ts'],
    ['create-session', 'functions/training/create-session.ts'],
  ])('%s gets the catalog JSON beside its bundle and none of the seeds in its code', (name, entry) => {
    const { outDir, metafile } = bundle(name, entry);
    expect(readFileSync(join(outDir, CATALOG_ASSET_FILE), 'utf8')).toBe(catalogAssetJson());
    const compiled = compiledInputs(metafile);
    expect(compiled).toContain('shared/domain/catalog/asset.ts');
    const seedModules = ['shared/domain/catalog/seeds.ts', 'shared/domain/catalog/define.ts', 'shared/domain/catalog/chains.ts'];
    expect(compiled.filter((path) => path.startsWith('shared/domain/catalog/data/') || seedModules.includes(path))).toEqual([]);
    expect(jsOf(outDir)).not.toContain(SEED_ONLY_TEXT);
  });

  it('a function that does not read the catalog gets no copy', () => {
    const { outDir } = bundle('get-health', 'functions/health/get-health.ts');
    expect(existsSync(join(outDir, CATALOG_ASSET_FILE))).toBe(false);
  });

  it('the bundled list-exercises handler loads and answers from the JSON file', () => {
    const { outDir } = bundle('list-exercises', 'functions/exercises/list-exercises.ts');
    const event = {
      version: '2.0',
      routeKey: 'GET /exercises',
      rawPath: '/exercises',
      rawQueryString: 'discipline=hyrox',
      headers: {},
      queryStringParameters: { discipline: 'hyrox' },
      requestContext: { http: { method: 'GET', path: '/exercises' }, requestId: 'catalog-asset-test', authorizer: { jwt: { claims: { sub: 'user-1' }, scopes: [] } } },
      isBase64Encoded: false,
    } as unknown as APIGatewayProxyEventV2;
    const context = { functionName: 'list-exercises', awsRequestId: 'catalog-asset-test', invokedFunctionArn: 'arn:aws:lambda:eu-west-1:000000000000:function:list-exercises', memoryLimitInMB: '256', getRemainingTimeInMillis: () => 10_000 };
    // A fresh process with placeholder settings and no table (list-exercises asks none); no source on its import path.
    const probe = `const { handler } = await import(${JSON.stringify(pathToFileURL(join(outDir, LAMBDA_ENTRY_FILE)).href)});
const context = ${JSON.stringify(context)};
const response = await handler(${JSON.stringify(event)}, { ...context, getRemainingTimeInMillis: () => 10000 });
process.stdout.write(JSON.stringify(response));`;
    const run = () =>
      spawnSync(process.execPath, ['--input-type=module', '-e', probe], {
        cwd: outDir,
        env: { PATH: process.env.PATH, AWS_REGION: 'eu-west-1', POWERTOOLS_LOG_LEVEL: 'SILENT', POWERTOOLS_METRICS_DISABLED: 'true' },
        encoding: 'utf8',
      });
    const result = run();
    expect(result.stderr.split('\n').filter((line) => /Error/.test(line))).toEqual([]);
    expect(result.status).toBe(0);
    const response = JSON.parse(result.stdout) as { statusCode: number; body: string };
    expect(response.statusCode).toBe(200);
    const items = (JSON.parse(response.body) as { items: { id: string; progression: unknown }[] }).items;
    expect(items.map((item) => item.id)).toEqual(catalog.filter((e) => e.discipline === 'hyrox').map((e) => e.id));
    expect(items.find((item) => item.id === 'hyrox-run')).toBeDefined();

    // The answer came from the file: without it the module does not even load.
    rmSync(join(outDir, CATALOG_ASSET_FILE));
    const without = run();
    expect(without.status).not.toBe(0);
    expect(without.stderr).toContain(`exercise catalog not found (looked for ${join(outDir, CATALOG_ASSET_FILE)}`);
  });

  it('the catalog reader finds the file from a chunk too', async () => {
    const lazyEntry = join(work, 'lazy-entry.ts');
    const catalogPath = join(repoRoot, 'shared/domain/catalog/index.ts');
    writeFileSync(lazyEntry, `export const lookup = (id: string) => import(${JSON.stringify(catalogPath)}).then((m) => m.getExercise(id));\n`);
    const { outDir } = bundle('lazy', lazyEntry);
    expect(readdirSync(join(outDir, 'chunks')).length).toBeGreaterThan(0);
    expect(jsOf(join(outDir, 'chunks'))).toContain(CATALOG_ASSET_FILE); // the reader really sits in a chunk
    const module = (await import(pathToFileURL(join(outDir, LAMBDA_ENTRY_FILE)).href)) as { lookup: (id: string) => Promise<(typeof catalog)[number] | undefined> };
    expect(await module.lookup('push-up')).toStrictEqual(catalog.find((e) => e.id === 'push-up'));
  });
});
