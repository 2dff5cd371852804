import { catalog, getExercise } from '../catalog';
import { foldText, nameTokens } from '../catalog/normalize';
import type { Discipline, Exercise } from '../catalog/schema';

/**
 * Which catalog exercise an illustration request is about: exact id, then exact name or synonym
 * (English or French), then normalized names (accents, plurals, filler words), word order and
 * joined words, then a known name plus one qualifier word, then a scored match on the words of the
 * names and of the catalog's visual metadata (keywords, implement, equipment words in both
 * languages). Below MATCH_THRESHOLD it is a miss: nothing is generated for an unknown exercise.
 */
export type MatchVia = 'id' | 'name' | 'normalized' | 'word-order' | 'joined-words' | 'qualified' | 'visual';

export interface ExerciseMatch {
  exerciseId: string;
  confidence: number;
  via: MatchVia;
}

export const MATCH_THRESHOLD = 0.6;

const CONFIDENCE: Record<Exclude<MatchVia, 'visual'>, number> = {
  id: 1,
  name: 0.97,
  normalized: 0.93,
  'word-order': 0.88,
  'joined-words': 0.86,
  qualified: 0.78,
};
/** A scored match never claims more than a qualified name. */
const VISUAL_CEILING = 0.75;

/**
 * Equipment words (English and French, folded and singularized) → the catalog equipment they name.
 * A request naming equipment the exercise does not use ("dumbbell" for a barbell lift) is penalised.
 */
const EQUIPMENT_WORDS: Readonly<Record<string, string>> = {
  barbell: 'barbell', barre: 'barbell', bar: 'barbell',
  dumbbell: 'dumbbell', haltere: 'dumbbell', db: 'dumbbell',
  kettlebell: 'kettlebell', kb: 'kettlebell',
  band: 'band', elastique: 'band', resistance: 'band',
  cable: 'cable', poulie: 'cable',
  machine: 'machine',
  ring: 'rings', anneau: 'rings',
  bench: 'bench', banc: 'bench',
  box: 'box', boite: 'box', caisse: 'box',
  rower: 'rower', rameur: 'rower',
  bike: 'bike', velo: 'bike',
  sled: 'sled', traineau: 'sled',
  sandbag: 'sandbag',
  rope: 'jump-rope', corde: 'jump-rope',
  parallette: 'parallettes',
  trx: 'rings',
};

interface Indexed {
  exercise: Exercise;
  /** Token sets of each name (id, en, fr, synonyms). */
  names: string[][];
  /** Every word the exercise is known by: names, visual keywords, implement, equipment. */
  vocabulary: Set<string>;
  /** Catalog equipment it uses, plus what its implement names. */
  equipment: Set<string>;
}

interface Index {
  exact: Map<string, string>;
  normalized: Map<string, string>;
  sorted: Map<string, string>;
  compact: Map<string, string>;
  entries: Indexed[];
}

const sortedKey = (tokens: string[]) => [...tokens].sort().join(' ');
const setOnce = (map: Map<string, string>, key: string, id: string) => {
  if (key.length > 0 && !map.has(key)) map.set(key, id);
};

let built: Index | null = null;

/** Built on first use (~a few ms), so handlers that never match pay nothing at init. */
function index(): Index {
  if (built) return built;
  const result: Index = { exact: new Map(), normalized: new Map(), sorted: new Map(), compact: new Map(), entries: [] };
  for (const exercise of catalog) {
    const names = [exercise.id.replace(/-/g, ' '), exercise.name.en, exercise.name.fr, ...exercise.synonyms];
    const nameSets: string[][] = [];
    for (const name of names) {
      setOnce(result.exact, foldText(name), exercise.id);
      const tokens = nameTokens(name);
      nameSets.push(tokens);
      setOnce(result.normalized, tokens.join(' '), exercise.id);
      setOnce(result.sorted, sortedKey(tokens), exercise.id);
      setOnce(result.compact, tokens.join(''), exercise.id);
    }
    const equipment = new Set<string>(exercise.equipment);
    for (const token of nameTokens(exercise.visual.implement)) if (EQUIPMENT_WORDS[token]) equipment.add(EQUIPMENT_WORDS[token]);
    const vocabulary = new Set<string>(nameSets.flat());
    for (const text of [...exercise.visual.keywords, exercise.visual.implement, ...exercise.equipment.map((e) => e.replace(/-/g, ' '))]) {
      for (const token of nameTokens(text)) vocabulary.add(token);
    }
    for (const [word, item] of Object.entries(EQUIPMENT_WORDS)) if (equipment.has(item)) vocabulary.add(word);
    result.entries.push({ exercise, names: nameSets, vocabulary, equipment });
  }
  built = result;
  return result;
}

