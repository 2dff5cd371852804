/**
 * Name normalization shared by exercise resolution and illustration lookups:
 * accents folded, lower-case, punctuation and apostrophes to spaces, filler words dropped,
 * plurals reduced (English and French), so "Pull-Ups", "pull ups" and "pull-up" meet.
 */
const STOP_WORDS = new Set([
  'a', 'an', 'the', 'of', 'with', 'and', 'on', 'for', 'to',
  'de', 'du', 'des', 'd', 'la', 'le', 'les', 'l', 'au', 'aux', 'en', 'et', 'avec', 'sur', 'un', 'une', 'par',
]);

export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/([a-z0-9])['’]s\b/g, '$1')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Reduces a token to a stem that a word's singular and plural share. */
export function singularize(token: string): string {
  let t = token;
  if (t.length >= 3 && t.endsWith('s') && !/(ss|us|is)$/.test(t)) t = t.slice(0, -1);
  else if (t.length >= 4 && /(aux)$/.test(t)) t = `${t.slice(0, -3)}al`;
  else if (t.length >= 4 && /(eux|oux)$/.test(t)) t = t.slice(0, -1);
  if (t.length >= 4 && /(che|she|sse|xe)$/.test(t)) t = t.slice(0, -1);
  if (t.length >= 4 && t.endsWith('ie')) t = `${t.slice(0, -2)}y`;
  return t;
}

export function nameTokens(text: string): string[] {
  return foldText(text)
    .split(' ')
    .filter((token) => token.length > 0 && !STOP_WORDS.has(token))
    .map(singularize);
}

/** The normalized form of an exercise name (word order kept). */
export function normalizeExerciseName(text: string): string {
  return nameTokens(text).join(' ');
}
