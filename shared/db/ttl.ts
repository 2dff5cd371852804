/**
 * The table's TTL attribute `expiresAt` holds epoch seconds. DynamoDB deletes expired items only
 * eventually (up to days later on AWS, never in DynamoDB Local), so every read of an item with a
 * TTL treats `expiresAt <= now` as absent.
 */
export const TTL_ATTRIBUTE = 'expiresAt';

export const epochSeconds = (instant: Date | string): number => Math.floor(new Date(instant).getTime() / 1000);

/** An instant truncated to the second, as it reads back from the TTL attribute. */
export const wholeSeconds = (instant: Date | string): string => new Date(epochSeconds(instant) * 1000).toISOString();

export function isExpired(item: Record<string, unknown>, now: Date): boolean {
  const expiresAt = item[TTL_ATTRIBUTE];
  return typeof expiresAt === 'number' && expiresAt <= now.getTime() / 1000;
}

/** The TTL attribute as an ISO instant (entities show it as such). */
export function expiresAtIso(item: Record<string, unknown>): string | null {
  const expiresAt = item[TTL_ATTRIBUTE];
  return typeof expiresAt === 'number' ? new Date(expiresAt * 1000).toISOString() : null;
}
