import { readFile } from 'node:fs/promises';
import { coachingFileNames, coachingFileOf, type CoachingFileName } from './files';
import { COACHING_ASSET_DIR, coachingFileSchema, type CoachingContent, type ExerciseCoaching } from './schema';

/**
 * Beside this module when running from source (tsx, vitest); on Lambda in the asset directory
 * beside the bundle, seen from index.mjs or from a chunk under chunks/.
 */
const candidates = (file: CoachingFileName): URL[] => [
  new URL(`./${file}.json`, import.meta.url),
  new URL(`./${COACHING_ASSET_DIR}/${file}.json`, import.meta.url),
  new URL(`../${COACHING_ASSET_DIR}/${file}.json`, import.meta.url),
];

async function readFirst(urls: readonly URL[]): Promise<string> {
  for (const url of urls) {
    try {
      return await readFile(url, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  throw new Error(`coaching content not found (looked for ${urls.map((u) => u.pathname).join(', ')})`);
}

const files = new Map<CoachingFileName, Promise<ReadonlyMap<string, ExerciseCoaching>>>();

/** One coaching file, read and validated once per process. */
export function loadCoachingFile(file: CoachingFileName): Promise<ReadonlyMap<string, ExerciseCoaching>> {
  let loaded = files.get(file);
  if (!loaded) {
    loaded = readFirst(candidates(file)).then((text) => {
      const parsed = coachingFileSchema.safeParse(JSON.parse(text));
      if (!parsed.success) throw new Error(`coaching/${file}.json is invalid: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      return new Map(Object.entries(parsed.data));
    });
    loaded.catch(() => files.delete(file)); // a failed read is retried on the next call
    files.set(file, loaded);
  }
  return loaded;
}

/** The coaching content of the given exercises, reading only the files that hold them. */
export async function loadCoaching(exerciseIds: Iterable<string>): Promise<CoachingContent> {
  const ids = [...new Set(exerciseIds)];
  const needed = [...new Set(ids.map(coachingFileOf).filter((file) => file !== undefined))];
  const byFile = await Promise.all(needed.map(loadCoachingFile));
  const content = new Map<string, ExerciseCoaching>();
  for (const id of ids) {
    const entry = byFile.map((file) => file.get(id)).find((e) => e !== undefined);
    if (entry) content.set(id, entry);
  }
  return content;
}

/** Every file (tests, benchmarks). */
export async function loadAllCoaching(): Promise<CoachingContent> {
  const all = await Promise.all(coachingFileNames.map(loadCoachingFile));
  return new Map(all.flatMap((file) => [...file]));
}
