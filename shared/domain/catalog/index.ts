import { readCatalogAsset, type CatalogData } from './asset';
import type { ProgressionChain } from './chains';
import { foldText, nameTokens } from './normalize';
import type { Coach, Discipline, Equipment, Exercise } from './schema';
import { buildCatalogFromSeeds } from './seeds';

export * from './schema';
export type { ChainKind, ProgressionChain } from './chains';
export { foldText, normalizeExerciseName, singularize } from './normalize';
export type { CatalogFileName } from './seeds';

/**
 * Lambda bundles set TWINFORGE_CATALOG_ASSET at bundle time (infra/bundling.ts): they read the
 * catalog from that JSON file beside them, and the seeds branch, with every data module, is dead
 * code esbuild drops. From source (tsx, vitest) it is unset: built from the seeds.
 */
const data: CatalogData = process.env.TWINFORGE_CATALOG_ASSET ? readCatalogAsset(process.env.TWINFORGE_CATALOG_ASSET) : buildCatalogFromSeeds();

/** Every exercise a coach may prescribe. Built once at module load. */
export const catalog: readonly Exercise[] = data.exercises;

/** Exercise ids of each catalog data file (the coaching content is split the same way). */
export const catalogFiles: Readonly<CatalogData['files']> = data.files;

/** The source of every `progression.easier/harder` link (chains.ts), easiest first. */
export const progressionChains: readonly ProgressionChain[] = data.chains;

const byId = new Map<string, Exercise>(catalog.map((exercise) => [exercise.id, exercise]));
const chainByExercise = new Map<string, { chain: ProgressionChain; index: number }>();
for (const chain of progressionChains) chain.ids.forEach((id, index) => chainByExercise.set(id, { chain, index }));

export function getExercise(id: string): Exercise | undefined {
  return byId.get(id);
}

/** The chain an exercise belongs to, with its 0-based position (easiest = 0). */
export function chainOf(id: string): { chain: ProgressionChain; index: number } | undefined {
  return chainByExercise.get(id);
}

/** Possible when ALL of the exercise's equipment is available; 'none' is always available. */
export function isAvailableWith(exercise: Pick<Exercise, 'equipment'>, available: readonly Equipment[]): boolean {
  return exercise.equipment.every((item) => item === 'none' || available.includes(item));
}

// ---------------------------------------------------------------------------------------------
// Name lookups: exact id → exact name/synonym → normalized → word order → joined words → one
// extra qualifier word. First exercise in catalog order wins a shared key (tests keep keys unique).
// byId/chains are built at module load; the name indexes on first use (~10 ms, once).

interface NameIndexes {
  exact: Map<string, string>;
  normalized: Map<string, string>;
  sorted: Map<string, string>;
  compact: Map<string, string>;
  tokenKeys: { tokens: string[]; id: string }[];
  searchText: Map<string, string>;
}

const sortedKey = (tokens: string[]) => [...tokens].sort().join(' ');
const setOnce = (map: Map<string, string>, key: string, id: string) => {
  if (key.length > 0 && !map.has(key)) map.set(key, id);
};

let nameIndexes: NameIndexes | null = null;

/** Built once, on the first name lookup (keeps module init light for handlers that never search). */
function indexes(): NameIndexes {
  if (nameIndexes) return nameIndexes;
  const built: NameIndexes = { exact: new Map(), normalized: new Map(), sorted: new Map(), compact: new Map(), tokenKeys: [], searchText: new Map() };
  for (const exercise of catalog) {
    const names = [exercise.id.replace(/-/g, ' '), exercise.name.en, exercise.name.fr, ...exercise.synonyms];
    const folded: string[] = [];
    for (const name of names) {
      setOnce(built.exact, name.trim().toLowerCase(), exercise.id);
      const tokens = nameTokens(name);
      setOnce(built.normalized, tokens.join(' '), exercise.id);
      setOnce(built.sorted, sortedKey(tokens), exercise.id);
      setOnce(built.compact, tokens.join(''), exercise.id);
      if (tokens.length >= 2) built.tokenKeys.push({ tokens, id: exercise.id });
      folded.push(foldText(name), tokens.join(' '));
    }
    built.searchText.set(exercise.id, ` ${folded.join(' | ')} `);
  }
  nameIndexes = built;
  return built;
}

/**
 * Maps free text (a model's output, an illustration request, a user's typing) onto a catalog id,
 * or null when nothing matches well enough.
 */
export function resolveExercise(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed.length === 0) return null;
  const lower = trimmed.toLowerCase();
  if (byId.has(lower)) return lower;
  const index = indexes();
  const exact = index.exact.get(lower);
  if (exact) return exact;
  const tokens = nameTokens(trimmed);
  if (tokens.length === 0) return null;
  return (
    index.normalized.get(tokens.join(' ')) ??
    index.sorted.get(sortedKey(tokens)) ??
    index.compact.get(tokens.join('')) ??
    qualifiedMatch(index, tokens)
  );
}

/** "Barbell back squat" → back-squat: a known name of 2+ words plus one extra qualifier word. */
function qualifiedMatch(index: NameIndexes, tokens: string[]): string | null {
  if (tokens.length < 3) return null;
  const present = new Set(tokens);
  for (const key of index.tokenKeys) {
    if (key.tokens.length === tokens.length - 1 && key.tokens.every((token) => present.has(token))) return key.id;
  }
  return null;
}

export interface ExerciseQuery {
  discipline?: Discipline;
  coach?: Coach;
  /** Only exercises possible with this equipment. */
  equipment?: readonly Equipment[];
  /** Free text over names (en, fr), synonyms and id; accent- and case-insensitive. */
  q?: string;
}

export function searchExercises(query: ExerciseQuery = {}): Exercise[] {
  const words = query.q ? foldText(query.q).split(' ').filter((w) => w.length > 0) : [];
  const stems = words.map((word) => nameTokens(word)[0] ?? word);
  const { searchText } = indexes();
  return catalog.filter((exercise) => {
    if (query.discipline && exercise.discipline !== query.discipline) return false;
    if (query.coach && !exercise.coaches.includes(query.coach)) return false;
    if (query.equipment && !isAvailableWith(exercise, query.equipment)) return false;
    if (words.length === 0) return true;
    const haystack = searchText.get(exercise.id) ?? '';
    return words.every((word, index) => haystack.includes(word) || haystack.includes(stems[index] ?? word));
  });
}

