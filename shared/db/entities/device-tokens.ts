import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import {
  deviceTokensSchema,
  type DecryptedTokens,
  type DeviceTokens,
  type OAuthTokens,
  type SealedSecret,
  type TokenCipher,
  type TokenContext,
} from '../../domain/wearables/device';
import { documentClient } from '../client';
import type { TableContext } from '../context';
import { isConditionalCheckFailed, VersionConflictError, withoutStorageAttributes } from '../item';
import { userPartition } from '../keys';

export const DEVICE_TOKENS_ENTITY = 'deviceTokens';

/** `DEVICE#<provider>#TOKENS`: beside the device, but never listed (#17 filters on entity) nor exported. */
export const DEVICE_TOKENS_SUFFIX = '#TOKENS';
export const deviceTokensKey = (userId: string, provider: string) => ({ PK: userPartition(userId), SK: `DEVICE#${provider}${DEVICE_TOKENS_SUFFIX}` });

export const toItem = (tokens: DeviceTokens) => ({ ...deviceTokensKey(tokens.userId, tokens.provider), entity: DEVICE_TOKENS_ENTITY, ...tokens });
export const fromItem = (item: Record<string, unknown>): DeviceTokens => deviceTokensSchema.parse(withoutStorageAttributes(item));

async function seal(cipher: TokenCipher, plaintext: string, context: TokenContext, expiresAt: string | null | undefined): Promise<SealedSecret> {
  const { ciphertext, keyId } = await cipher.encrypt(plaintext, context);
  return { ciphertext, keyId, expiresAt: expiresAt ? new Date(expiresAt).toISOString() : null };
}

/** Encrypts tokens with the caller's cipher: the result holds ciphertexts only. `refreshToken: null` seals nothing for it. */
export async function sealTokens(cipher: TokenCipher, userId: string, provider: string, tokens: OAuthTokens): Promise<Pick<DeviceTokens, 'accessToken' | 'refreshToken'>> {
  return {
    accessToken: await seal(cipher, tokens.accessToken, { userId, provider, kind: 'access' }, tokens.accessTokenExpiresAt),
    refreshToken: tokens.refreshToken === null ? null : await seal(cipher, tokens.refreshToken, { userId, provider, kind: 'refresh' }, tokens.refreshTokenExpiresAt),
  };
}

/** The stored (sealed) tokens; ConsistentRead, since a rotation may have just happened. */
export async function getSealedDeviceTokens(ctx: TableContext, userId: string, provider: string): Promise<DeviceTokens | null> {
  const result = await documentClient.send(new GetCommand({ TableName: ctx.tableName, Key: deviceTokensKey(userId, provider), ConsistentRead: true }));
  return result.Item ? fromItem(result.Item) : null;
}

/** For the poller: the decrypted tokens and the version to guard a rotation with (null when not connected). */
export async function readDeviceTokens(ctx: TableContext, cipher: TokenCipher, userId: string, provider: string): Promise<DecryptedTokens | null> {
  const stored = await getSealedDeviceTokens(ctx, userId, provider);
  if (!stored) return null;
  return {
    accessToken: await cipher.decrypt(stored.accessToken, { userId, provider, kind: 'access' }),
    accessTokenExpiresAt: stored.accessToken.expiresAt,
    refreshToken: stored.refreshToken ? await cipher.decrypt(stored.refreshToken, { userId, provider, kind: 'refresh' }) : null,
    refreshTokenExpiresAt: stored.refreshToken?.expiresAt ?? null,
    version: stored.version,
  };
}

/**
 * After a refresh: stores the new access token (and the new refresh token when the provider
 * rotated it; `refreshToken: null` keeps the current one), only if the tokens are still at
 * `expectedVersion`. Another refresher that got there first → VersionConflictError (re-read and
 * use its tokens: with rotation, this refresh token is now spent). Returns the new version.
 */
