/** What the app reads of an analysis answer to know how long to keep it. */
export interface AnalysisFreshness {
  expiresAt: string;
  stale?: { refreshAt: string } | null;
}

/**
 * How long the app keeps an analysis without asking the API again (PRODUCT.md: Conseils 7 days,
 * Progression 24 h): until the server's cache entry expires or, when a completed session made it
 * stale, until the server said it will rewrite it. Completing or changing a session invalidates
 * these queries (their keys sit under the session lists), so the next read asks the server, which
 * says whether the analysis is stale. The bench's simulated month uses the same rule.
 */
export function freshUntil(answer: AnalysisFreshness): number {
  const times = [answer.expiresAt, answer.stale?.refreshAt].filter((t): t is string => !!t).map(Date.parse).filter(Number.isFinite);
  return times.length ? Math.min(...times) : 0;
}

/** TanStack Query `staleTime` of an analysis query: what is left of its freshness (0 before any answer). */
export const analysisStaleTime = (answer: AnalysisFreshness | undefined, now = Date.now()): number => (answer ? Math.max(0, freshUntil(answer) - now) : 0);

/** Kept in memory as long as it could be fresh (a tab the athlete leaves and reopens is not re-asked). */
export const ANALYSIS_GC_TIME = 7 * 86_400_000;
