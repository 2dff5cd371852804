import type { RateDecision } from '../../shared/domain/limits/rate-limit';
import { fixedWindow } from '../../shared/domain/limits/rate-limit';
import { isDueForRegeneration } from '../../shared/domain/insights/staleness';
import { problems } from '../../shared/http/problem';

/**
 * The insights cache (seed "Flux AI Insights avec Cache"): tier 1 in this function instance's
 * memory (2 min), tier 2 the table item (7 days Conseils, 24 h Progression, TTL), tier 3
 * generation. An entry a completed session marked stale is answered until its regeneration is due
 * (staleness.ts), then it is a miss. Concurrent misses generate once: the first claims a lease on the item (conditional
 * write) and generates; the others wait for its result. `?refresh=1` skips tiers 1 and 2, at most
 * once per hour per user (counter in the table, so it holds across instances).
 */

export type Tier = 'memory' | 'table' | 'generated';
export type Locale = 'en' | 'fr';

/** What the tiers need of a cache entry. */
export interface CacheEntry {
  generatedAt: string;
  expiresAt: string;
  locale?: Locale;
  refreshedAt?: string | null;
  /** Marked by a completed session (shared/domain/insights/staleness.ts). */
  staleSince?: string | null;
}

export const MEMORY_TTL_MS = 2 * 60_000;
/** How long a generation may hold the lease before another request may take over. */
export const LEASE_SECONDS = 30;
/** Longest a request waits for another request's generation. */
export const MAX_WAIT_MS = 20_000;

/** Tier 1: entries of this function instance, for 2 minutes (never past their own expiry). */
export class MemoryTier<E extends CacheEntry> {
  private readonly entries = new Map<string, { entry: E; storedAt: number }>();
  constructor(
    private readonly ttlMs = MEMORY_TTL_MS,
    private readonly maxEntries = 5_000,
  ) {}

  get(key: string, now: number): E | null {
    const hit = this.entries.get(key);
    if (!hit) return null;
    if (now - hit.storedAt >= this.ttlMs || Date.parse(hit.entry.expiresAt) <= now) {
      this.entries.delete(key);
      return null;
    }
    return hit.entry;
  }

  set(key: string, entry: E, now: number): void {
    this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, { entry, storedAt: now });
  }

  delete(key: string): void {
    this.entries.delete(key);
  }
}

/** Tier 2 and 3 of one user's content of one kind (and period). */
export interface TierStore<E extends CacheEntry> {
  /** Tier 2: the stored entry, or null (absent, expired, lease only). One GetItem. */
  read(): Promise<E | null>;
  /** Takes the generation lease until `epochSeconds(now) + leaseSeconds`; false while another holds it. */
  claim(now: Date, leaseSeconds: number): Promise<boolean>;
  /** Generates fresh content (tier 3). `offlineOnly` after waiting in vain for another request's generation. */
  generate(options: { now: Date; refreshedAt: string | null; locale: Locale | undefined; offlineOnly: boolean }): Promise<E>;
  /** Stores it while our lease is still on the item; null when the lease is gone (invalidated meanwhile). */
  storeIfLeased(entry: E, leaseUntil: number): Promise<E | null>;
}

export interface ServeOptions<E extends CacheEntry> {
  /** Tier-1 key: user, kind (and period). */
  key: string;
  memory: MemoryTier<E>;
  store: TierStore<E>;
  /** Language wanted (the app's); an entry in another language is a miss. Undefined = any. */
  locale?: Locale;
  refresh: boolean;
  /** Counts a manual refresh (one conditional UpdateItem). */
  consumeRefresh: () => Promise<RateDecision>;
  /** Time this request may spend waiting for another one's generation. */
  maxWaitMs?: number;
  /** A stale entry this old (since generation) is regenerated, not answered; default 0 (at once). */
  staleRegenerationSeconds?: number;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
}

export interface Served<E> {
  entry: E;
  tier: Tier;
  /** False when generated content could not be stored (invalidated meanwhile, or generated while another held the lease). */
  stored: boolean;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const epochSeconds = (date: Date) => Math.floor(date.getTime() / 1000);

export async function serveCached<E extends CacheEntry>(options: ServeOptions<E>): Promise<Served<E>> {
  const now = options.now ?? (() => new Date());
  const sleep = options.sleep ?? defaultSleep;
  const { key, memory, store, locale } = options;
  const fits = (entry: E | null): entry is E =>
    !!entry && (locale === undefined || entry.locale === locale) && !isDueForRegeneration(entry, options.staleRegenerationSeconds ?? 0, now());

  let seen: E | null = null;
  if (options.refresh) {
    const decision = await options.consumeRefresh();
    if (!decision.allowed) {
      throw problems.tooManyRequests(`A manual refresh is allowed once per hour; try again in ${Math.ceil(decision.retryAfterSeconds / 60)} min.`, decision.retryAfterSeconds);
    }
    memory.delete(key);
  } else {
    const hot = memory.get(key, now().getTime());
    if (fits(hot)) return { entry: hot, tier: 'memory', stored: true };
    seen = await store.read();
    if (fits(seen)) {
      memory.set(key, seen, now().getTime());
      return { entry: seen, tier: 'table', stored: true };
    }
  }

  const started = now();
  // A regeneration (other language, expiry) keeps the last manual refresh, which still limits the next one.
  const refreshedAt = options.refresh ? started.toISOString() : ((seen as E | null)?.refreshedAt ?? null);
  if (await store.claim(started, LEASE_SECONDS)) {
    const leaseUntil = epochSeconds(started) + LEASE_SECONDS;
    if (!options.refresh) {
      // Another request may have stored its result between our read and our claim (its put released
      // its lease): use it, and release ours by writing it back unchanged.
      const latest = await store.read();
      if (fits(latest) && latest.generatedAt !== (seen as E | null)?.generatedAt) {
        await store.storeIfLeased(latest, leaseUntil);
        memory.set(key, latest, now().getTime());
        return { entry: latest, tier: 'table', stored: true };
      }
    }
    const generated = await store.generate({ now: started, refreshedAt, locale, offlineOnly: false });
    const stored = await store.storeIfLeased(generated, leaseUntil);
    if (stored) memory.set(key, stored, now().getTime());
    return { entry: stored ?? generated, tier: 'generated', stored: stored !== null };
  }

  // Another request is generating this content: wait for its result.
  if (options.refresh) seen = await store.read();
  const deadline = started.getTime() + Math.max(0, options.maxWaitMs ?? MAX_WAIT_MS);
  for (let attempt = 0; now().getTime() < deadline; attempt++) {
    await sleep(Math.min(500, 100 + 50 * attempt));
    const hot = memory.get(key, now().getTime());
    if (fits(hot) && hot.generatedAt !== seen?.generatedAt) return { entry: hot, tier: 'memory', stored: true };
    const entry = await store.read();
    if (fits(entry) && entry.generatedAt !== seen?.generatedAt) {
      memory.set(key, entry, now().getTime());
      return { entry, tier: 'table', stored: true };
    }
  }
  // The other generation is taking too long (or died): answer with the offline analyst, uncached.
  const fallback = await store.generate({ now: now(), refreshedAt, locale, offlineOnly: true });
  return { entry: fallback, tier: 'generated', stored: false };
}

/** When the next manual refresh is allowed, as far as this entry knows (null: now). */
export function nextRefreshAt(entry: CacheEntry, windowSeconds: number, now: Date): string | null {
  if (!entry.refreshedAt) return null;
  const end = fixedWindow(new Date(entry.refreshedAt), windowSeconds).end * 1000;
  return end > now.getTime() ? new Date(end).toISOString() : null;
}
