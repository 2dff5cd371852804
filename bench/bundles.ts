/**
 * Each Lambda bundled exactly as CDK bundles it (infra/bundling.ts): minified size and module init
 * time (min of N fresh Node processes importing the bundle), with the ratio to `get-health`.
 * Also runs alone: `npx tsx bench/bundles.ts [--only create-session,get-me] [--runs 5] [--top 15]`
 * (no local cloud needed: module init reads the environment, it calls nothing).
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Metafile } from 'esbuild';
import { bundleLambda, bundleSizes, LAMBDA_ENTRY_FILE } from '../infra/bundling';
import { repoRoot } from '../infra/local/paths';

export const BUNDLE_BUDGET_BYTES = 250 * 1024;
export const INIT_BUDGET_MS = 40;
const BASELINE = 'get-health';

export interface BundleResult {
  name: string;
  /** Read at every cold start: the entry file and the chunks it imports statically. */
  bytes: number;
  /** Chunks only reached through `await import()` (e.g. the openai SDK), read when first needed. */
  lazyBytes: number;
  initMs: number;
  /** initMs / get-health's initMs (same run). */
  ratioToHealth: number | null;
  /** Biggest packages (or repo folders) in the bundle, KB. */
  topInputs: Record<string, number>;
}

export async function measureBundles(
  handlers: { name: string; handler: string }[],
  env: Record<string, string>,
  options: { runs?: number; topInputs?: number; /** Report a bundle that fails and measure the rest. */ keepGoing?: boolean } = {},
): Promise<BundleResult[]> {
  const runs = options.runs ?? 3;
  const bundlesDir = join(repoRoot, '.local', 'bench-bundles');
  const results: Omit<BundleResult, 'ratioToHealth'>[] = [];
  for (const { name, handler } of handlers) {
    const outDir = join(bundlesDir, name.replace(/[^a-z0-9-]+/gi, '-'));
    try {
      rmSync(outDir, { recursive: true, force: true });
      const metafile = bundleLambda(join(repoRoot, handler), outDir);
      const { initBytes, lazyBytes } = bundleSizes(metafile);
      const initMs = Math.min(...Array.from({ length: runs }, () => initOnce(name, join(outDir, LAMBDA_ENTRY_FILE), env)));
      results.push({ name, bytes: initBytes, lazyBytes, initMs: round(initMs), topInputs: biggestInputs(metafile, options.topInputs ?? 5) });
    } catch (error) {
      if (!options.keepGoing) throw error;
      console.error(`${name}: ${(error as Error).message.split('\n').slice(0, 6).join('\n')}`);
    }
  }
  const baseline = results.find((r) => r.name === BASELINE)?.initMs;
  return results.map((r) => ({ ...r, ratioToHealth: baseline ? round(r.initMs / baseline, 2) : null }));
}

/**
 * What every DynamoDB handler carries before any code of ours, bundled and timed the same way:
 * the document client alone, plus the Powertools logger, plus zod with one small body schema
 * (bench/bundle-floor/). PRODUCT.md requires all three; these set the floor of the budgets.
 */
export const BUNDLE_FLOOR = [
  { name: 'floor: DynamoDB document client', handler: 'bench/bundle-floor/dynamodb.ts' },
  { name: 'floor: + Powertools logger', handler: 'bench/bundle-floor/dynamodb-logger.ts' },
  { name: 'floor: + zod body schema', handler: 'bench/bundle-floor/dynamodb-logger-zod.ts' },
];

export const measureBundleFloor = (env: Record<string, string>, runs = 5): Promise<BundleResult[]> => measureBundles(BUNDLE_FLOOR, env, { runs });

