import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { InvalidOAuthStateError, isOAuthStateExpired, oauthStateSchema, type OAuthState } from '../../domain/wearables/oauth-state';
import { documentClient } from '../client';
import type { TableContext } from '../context';
import { isConditionalCheckFailed, withoutStorageAttributes } from '../item';
import { epochSeconds, TTL_ATTRIBUTE } from '../ttl';

export const OAUTH_STATE_ENTITY = 'oauthState';

/** Its own partition: the public callback knows only the `state`, never the user. */
export const oauthStateKey = (state: string) => ({ PK: `OAUTH#${state}`, SK: 'STATE' });

export const toItem = (state: OAuthState) => ({
  ...oauthStateKey(state.state),
  entity: OAUTH_STATE_ENTITY,
  ...state,
  /** TTL (epoch seconds): DynamoDB deletes it some time after validUntil; validity never depends on that. */
  [TTL_ATTRIBUTE]: epochSeconds(state.validUntil),
});
export const fromItem = (item: Record<string, unknown>): OAuthState => oauthStateSchema.parse(withoutStorageAttributes(item));

/** POST /wearables/{provider}/connect: stores a fresh state (`newOAuthState`); never overwrites one. */
export async function createOAuthState(ctx: TableContext, state: OAuthState): Promise<void> {
  await documentClient.send(new PutCommand({ TableName: ctx.tableName, Item: toItem(state), ConditionExpression: 'attribute_not_exists(PK)' }));
}

/**
 * #18 GET /wearables/{provider}/callback: reads and deletes the state in one atomic DeleteItem
 * (ReturnValues ALL_OLD), so of two callbacks with the same state only one gets it. Throws
 * InvalidOAuthStateError when it is unknown or already used, expired (even if TTL has not removed
 * it yet — DynamoDB deletes expired items up to days later, DynamoDB Local never), or was issued
 * for another provider. An expired or mismatched state is still consumed.
 */
export async function consumeOAuthState(ctx: TableContext, state: string, provider: string, now = new Date()): Promise<OAuthState> {
  let item: Record<string, unknown> | undefined;
  try {
    const result = await documentClient.send(
      new DeleteCommand({ TableName: ctx.tableName, Key: oauthStateKey(state), ConditionExpression: 'attribute_exists(PK)', ReturnValues: 'ALL_OLD' }),
    );
    item = result.Attributes;
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
  }
  if (!item) throw new InvalidOAuthStateError('unknown');
  const found = fromItem(item);
  if (isOAuthStateExpired(found, now)) throw new InvalidOAuthStateError('expired');
  if (found.provider !== provider) throw new InvalidOAuthStateError('provider');
  return found;
}
