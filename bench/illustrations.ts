/**
 * Illustrations, CPU only: the offline generator (pictogram SVG → sharp → WebP 512 + 1024 px) over
 * catalog exercises of every body position, the WebP bytes of each size, and the size of the
 * worker's bundle (sharp excluded: it comes from the linux-arm64 layer, measured too).
 * Run alone with `npx tsx bench/illustrations.ts`; `npm run bench` includes it.
 */
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { encodeVariants } from '../functions/illustrations/webp';
import { bundleLambda, bundleSizes } from '../infra/bundling';
import { SHARP_LAYER_DIR } from '../infra/cdk/constructs/sharp-layer';
import { repoRoot } from '../infra/paths';
import { illustrationQueues } from '../infra/manifest/illustrations';
import { catalog } from '../shared/domain/catalog';
import { WEBP_QUALITY } from '../shared/domain/illustrations/illustration';
import { buildPictogram } from '../shared/domain/illustrations/pictogram';
import { round } from './load';

const SAMPLE = 40;

function stats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { n: sorted.length, p50: round(at(0.5), 1), p99: round(at(0.99), 1), max: round(sorted.at(-1) ?? 0, 1), mean: round(sorted.reduce((a, b) => a + b, 0) / (sorted.length || 1), 1) };
}

function directoryBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { withFileTypes: true }).reduce((total, entry) => {
    const path = join(dir, entry.name);
    return total + (entry.isDirectory() ? directoryBytes(path) : statSync(path).size);
  }, 0);
}

export async function benchIllustrations() {
  // Spread over the catalog: every SAMPLE-th exercise, so every body position and implement family shows up.
  const step = Math.max(1, Math.floor(catalog.length / SAMPLE));
  const exercises = catalog.filter((_, i) => i % step === 0).slice(0, SAMPLE);
  await encodeVariants(Buffer.from(buildPictogram(exercises[0]!))); // warm-up (sharp's first call loads libvips)
  const timesMs: number[] = [];
  const bytes: Record<'512' | '1024', number[]> = { '512': [], '1024': [] };
  for (const exercise of exercises) {
    const started = performance.now();
    const variants = await encodeVariants(Buffer.from(buildPictogram(exercise)));
    timesMs.push(performance.now() - started);
    for (const variant of variants) bytes[String(variant.size) as '512' | '1024'].push(variant.bytes.length);
  }
  const worker = illustrationQueues[0]!;
  const outDir = join(repoRoot, '.local', 'bench-bundles', `${worker.name}-worker`);
  rmSync(outDir, { recursive: true, force: true });
  const { initBytes, lazyBytes } = bundleSizes(bundleLambda(join(repoRoot, worker.handler), outDir));
  const kb = (values: number[]) => {
    const s = stats(values.map((b) => b / 1024));
    return { meanKb: s.mean, p50Kb: s.p50, maxKb: s.max };
  };
  return {
    webpQuality: WEBP_QUALITY,
    exercises: exercises.length,
    offlineGenerationMs: stats(timesMs),
    webpBytes: { '512': kb(bytes['512']), '1024': kb(bytes['1024']) },
    workerBundle: { handler: worker.handler, initKb: round(initBytes / 1024, 1), lazyKb: round(lazyBytes / 1024, 1) },
    sharpLayerMb: round(directoryBytes(join(SHARP_LAYER_DIR, 'node_modules')) / 1024 / 1024, 1),
  };
}

export function printIllustrations(result: Awaited<ReturnType<typeof benchIllustrations>>) {
  const { offlineGenerationMs: t, webpBytes: w, workerBundle: b } = result;
  console.log(
    `\nIllustrations, offline (${result.exercises} exercises, WebP quality ${result.webpQuality}): pictogram → WebP 512 + 1024 px p50 ${t.p50} ms, p99 ${t.p99} ms, max ${t.max} ms per illustration` +
      `\n  WebP bytes per illustration: 512 px mean ${w['512'].meanKb} KB (max ${w['512'].maxKb}), 1024 px mean ${w['1024'].meanKb} KB (max ${w['1024'].maxKb})` +
      `\n  worker bundle ${b.handler}: ${b.initKb} KB at init + ${b.lazyKb} KB lazy (sharp from its linux-arm64 layer: ${result.sharpLayerMb} MB unzipped)`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printIllustrations(await benchIllustrations());
