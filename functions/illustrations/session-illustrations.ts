import type { TableContext } from '../../shared/db/context';
import { listLibrary } from '../../shared/db/entities/illustration';
import { displayVariant, refLabel, type Illustration, type IllustrationRef } from '../../shared/domain/illustrations/illustration';
import { logger } from '../../shared/logging/logger';
import { prescribedRefs } from './prescribed';
import type { SessionIllustrations } from './schemas';

/**
 * Session reads resolve illustrations from an in-memory snapshot of the whole library (one Query
 * per container every SNAPSHOT_TTL_MS, not one request per read; the library is a few hundred
 * global entries). Writing URLs onto sessions instead would mean fanning each finished job out to
 * every waiting session and racing the athlete's own writes. A snapshot up to 30 s old can say
 * `pending` for an image that just became ready: the app's poll of GET /illustrations (fresh) swaps it in.
 */
export const SNAPSHOT_TTL_MS = 30_000;
let snapshot: { loadedAt: number; entries: Map<string, Illustration>; loading?: Promise<Map<string, Illustration>> } | null = null;

async function library(ctx: TableContext, now: number): Promise<Map<string, Illustration>> {
  if (snapshot && now - snapshot.loadedAt < SNAPSHOT_TTL_MS) return snapshot.entries;
  if (snapshot?.loading) return snapshot.loading;
  const loading = listLibrary(ctx).then((entries) => new Map(entries.map((entry) => [refLabel(entry), entry])));
  snapshot = { loadedAt: snapshot?.loadedAt ?? 0, entries: snapshot?.entries ?? new Map(), loading };
  try {
    const entries = await loading;
    snapshot = { loadedAt: now, entries };
    return entries;
  } catch (error) {
    snapshot = snapshot.entries.size ? { loadedAt: snapshot.loadedAt, entries: snapshot.entries } : null;
    throw error;
  }
}

export function illustrationsFrom(entries: Map<string, Illustration>, refs: IllustrationRef[]): SessionIllustrations {
  return Object.fromEntries(
    refs.map((ref) => {
      const entry = entries.get(refLabel(ref));
      return [
        ref.exerciseId,
        entry
          ? { status: 'ready' as const, url: displayVariant(entry).url, urls: Object.fromEntries(entry.variants.map((v) => [String(v.size), v.url])) }
          : { status: 'pending' as const },
      ];
    }),
  );
}

/** The illustrations of a session's prescribed exercises, in its discipline. */
export async function illustrationsForSession(ctx: TableContext, session: { discipline: string; prescription: unknown }, now = Date.now()): Promise<SessionIllustrations> {
  const refs = prescribedRefs(session);
  if (refs.length === 0) return {};
  try {
    return illustrationsFrom(await library(ctx, now), refs);
  } catch (error) {
    // The session itself was read: answer it, every illustration pending (the app polls them).
    logger.warn('illustration library snapshot unavailable', { error: (error as Error).message });
    return illustrationsFrom(new Map(), refs);
  }
}