const hit = (exerciseId: string | undefined, via: Exclude<MatchVia, 'visual'>): ExerciseMatch | null =>
  exerciseId ? { exerciseId, confidence: CONFIDENCE[via], via } : null;

/** "Barbell back squat" → back-squat: a known name of 2+ words plus exactly one extra word. */
function qualified(entries: Indexed[], tokens: string[], discipline?: Discipline): string | undefined {
  if (tokens.length < 3) return undefined;
  const present = new Set(tokens);
  const candidates = entries.filter((entry) => entry.names.some((name) => name.length === tokens.length - 1 && name.every((token) => present.has(token))));
  return (candidates.find((entry) => entry.exercise.discipline === discipline) ?? candidates[0])?.exercise.id;
}

/**
 * Scores every exercise on the request's words: how many of them the exercise is known by
 * (names, visual keywords, equipment), how much of one of its names they cover, its discipline,
 * and a penalty when the request names equipment the exercise does not use.
 */
function scoreExercise(entry: Indexed, tokens: string[], discipline?: Discipline): number {
  const known = tokens.filter((token) => entry.vocabulary.has(token)).length;
  const coverage = known / tokens.length;
  const present = new Set(tokens);
  const nameOverlap = Math.max(...entry.names.map((name) => (name.length === 0 ? 0 : name.filter((token) => present.has(token)).length / name.length)));
  if (nameOverlap === 0) return 0;
  const named = tokens.map((token) => EQUIPMENT_WORDS[token]).filter((item): item is string => Boolean(item));
  const conflict = named.some((item) => !entry.equipment.has(item));
  const score = 0.45 * coverage + 0.45 * nameOverlap + (discipline && entry.exercise.discipline === discipline ? 0.1 : 0);
  return Math.round(Math.min(VISUAL_CEILING, conflict ? score * 0.6 : score) * 1000) / 1000;
}

/** The catalog exercise a free-text name (or id) means, with how sure we are, or null below the threshold. */
export function matchExercise(text: string, discipline?: Discipline): ExerciseMatch | null {
  const trimmed = text.trim();
  if (trimmed.length === 0) return null;
  const lower = trimmed.toLowerCase();
  if (getExercise(lower)) return hit(lower, 'id');
  const idx = index();
  const tokens = nameTokens(trimmed);
  const exact = hit(idx.exact.get(foldText(trimmed)), 'name');
  if (exact) return exact;
  if (tokens.length === 0) return null;
  const named =
    hit(idx.normalized.get(tokens.join(' ')), 'normalized') ??
    hit(idx.sorted.get(sortedKey(tokens)), 'word-order') ??
    hit(idx.compact.get(tokens.join('')), 'joined-words') ??
    hit(qualified(idx.entries, tokens, discipline), 'qualified');
  if (named) return named;
  let best: { entry: Indexed; score: number } | null = null;
  for (const entry of idx.entries) {
    const score = scoreExercise(entry, tokens, discipline);
    if (!best || score > best.score) best = { entry, score };
  }
  if (!best || best.score < MATCH_THRESHOLD) return null;
  return { exerciseId: best.entry.exercise.id, confidence: best.score, via: 'visual' };
}
