import { spawnSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { lambdaBundling } from '../infra/bundling';
import { repoRoot } from '../infra/local/paths';

/** Bundles each handler exactly as CDK does and reports minified size and cold module-init time. */
export async function measureBundles(handlers: { name: string; handler: string }[], env: Record<string, string>) {
  // Inside the repo so the externalised @aws-sdk/* resolve from node_modules, as the Lambda runtime provides them.
  const outDir = join(repoRoot, '.local', 'bench-bundles');
  mkdirSync(outDir, { recursive: true });
  const results: { name: string; bytes: number; initMs: number }[] = [];
  for (const { name, handler } of handlers) {
    const outfile = join(outDir, `${name}.mjs`);
    await build({
      entryPoints: [join(repoRoot, handler)],
      outfile,
      bundle: true,
      platform: 'node',
      target: lambdaBundling.target,
      format: lambdaBundling.format,
      minify: lambdaBundling.minify,
      external: lambdaBundling.externalModules,
      banner: { js: lambdaBundling.banner },
      logLevel: 'silent',
    });
    const probe = join(outDir, `${name}.probe.mjs`);
    writeFileSync(probe, `const t=performance.now();await import(${JSON.stringify(outfile)});console.log(performance.now()-t);`);
    const runs = [0, 1, 2].map(() => {
      const result = spawnSync(process.execPath, [probe], { cwd: repoRoot, env: { ...process.env, ...env }, encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`${name} failed to initialise: ${result.stderr}`);
      return Number(result.stdout.trim());
    });
    results.push({ name, bytes: statSync(outfile).size, initMs: Math.round(Math.min(...runs) * 10) / 10 });
  }
  return results;
}
