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

/** Written first by DELETE /me, before any data goes. */
export async function markAccountErased(ctx: TableContext, userId: string, now: Date): Promise<void> {
  const expiresAt = epochSeconds(new Date(now.getTime() + ERASED_MARK_DAYS * 86_400_000));
  await documentClient.send(new PutCommand({ TableName: ctx.tableName, Item: { ...erasedAccountKey(userId), entity: 'erasedAccount', [TTL_ATTRIBUTE]: expiresAt } }));
}

/** GetItem of the tombstone (strongly consistent: a request right after the erasure must see it). */
export async function isAccountErased(ctx: Pick<TableContext, 'tableName'>, userId: string, now = new Date()): Promise<boolean> {
  const result = await documentClient.send(new GetCommand({ TableName: ctx.tableName, Key: erasedAccountKey(userId), ConsistentRead: true }));
  return !!result.Item && !isExpired(result.Item, now);
}
