import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleLambda, LAMBDA_ENTRY_FILE } from '../../infra/bundling';
import { repoRoot } from '../../infra/paths';
import { catalog } from '../../shared/domain/catalog';
import { coachingFileNames } from '../../shared/domain/catalog/coaching/files';
import type { CoachingContent } from '../../shared/domain/catalog/coaching/schema';
import { COACHING_ASSET_DIR } from '../../shared/domain/catalog/coaching/schema';

// Inside the repo (git-ignored) so that bundles resolve node_modules as on Lambda.
const work = mkdtempSync(join(repoRoot, '.local', 'coaching-bundles-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Bundles an entry exactly as CDK does (the same call), into its own directory. */
function bundle(name: string, entry: string): string {
  const outDir = join(work, name);
  bundleLambda(join(repoRoot, entry), outDir);
  return outDir;
}

const jsOf = (dir: string): string =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mjs'))
    .map((file) => readFileSync(join(dir, file), 'utf8'))
    .join('\n');

describe('coaching content beside the Lambda bundles', () => {
  it('the enrichment worker gets every coaching file beside its bundle, and no coaching text inside it', () => {
    const outDir = bundle('enrich-session', 'functions/enrichment/enrich-session.ts');
    expect(readdirSync(join(outDir, COACHING_ASSET_DIR)).sort()).toEqual(coachingFileNames.map((f) => `${f}.json`).sort());
    expect(jsOf(outDir)).not.toContain('Bar sits on the upper traps'); // back squat's first cue, only in strength-lifts.json
  });

  it('a function without the coaching loader gets no copy', () => {
    const outDir = bundle('get-health', 'functions/health/get-health.ts');
    expect(existsSync(join(outDir, COACHING_ASSET_DIR))).toBe(false);
  });

  it('the bundled loader reads the copied files, from the entry file or from a chunk', async () => {
    const loaderPath = join(repoRoot, 'shared/domain/catalog/coaching/load.ts');
    const lazyEntry = join(work, 'lazy-entry.ts');
    writeFileSync(lazyEntry, `export const load = () => import(${JSON.stringify(loaderPath)}).then((m) => m.loadAllCoaching());\n`);
    for (const [name, entry] of [['loader', 'shared/domain/catalog/coaching/load.ts'], ['lazy', lazyEntry]] as const) {
      const outDir = join(work, name);
      bundleLambda(entry.startsWith('/') ? entry : join(repoRoot, entry), outDir);
      const module = (await import(pathToFileURL(join(outDir, LAMBDA_ENTRY_FILE)).href)) as { loadAllCoaching?: () => Promise<CoachingContent>; load?: () => Promise<CoachingContent> };
      const content = await (module.loadAllCoaching ?? module.load)!();
      expect(content.size, name).toBe(catalog.length);
      expect(content.get('back-squat')!.en.cues[0]).toMatch(/^Bar sits on the upper traps/);
    }
    expect(readdirSync(join(work, 'lazy', 'chunks')).length).toBeGreaterThan(0); // the loader really sat in a chunk
  });
});
