import { readFileSync } from 'node:fs';
import type { ProgressionChain } from './chains';
import type { Exercise } from './schema';
import type { CatalogFileName } from './seeds';

/** The catalog as Lambda bundles read it: generated from the seeds at bundle time (infra/bundling.ts). */
export interface CatalogData {
  exercises: Exercise[];
  /** Exercise ids of each data file, in catalog order. */
  files: Record<CatalogFileName, string[]>;
  chains: ProgressionChain[];
}

/** The JSON file beside a Lambda bundle that reads the catalog. */
export const CATALOG_ASSET_FILE = 'exercise-catalog.json';

/**
 * Read synchronously at module init, so that `catalog` and `getExercise` stay synchronous: beside
 * the bundle, seen from index.mjs or from a chunk under chunks/.
 */
export function readCatalogAsset(file: string): CatalogData {
  const urls = [new URL(`./${file}`, import.meta.url), new URL(`../${file}`, import.meta.url)];
  for (const url of urls) {
    let text: string;
    try {
      text = readFileSync(url, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    return parseCatalogAsset(text, url.pathname);
  }
  throw new Error(`exercise catalog not found (looked for ${urls.map((u) => u.pathname).join(', ')})`);
}

/** The shape only: the content is generated from the typed seeds and checked by the catalog tests. */
export function parseCatalogAsset(text: string, source: string): CatalogData {
  const data = JSON.parse(text) as Partial<CatalogData> | null;
  const exercises = data?.exercises;
  const files = data?.files;
  const chains = data?.chains;
  if (!Array.isArray(exercises) || exercises.length === 0 || typeof files !== 'object' || files === null || !Array.isArray(chains)) {
    throw new Error(`${source} is not an exercise catalog (expected { exercises: [...], files: {...}, chains: [...] })`);
  }
  const listed = Object.values(files).flat().length;
  if (listed !== exercises.length) throw new Error(`${source}: its files list ${listed} exercises, it holds ${exercises.length}`);
  return { exercises, files, chains };
}