export async function rotateDeviceTokens(
  ctx: TableContext,
  cipher: TokenCipher,
  args: { userId: string; provider: string; expectedVersion: number; tokens: OAuthTokens; now?: Date },
): Promise<number> {
  const sealed = await sealTokens(cipher, args.userId, args.provider, args.tokens);
  const sets = ['#access = :access', '#updatedAt = :now', '#version = #version + :one'];
  const values: Record<string, unknown> = { ':access': sealed.accessToken, ':now': (args.now ?? new Date()).toISOString(), ':one': 1, ':expected': args.expectedVersion };
  const names: Record<string, string> = { '#access': 'accessToken', '#updatedAt': 'updatedAt', '#version': 'version', '#lease': 'refreshLease', '#leaseUntil': 'refreshLeaseUntil' };
  if (sealed.refreshToken) {
    sets.push('#refresh = :refresh');
    names['#refresh'] = 'refreshToken';
    values[':refresh'] = sealed.refreshToken;
  }
  try {
    const result = await documentClient.send(
      new UpdateCommand({
        TableName: ctx.tableName,
        Key: deviceTokensKey(args.userId, args.provider),
        // Landing the new tokens also ends the refresh lease (acquireRefreshLease).
        UpdateExpression: `SET ${sets.join(', ')} REMOVE #lease, #leaseUntil`,
        ConditionExpression: 'attribute_exists(PK) AND #version = :expected',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        ReturnValues: 'UPDATED_NEW',
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      }),
    );
    return Number(result.Attributes!.version);
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
    const current = (error as { Item?: Record<string, { N?: string }> }).Item?.version?.N;
    throw new VersionConflictError(DEVICE_TOKENS_ENTITY, current ? Number(current) : undefined);
  }
}

/**
 * The refresh lock. With rotating single-use refresh tokens, two refreshers sending the same
 * refresh token would see the second refused (and the device wrongly disconnected), or land two
 * token pairs of which one is already dead. So a refresher first takes a lease on the tokens item
 * (one conditional write: only while the tokens are still at `expectedVersion` and no unexpired
 * lease is held); the others wait for the version to move and use the tokens it brought.
 * The lease ends with rotateDeviceTokens (success) or releaseRefreshLease (failure); a crashed
 * holder's lease expires after `leaseMs`.
 */
export async function acquireRefreshLease(
  ctx: TableContext,
  args: { userId: string; provider: string; expectedVersion: number; leaseId: string; leaseMs: number; now?: Date },
): Promise<boolean> {
  const now = args.now ?? new Date();
  try {
    await documentClient.send(
      new UpdateCommand({
        TableName: ctx.tableName,
        Key: deviceTokensKey(args.userId, args.provider),
        UpdateExpression: 'SET #lease = :lease, #leaseUntil = :until',
        ConditionExpression: 'attribute_exists(PK) AND #version = :expected AND (attribute_not_exists(#leaseUntil) OR #leaseUntil <= :now)',
        ExpressionAttributeNames: { '#lease': 'refreshLease', '#leaseUntil': 'refreshLeaseUntil', '#version': 'version' },
        ExpressionAttributeValues: { ':lease': args.leaseId, ':until': new Date(now.getTime() + args.leaseMs).toISOString(), ':now': now.toISOString(), ':expected': args.expectedVersion },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionalCheckFailed(error)) return false;
    throw error;
  }
}

/** Gives up a lease this refresher holds (its refresh failed); a no-op when it no longer holds it. */
export async function releaseRefreshLease(ctx: TableContext, args: { userId: string; provider: string; leaseId: string }): Promise<void> {
  try {
    await documentClient.send(
      new UpdateCommand({
        TableName: ctx.tableName,
        Key: deviceTokensKey(args.userId, args.provider),
        UpdateExpression: 'REMOVE #lease, #leaseUntil',
        ConditionExpression: '#lease = :lease',
        ExpressionAttributeNames: { '#lease': 'refreshLease', '#leaseUntil': 'refreshLeaseUntil' },
        ExpressionAttributeValues: { ':lease': args.leaseId },
      }),
    );
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
  }
}
