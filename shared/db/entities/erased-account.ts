import { createHash } from 'node:crypto';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../client';
import type { TableContext } from '../context';
import { epochSeconds, isExpired, TTL_ATTRIBUTE } from '../ttl';

/**
 * An erased account's tombstone: a token outlives its user (the JWT authorizer never asks Cognito),
 * so for as long as a token issued before the erasure can still verify, requests carrying it are
 * refused (401) instead of recreating data. Keyed by a hash of the sub: the item does not mention it.
 */
export const ERASED_ACCOUNT_ENTITY = 'erasedAccount';
export const ERASED_ACCOUNT_PREFIX = 'ERASED#';
/** Longer than any Cognito token of the pool can live (ID and access tokens: 1 h). */
export const ERASED_MARK_DAYS = 2;

const subDigest = (userId: string): string => createHash('sha256').update(`twinforge-erased:${userId}`).digest('base64url');
export const erasedAccountKey = (userId: string) => ({ PK: `${ERASED_ACCOUNT_PREFIX}${subDigest(userId)}`, SK: 'ERASED' });

/** A request from a token whose account was erased (→ 401). */
export class AccountErasedError extends Error {
  constructor() {
    super('This account has been deleted; its tokens are no longer accepted.');
    this.name = 'AccountErasedError';
  }
}

/**
 * How long one instance trusts a "not erased" answer for a sub before asking the table again: a
 * read with an erased account's token is refused at the latest this long after the erasure on an
 * instance that checked just before it (at once on the instance that erased, and at once by any
 * write or profile creation, which always ask the table). It keeps reads at one table request in
 * steady state: at most one extra GetItem per sub and instance per window.
 */
export const NOT_ERASED_TRUST_MS = 60_000;
const MAX_CACHED_SUBS = 10_000;

/** sub → until when (epoch ms) this instance takes its answer as known. */
const known = new Map<string, { erased: boolean; until: number }>();

function remember(userId: string, erased: boolean, until: number): void {
  if (known.size >= MAX_CACHED_SUBS) known.clear();
  known.set(userId, { erased, until });
}

/** Written first by DELETE /me, before any data goes; this instance refuses the sub's tokens from now on. */
export async function markAccountErased(ctx: TableContext, userId: string, now: Date): Promise<void> {
  const expiresAt = epochSeconds(new Date(now.getTime() + ERASED_MARK_DAYS * 86_400_000));
  await documentClient.send(new PutCommand({ TableName: ctx.tableName, Item: { ...erasedAccountKey(userId), entity: ERASED_ACCOUNT_ENTITY, [TTL_ATTRIBUTE]: expiresAt } }));
  remember(userId, true, expiresAt * 1000);
}

/** GetItem of the tombstone (strongly consistent: a request right after the erasure must see it). For writes and profile creation. */
export async function isAccountErased(ctx: Pick<TableContext, 'tableName'>, userId: string, now = new Date()): Promise<boolean> {
  const result = await documentClient.send(new GetCommand({ TableName: ctx.tableName, Key: erasedAccountKey(userId), ConsistentRead: true }));
  const erased = !!result.Item && !isExpired(result.Item, now);
  remember(userId, erased, erased ? Number(result.Item![TTL_ATTRIBUTE]) * 1000 : now.getTime() + NOT_ERASED_TRUST_MS);
  return erased;
}

/** For reads: this instance's answer while it is trusted (`NOT_ERASED_TRUST_MS`), else `isAccountErased`. */
export async function isAccountErasedCached(ctx: Pick<TableContext, 'tableName'>, userId: string, now = new Date()): Promise<boolean> {
  const hit = known.get(userId);
  if (hit && now.getTime() < hit.until) return hit.erased;
  return isAccountErased(ctx, userId, now);
}
