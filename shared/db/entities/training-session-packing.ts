import { packAttributes, unpackAttributes } from '../packing';

/**
 * A session item's large attributes (its prescription, logged sets, last performances and new
 * records: ~3.5 KB of a 5-exercise session's ~3.7 KB item before a set is logged) are stored
 * deflated (shared/db/packing.ts). Every logged set rewrites the whole item in the table, as does
 * each GSI1 (completed) and GSI3 (queued for enrichment) entry, and a transaction's condition
 * check on the session is billed by its size: all of them shrink with it. Readers go through
 * `unpacked` (the entity's `fromItem`, or a stream consumer on a raw image).
 */
export const PACKED_ATTRIBUTES = ['prescription', 'loggedSets', 'lastPerformance', 'newRecords'] as const;

/** The item with its packed attributes deflated (mutates and returns it). */
export const packed = (item: Record<string, unknown>): Record<string, unknown> => packAttributes(item, PACKED_ATTRIBUTES);

/** A copy of a stored session item (or stream image, unmarshalled) with its packed attributes as plain values. */
export const unpacked = (item: Record<string, unknown>): Record<string, unknown> => unpackAttributes(item, PACKED_ATTRIBUTES);