/** One fresh Node process: the time to import (= initialise) the bundle, as a cold start does. */
function initOnce(name: string, outfile: string, env: Record<string, string>): number {
  const probe = `const t=performance.now();await import(${JSON.stringify(pathToFileURL(outfile).href)});process.stdout.write(String(performance.now()-t));`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { cwd: repoRoot, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (result.status !== 0) {
    const firstLines = result.stderr.split('\n').filter((line) => line.length < 400).slice(0, 12).join('\n');
    throw new Error(`${name} failed to initialise:\n${firstLines}`);
  }
  return Number(result.stdout);
}

function biggestInputs(metafile: Metafile, count: number): Record<string, number> {
  const entry = Object.values(metafile.outputs).find((output) => output.entryPoint)!;
  const byOwner = new Map<string, number>();
  for (const [path, { bytesInOutput }] of Object.entries(entry.inputs)) {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
    const owner = pkg ?? path.split('/').slice(0, 2).join('/');
    byOwner.set(owner, (byOwner.get(owner) ?? 0) + bytesInOutput);
  }
  return Object.fromEntries([...byOwner].sort((a, b) => b[1] - a[1]).slice(0, count).map(([owner, bytes]) => [owner, round(bytes / 1024)]));
}

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

export function printBundles(results: BundleResult[]): void {
  console.table(
    results.map((b) => ({
      handler: b.name,
      'minified KB': round(b.bytes / 1024),
      'lazy KB': round(b.lazyBytes / 1024),
      'init ms': b.initMs,
      '× get-health': b.ratioToHealth,
      '≤ 250 KB': b.bytes <= BUNDLE_BUDGET_BYTES,
      '≤ 40 ms': b.initMs <= INIT_BUDGET_MS,
    })),
  );
  const over = results.filter((b) => b.bytes > BUNDLE_BUDGET_BYTES || b.initMs > INIT_BUDGET_MS);
  for (const b of over) console.log(`${b.name} is over budget; biggest inputs of the entry file (KB): ${JSON.stringify(b.topInputs)}`);
}

export function printBundleFloor(floor: BundleResult[]): void {
  console.log('\nThe floor every DynamoDB handler starts from (nothing of ours; same bundling and timing):');
  console.table(floor.map((b) => ({ bundle: b.name, 'minified KB': round(b.bytes / 1024), 'init ms': b.initMs, '≤ 250 KB': b.bytes <= BUNDLE_BUDGET_BYTES, '≤ 40 ms': b.initMs <= INIT_BUDGET_MS })));
}

/** What module init reads: the variables of a deployed function, with placeholder values. */
async function placeholderEnvironment(): Promise<Record<string, string>> {
  const { manifest } = await import('../infra/manifest');
  const { functionEnvironment } = await import('../infra/environment');
  const queueUrls = (suffix: string) => Object.fromEntries(manifest.queues.map((q) => [q.name, `http://127.0.0.1:9/queue/${q.name}${suffix}`]));
  return {
    ...functionEnvironment({
      stage: 'bench',
      tableName: 'twinforge-bench',
      queueUrls: queueUrls(''),
      dlqUrls: queueUrls('-dlq'),
      illustrationsBucket: 'twinforge-bench-illustrations',
      illustrationsBaseUrl: 'http://127.0.0.1:9/illustrations',
      importsBucket: 'twinforge-bench-imports',
      userPoolId: 'eu-west-1_bench',
      userPoolClientId: 'bench',
      cursorSecret: 'bench-cursor-secret-0123456789abcdef0123456789',
      // As deployed: the functions that build providers get the KMS key and the credentials secret.
      wearablesKeyId: 'arn:aws:kms:eu-west-1:000000000000:key/bench',
      wearablesSecretArn: 'arn:aws:secretsmanager:eu-west-1:000000000000:secret:bench',
    }),
    AWS_REGION: 'eu-west-1',
    AWS_ACCESS_KEY_ID: 'bench',
    AWS_SECRET_ACCESS_KEY: 'bench',
    POWERTOOLS_METRICS_DISABLED: 'true',
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { only: { type: 'string' }, runs: { type: 'string', default: '3' }, top: { type: 'string', default: '5' } } });
  const { manifest } = await import('../infra/manifest');
  const only = values.only?.split(',');
  const entries = [...manifest.routes, ...manifest.streamReaders, ...manifest.streamConsumers, ...manifest.queues, ...manifest.schedules]
    .filter((e) => !only || only.includes(e.name) || e.name === BASELINE)
    .map((e) => ({ name: e.name, handler: e.handler }));
  const results = await measureBundles(entries, await placeholderEnvironment(), { runs: Number(values.runs), topInputs: Number(values.top), keepGoing: true });
  printBundles(results);
  printBundleFloor(await measureBundleFloor(await placeholderEnvironment(), Number(values.runs)));
}
