import { describe, expect, it } from 'vitest';
import { MemoryTier, nextRefreshAt, serveCached, type CacheEntry, type TierStore } from '../../../functions/insights/cache-tiers';
import { STALE_REGENERATION_SECONDS, staleMark } from '../../../shared/domain/insights/staleness';
import { ProblemError } from '../../../shared/http/problem';

interface Entry extends CacheEntry {
  n: number;
}

/** An in-memory stand-in for the table item (content + lease), counting what happens. */
function fakeStore(initial: Entry | null = null) {
  const state = { item: initial, leaseUntil: 0, generations: 0, reads: 0, offlineOnly: 0 };
  let clock = Date.parse('2026-03-18T10:15:00Z');
  const store: TierStore<Entry> = {
    read: async () => {
      state.reads++;
      return state.item;
    },
    claim: async (now, seconds) => {
      const at = Math.floor(now.getTime() / 1000);
      if (state.leaseUntil > at) return false;
      state.leaseUntil = at + seconds;
      return true;
    },
    generate: async ({ now, refreshedAt, locale, offlineOnly }) => {
      state.generations++;
      if (offlineOnly) state.offlineOnly++;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return { n: state.generations, generatedAt: new Date(now.getTime() + state.generations).toISOString(), expiresAt: '2026-03-25T10:15:00.000Z', locale, refreshedAt };
    },
    storeIfLeased: async (entry, leaseUntil) => {
      if (state.leaseUntil !== leaseUntil) return null;
      state.item = entry;
      state.leaseUntil = 0;
      return entry;
    },
  };
  return { state, store, now: () => new Date(clock), advance: (ms: number) => (clock += ms) };
}
const allowed = async () => ({ allowed: true, retryAfterSeconds: 0, remaining: 0 });

