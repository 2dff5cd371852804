import * as z from '../../zod';

/**
 * A day ledger: the aggregate of one local day that a stream consumer keeps from source items
 * (Training days from completed sessions, Forge days from activities). Per source id it keeps
 * the entry it counts and the source revision that entry came from:
 * - an entry at or below the revision remembered (counted or removed) changes nothing, so a
 *   redelivered or late record never double-counts nor brings a removed source back;
 * - a removal leaves a tombstone at its revision, unless a newer revision is counted or the
 *   source is already removed at that revision or later;
 * - a removal never creates a day: with no stored day there is nothing to take out (a day, or a
 *   whole account, that was deleted stays deleted);
 * - totals are recomputed from the live entries, never incremented, so they cannot drift.
 * `version` is the day item's optimistic lock (0 = not stored yet); `revision` is always the
 * source's (`revisionOf`).
 */
export const ledgerEntrySchema = z.object({
  /** Revision of the source this entry was computed from (`revisionOf`). */
  revision: z.string(),
  /** Tombstone: the source was taken out of this day at `revision` (it counts nothing). */
  removed: z.boolean(),
});
export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;

/** The bookkeeping fields of a stored day, to extend its schema with. */
export const ledgerFields = <E extends z.core.$ZodType<LedgerEntry>>(entry: E) => ({
  /** Source id → entry (or tombstone). */
  contributions: z.record(z.string(), entry),
  /** Optimistic lock of the day item itself (0 = not stored yet). */
  version: z.int().check(z.minimum(0)),
  updatedAt: z.iso.datetime(),
});

export interface LedgerDay<E extends LedgerEntry> {
  userId: string;
  contributions: Record<string, E>;
  version: number;
  updatedAt: string;
}

/** What differs from one kind of day to another. */
export interface DayLedgerRules<E extends LedgerEntry, D extends LedgerDay<E>> {
  /** A day with no entries yet (version 0). */
  empty(userId: string, day: string, now: Date): D;
  /** The day's totals from its entries (tombstones count nothing). */
  totals(contributions: Readonly<Record<string, E>>): Partial<D>;
  /** The entry a removal at `revision` leaves, given what was counted before (if anything). */
  tombstone(revision: string, counted: E | undefined): E;
}

const VERSION_DIGITS = 16;

/**
 * Orders the states of one source id: incarnation (createdAt) first, then version (zero-padded, so
 * strings compare as numbers). A source re-created under the same id (a wearable workout imported
 * again after a disconnect) is a new incarnation and counts again.
 */
export function revisionOf(source: { createdAt: string; version: number }): string {
  return `${new Date(source.createdAt).toISOString()}#${String(source.version).padStart(VERSION_DIGITS, '0')}`;
}

/** A source as a day counts it: its id, the local day it belongs to, and its entry. */
export interface CountedSource<E extends LedgerEntry> {
  sourceId: string;
  day: string;
  entry: E;
}

export type LedgerChange<E extends LedgerEntry> =
  | { kind: 'apply'; day: string; sourceId: string; entry: E }
  | { kind: 'remove'; day: string; sourceId: string; revision: string };

/**
 * What one source write means for the days, from what it counted before and after (null: it did
 * not count, or it is gone): counted in its day, taken out of it, or moved between days (the old
 * day gets a tombstone at the new revision, so a late record of the old state cannot come back).
 */
export function ledgerChanges<E extends LedgerEntry>(before: CountedSource<E> | null, after: CountedSource<E> | null): LedgerChange<E>[] {
  if (!after) return before ? [{ kind: 'remove', day: before.day, sourceId: before.sourceId, revision: before.entry.revision }] : [];
  const apply: LedgerChange<E> = { kind: 'apply', day: after.day, sourceId: after.sourceId, entry: after.entry };
  if (!before || before.day === after.day) return [apply];
  return [{ kind: 'remove', day: before.day, sourceId: before.sourceId, revision: after.entry.revision }, apply];
}

/** The day after `change` (its version one higher), or null when there is nothing to write. */
export function applyLedgerChange<E extends LedgerEntry, D extends LedgerDay<E>>(
  rules: DayLedgerRules<E, D>,
  stored: D | null,
  userId: string,
  change: LedgerChange<E>,
  now: Date,
): D | null {
  const counted = stored?.contributions[change.sourceId];
  if (change.kind === 'remove') {
    if (!stored) return null;
    if (counted && (counted.revision > change.revision || (counted.removed && counted.revision >= change.revision))) return null;
    return withEntry(rules, stored, change.sourceId, rules.tombstone(change.revision, counted), now);
  }
  if (counted && counted.revision >= change.entry.revision) return null;
  return withEntry(rules, stored ?? rules.empty(userId, change.day, now), change.sourceId, { ...change.entry, removed: false }, now);
}

function withEntry<E extends LedgerEntry, D extends LedgerDay<E>>(rules: DayLedgerRules<E, D>, day: D, sourceId: string, entry: E, now: Date): D {
  const contributions = { ...day.contributions, [sourceId]: entry };
  return { ...day, ...rules.totals(contributions), contributions, updatedAt: now.toISOString(), version: day.version + 1 };
}
