/**
 * A completed session marks the cached analyses stale instead of dropping them (the seed calls the
 * Conseils invalidation "optional"; generations are what the AI bill counts). A stale analysis is
 * still answered, saying so and when it will be rewritten: at the first read once it is this old.
 * So completions cause at most one regeneration per window; the TTLs (7 d / 24 h) and the 1/h
 * manual refresh are unchanged.
 */
export const STALE_REGENERATION_SECONDS = {
  /** Conseils analyse 90 days: a session more changes them little within three days. */
  insights: 72 * 3_600,
  /** Progression (4 to 24 weeks, cached 24 h) catches up within 6 hours. */
  progression: 6 * 3_600,
} as const;

export interface StaleMark {
  /** When the first completed session after the generation marked it stale. */
  since: string;
  /** When a read rewrites it (generatedAt + the window). */
  refreshAt: string;
}

/** The entry's stale mark, or null when no session completed since it was generated. */
export function staleMark(entry: { generatedAt: string; staleSince?: string | null }, windowSeconds: number): StaleMark | null {
  if (!entry.staleSince) return null;
  return { since: entry.staleSince, refreshAt: new Date(Date.parse(entry.generatedAt) + windowSeconds * 1000).toISOString() };
}

/** True when a read at `now` must regenerate the entry rather than answer it. */
export function isDueForRegeneration(entry: { generatedAt: string; staleSince?: string | null }, windowSeconds: number, now: Date): boolean {
  const mark = staleMark(entry, windowSeconds);
  return mark !== null && Date.parse(mark.refreshAt) <= now.getTime();
}