describe('serveCached', () => {
  it('miss → generated and stored; then memory; another instance → table', async () => {
    const { state, store, now } = fakeStore();
    const memory = new MemoryTier<Entry>();
    const first = await serveCached({ key: 'u:insights', memory, store, refresh: false, consumeRefresh: allowed, now });
    expect(first).toMatchObject({ tier: 'generated', stored: true, entry: { n: 1 } });
    expect(await serveCached({ key: 'u:insights', memory, store, refresh: false, consumeRefresh: allowed, now })).toMatchObject({ tier: 'memory', entry: { n: 1 } });
    const elsewhere = new MemoryTier<Entry>();
    expect(await serveCached({ key: 'u:insights', memory: elsewhere, store, refresh: false, consumeRefresh: allowed, now })).toMatchObject({ tier: 'table', entry: { n: 1 } });
    expect(state.generations).toBe(1);
  });

  it('memory entries last 2 minutes', async () => {
    const { store, now, advance } = fakeStore();
    const memory = new MemoryTier<Entry>();
    await serveCached({ key: 'k', memory, store, refresh: false, consumeRefresh: allowed, now });
    advance(119_000);
    expect((await serveCached({ key: 'k', memory, store, refresh: false, consumeRefresh: allowed, now })).tier).toBe('memory');
    advance(2_000);
    expect((await serveCached({ key: 'k', memory, store, refresh: false, consumeRefresh: allowed, now })).tier).toBe('table');
  });

  it('20 concurrent misses generate once; the others wait for its result', async () => {
    const { state, store, now } = fakeStore();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => serveCached({ key: 'k', memory: new MemoryTier<Entry>(), store, refresh: false, consumeRefresh: allowed, now, sleep: (ms) => new Promise((r) => setTimeout(r, ms / 10)) })),
    );
    expect(state.generations).toBe(1);
    expect(results.filter((r) => r.tier === 'generated')).toHaveLength(1);
    expect(new Set(results.map((r) => r.entry.generatedAt)).size).toBe(1);
  });

  it('a request that claims right after another stored its result uses that result (no second generation)', async () => {
    const { state, store, now } = fakeStore();
    // Our tier-2 read misses; the other request stores (releasing its lease) before our claim.
    let reads = 0;
    const racing: TierStore<Entry> = {
      ...store,
      read: async () => (reads++ === 0 ? null : store.read()),
    };
    state.item = { n: 7, generatedAt: '2026-03-18T10:14:59.000Z', expiresAt: '2026-03-25T10:15:00.000Z' };
    const result = await serveCached({ key: 'k', memory: new MemoryTier<Entry>(), store: racing, refresh: false, consumeRefresh: allowed, now });
    expect(result).toMatchObject({ tier: 'table', entry: { n: 7 } });
    expect(state.generations).toBe(0);
    expect(state.leaseUntil).toBe(0); // our lease released
  });

  it('a waiting request that never sees a result answers with an offline-only, uncached analysis', async () => {
    const { state, store, now, advance } = fakeStore();
    state.leaseUntil = Math.floor(now().getTime() / 1000) + 30; // someone else's lease, never released
    const result = await serveCached({ key: 'k', memory: new MemoryTier<Entry>(), store, refresh: false, consumeRefresh: allowed, now, maxWaitMs: 1_000, sleep: async (ms) => void advance(ms) });
    expect(result).toMatchObject({ tier: 'generated', stored: false });
    expect(state.offlineOnly).toBe(1);
    expect(state.item).toBeNull();
  });

  it('content generated while the cache was invalidated is answered but not stored', async () => {
    const { state, store, now } = fakeStore();
    const invalidating: TierStore<Entry> = { ...store, generate: async (o) => { const e = await store.generate(o); state.leaseUntil = 0; return e; } };
    const memory = new MemoryTier<Entry>();
    expect(await serveCached({ key: 'k', memory, store: invalidating, refresh: false, consumeRefresh: allowed, now })).toMatchObject({ tier: 'generated', stored: false });
    expect(state.item).toBeNull();
    expect(memory.get('k', now().getTime())).toBeNull();
  });

  it('another language is a miss; the last refresh is carried over', async () => {
    const { state, store, now } = fakeStore({ n: 0, generatedAt: '2026-03-18T10:00:00.000Z', expiresAt: '2026-03-25T10:00:00.000Z', locale: 'en', refreshedAt: '2026-03-18T10:05:00.000Z' });
    const result = await serveCached({ key: 'k', memory: new MemoryTier<Entry>(), store, locale: 'fr', refresh: false, consumeRefresh: allowed, now });
    expect(result).toMatchObject({ tier: 'generated', entry: { locale: 'fr', refreshedAt: '2026-03-18T10:05:00.000Z' } });
    expect(state.generations).toBe(1);
  });

  it('refresh skips both tiers and records when; refused → 429 problem with Retry-After', async () => {
    const { state, store, now } = fakeStore();
    const memory = new MemoryTier<Entry>();
    await serveCached({ key: 'k', memory, store, refresh: false, consumeRefresh: allowed, now });
    const refreshed = await serveCached({ key: 'k', memory, store, refresh: true, consumeRefresh: allowed, now });
    expect(refreshed).toMatchObject({ tier: 'generated', entry: { n: 2, refreshedAt: now().toISOString() } });
    expect(nextRefreshAt(refreshed.entry, 3600, now())).toBe('2026-03-18T11:00:00.000Z');
    const refused = serveCached({ key: 'k', memory, store, refresh: true, consumeRefresh: async () => ({ allowed: false, retryAfterSeconds: 2700, remaining: 0 }), now });
    await expect(refused).rejects.toBeInstanceOf(ProblemError);
    await refused.catch((error: ProblemError) => {
      expect(error.statusCode).toBe(429);
      expect(error.headers['retry-after']).toBe('2700');
    });
    expect(state.generations).toBe(2);
  });

  it('a stale entry is answered until its regeneration is due, then regenerated once (the new one is not stale)', async () => {
    // Generated at 10:00, the clock reads 10:15; a session completed at 10:10.
    const stale: Entry = { n: 0, generatedAt: '2026-03-18T10:00:00.000Z', expiresAt: '2026-03-25T10:00:00.000Z', staleSince: '2026-03-18T10:10:00.000Z' };
    const { state, store, now, advance } = fakeStore(stale);
    const window = STALE_REGENERATION_SECONDS.insights;
    const read = () => serveCached({ key: 'k', memory: new MemoryTier<Entry>(), store, refresh: false, consumeRefresh: allowed, now, staleRegenerationSeconds: window });
    expect(await read()).toMatchObject({ tier: 'table', entry: { n: 0 } });
    expect(staleMark(stale, window)).toEqual({ since: '2026-03-18T10:10:00.000Z', refreshAt: '2026-03-21T10:00:00.000Z' });
    advance(window * 1000 - 15 * 60_000 - 1_000);
    expect((await read()).tier).toBe('table');
    advance(1_000);
    const regenerated = await read();
    expect(regenerated).toMatchObject({ tier: 'generated', stored: true, entry: { n: 1 } });
    expect(staleMark(regenerated.entry, window)).toBeNull();
    expect((await read()).tier).toBe('table');
    expect(state.generations).toBe(1);
  });

  it('without a window a stale entry is regenerated at once, from this instance\'s memory too', async () => {
    const { state, store, now, advance } = fakeStore();
    const memory = new MemoryTier<Entry>();
    const first = await serveCached({ key: 'k', memory, store, refresh: false, consumeRefresh: allowed, now });
    advance(1_000);
    memory.set('k', { ...first.entry, staleSince: now().toISOString() }, now().getTime());
    expect(await serveCached({ key: 'k', memory, store: { ...store, read: async () => ({ ...state.item!, staleSince: now().toISOString() }) }, refresh: false, consumeRefresh: allowed, now })).toMatchObject({ tier: 'generated' });
    expect(state.generations).toBe(2);
  });
});
