import { DeleteCommand, GetCommand, QueryCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { deviceSchema, type Device, type OAuthTokens, type TokenCipher } from '../../domain/wearables/device';
import { batchDeleteKeys, type ItemKey } from '../batch';
import { documentClient } from '../client';
import type { TableContext } from '../context';
import { isConditionalCheckFailed, VersionConflictError, withoutStorageAttributes } from '../item';
import { openPartition, userPartition } from '../keys';
import { queryAll } from '../query';
import { shardOf } from '../shards';
import { pushes } from '../../domain/wearables/push';
import { GSI1, GSI3 } from '../table-definition';
import { wearableActivityKeysOf } from './activity';
import { DEVICE_TOKENS_ENTITY, deviceTokensKey, sealTokens } from './device-tokens';
import { subscriptionKey } from './device-subscription';
import { deleteSessionWearable } from './session-wearable';
import { wearableDayKeysOf } from './wearable-day';
import { workoutKeysOf } from './wearable-workout';

export const DEVICE_ENTITY = 'device';
/**
 * Sparse GSI3 partitions of connected devices, sorted by when they are due. Every poll moves a
 * device's sort key twice (claim, reschedule): at 300,000 connected devices that is ~1,300 index
 * write units per second, past one partition's 1,000, so the index is spread over 8 shards by
 * user (docs/scale.md). Shard 0 keeps the unsharded name: devices written before sharding are
 * still found there and move to their shard at their next reschedule.
 */
export const POLL_PARTITION = 'WEARABLE#POLL';
export const POLL_SHARDS = 8;
export const pollShard = (userId: string): number => shardOf(userId, POLL_SHARDS);
export const pollShardPartition = (shard: number): string => (shard === 0 ? POLL_PARTITION : `${POLL_PARTITION}#${shard}`);

/**
 * Devices of providers that push carry, on GSI1, a lookup from the provider's user id (what a
 * notification names) to the device: `WEARABLE#EXT#<provider>#<externalUserId>` / `DEVICE#<sub>`.
 * An index entry, not an item: it goes with the device (disconnect, account erasure).
 */
export const externalUserPartition = (provider: string, externalUserId: string) => `WEARABLE#EXT#${provider}#${externalUserId}`;
export function lookupKeys(device: Pick<Device, 'provider' | 'externalUserId' | 'userId'>): { GSI1PK: string; GSI1SK: string } | null {
  return device.externalUserId && pushes(device.provider) ? { GSI1PK: externalUserPartition(device.provider, device.externalUserId), GSI1SK: `DEVICE#${device.userId}` } : null;
}

export const deviceKey = (userId: string, provider: string) => ({ PK: userPartition(userId), SK: `DEVICE#${provider}` });
export const pollSortKey = (device: Pick<Device, 'nextPollAt' | 'userId' | 'provider'>) => `${new Date(device.nextPollAt).toISOString()}#${device.userId}#${device.provider}`;

export function toItem(device: Device): Record<string, unknown> {
  const item: Record<string, unknown> = {
    ...deviceKey(device.userId, device.provider),
    entity: DEVICE_ENTITY,
    GSI2PK: openPartition(device.userId),
    GSI2SK: `DEVICE#${device.provider}`,
    ...device,
    nextPollAt: new Date(device.nextPollAt).toISOString(),
    ...lookupKeys(device),
  };
  if (device.status === 'connected') {
    item.GSI3PK = pollShardPartition(pollShard(device.userId));
    item.GSI3SK = pollSortKey(device);
  }
  return item;
}

export const fromItem = (item: Record<string, unknown>): Device => deviceSchema.parse(withoutStorageAttributes(item));

export async function getDevice(ctx: TableContext, userId: string, provider: string): Promise<Device | null> {
  const result = await documentClient.send(new GetCommand({ TableName: ctx.tableName, Key: deviceKey(userId, provider) }));
  return result.Item ? fromItem(result.Item) : null;
}

/** #17 GET /wearables/devices: one Query on `DEVICE#`; the `#TOKENS` items are filtered out and never parsed. */
export async function listDevices(ctx: TableContext, userId: string): Promise<Device[]> {
  const items = await queryAll(ctx, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
    FilterExpression: '#entity = :device',
    ExpressionAttributeNames: { '#entity': 'entity' },
    ExpressionAttributeValues: { ':pk': userPartition(userId), ':prefix': 'DEVICE#', ':device': DEVICE_ENTITY },
  });
  return items.map(fromItem);
}

export interface ConnectArgs {
  userId: string;
  provider: string;
  scopes: string[];
  externalUserId?: string | null;
  /** Plain tokens from the code exchange; sealed with `cipher` before anything is written. */
  tokens: OAuthTokens;
  now?: Date;
  /** First poll (default: now, so the next poll run imports history). */
  firstPollAt?: Date;
}

/**
 * OAuth callback: the device and its sealed tokens, written together in one transaction.
 * Connecting again (re-authorization) replaces scopes and tokens, keeps lastSyncAt, and bumps
 * both versions, so a refresh racing with it cannot overwrite the new tokens.
 */
export async function connectDevice(ctx: TableContext, cipher: TokenCipher, args: ConnectArgs): Promise<Device> {
  const now = args.now ?? new Date();
  const at = now.toISOString();
  const existing = await documentClient.send(new GetCommand({ TableName: ctx.tableName, Key: deviceKey(args.userId, args.provider), ConsistentRead: true }));
  const previous = existing.Item ? fromItem(existing.Item) : null;
  const device: Device = deviceSchema.parse({
    userId: args.userId,
    provider: args.provider,
    status: 'connected',
    scopes: args.scopes,
    externalUserId: args.externalUserId ?? previous?.externalUserId ?? null,
    connectedAt: at,
    lastSyncAt: previous?.lastSyncAt ?? null,
    nextPollAt: (args.firstPollAt ?? now).toISOString(),
    lastError: null,
    updatedAt: at,
    version: (previous?.version ?? 0) + 1,
  });
  const sealed = await sealTokens(cipher, args.userId, args.provider, args.tokens);
  try {
    await documentClient.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: ctx.tableName,
              Item: toItem(device),
              ConditionExpression: previous ? '#version = :version' : 'attribute_not_exists(PK)',
              ExpressionAttributeNames: previous ? { '#version': 'version' } : undefined,
              ExpressionAttributeValues: previous ? { ':version': previous.version } : undefined,
            },
          },
          {
            Update: {
              TableName: ctx.tableName,
              Key: deviceTokensKey(args.userId, args.provider),
              UpdateExpression:
                'SET #entity = :entity, #userId = :userId, #provider = :provider, #access = :access, #refresh = :refresh, #updatedAt = :now, #version = if_not_exists(#version, :zero) + :one',
              ExpressionAttributeNames: {
                '#entity': 'entity', '#userId': 'userId', '#provider': 'provider', '#access': 'accessToken', '#refresh': 'refreshToken', '#updatedAt': 'updatedAt', '#version': 'version',
              },
              ExpressionAttributeValues: {
                ':entity': DEVICE_TOKENS_ENTITY, ':userId': args.userId, ':provider': args.provider, ':access': sealed.accessToken, ':refresh': sealed.refreshToken, ':now': at, ':zero': 0, ':one': 1,
              },
            },
          },
        ],
      }),
    );
  } catch (error) {
    if ((error as Error).name === 'TransactionCanceledException') throw new VersionConflictError(DEVICE_ENTITY, previous?.version);
    throw error;
  }
  return device;
}

/**
 * #24 job: connected devices due for a poll at `now`, most overdue first, at most `limit`. One
 * Query per poll shard (in parallel), merged by due instant.
 */
export async function listDueDevices(ctx: TableContext, now: Date, limit = 100): Promise<Device[]> {
  const shards = await Promise.all(
    Array.from({ length: POLL_SHARDS }, (_, shard) =>
      documentClient.send(
        new QueryCommand({
          TableName: ctx.tableName,
          IndexName: GSI3,
          KeyConditionExpression: 'GSI3PK = :pk AND GSI3SK <= :due',
          ExpressionAttributeValues: { ':pk': pollShardPartition(shard), ':due': `${now.toISOString()}#~` },
          Limit: limit,
        }),
      ),
    ),
  );
  const due = shards.flatMap((result) => result.Items ?? []).sort((a, b) => String(a.GSI3SK).localeCompare(String(b.GSI3SK)));
  return due.slice(0, limit).map(fromItem);
}

/**
 * Moves a connected device's next poll (the poller's claim before polling, and its reschedule
 * after). With `expectedNextPollAt`, only one poller can claim a due device: the one that still
 * sees the value it read. False when the device is gone, not connected, or claimed by another.
 */
export async function rescheduleDevicePoll(
  ctx: TableContext,
  args: {
    userId: string;
    provider: string;
    nextPollAt: Date;
    expectedNextPollAt?: string;
    lastSyncAt?: Date;
    lastError?: string | null;
    /** The newest imported workout's effort (Today's readiness "energy"). */
    latestEffort?: { score: number; at: string };
    /** Only when no notification came since this instant (one that did wants the device due again). */
    unlessNotifiedSince?: Date;
    /** Backfills the provider-user lookup of a device connected before it existed. */
    lookup?: { GSI1PK: string; GSI1SK: string } | null;
    now?: Date;
  },
): Promise<boolean> {
  const nextPollAt = args.nextPollAt.toISOString();
  const sets = ['#next = :next', '#gsi3pk = :gsi3pk', '#gsi3sk = :gsi3sk', '#updatedAt = :now', '#version = #version + :one'];
  const names: Record<string, string> = { '#next': 'nextPollAt', '#gsi3pk': 'GSI3PK', '#gsi3sk': 'GSI3SK', '#updatedAt': 'updatedAt', '#version': 'version', '#status': 'status' };
  const values: Record<string, unknown> = {
    ':next': nextPollAt,
    ':gsi3pk': pollShardPartition(pollShard(args.userId)),
    ':gsi3sk': pollSortKey({ nextPollAt, userId: args.userId, provider: args.provider }),
    ':now': (args.now ?? new Date()).toISOString(),
    ':one': 1,
    ':connected': 'connected',
  };
  let condition = 'attribute_exists(PK) AND #status = :connected';
  if (args.expectedNextPollAt !== undefined) {
    condition += ' AND #next = :expected';
    values[':expected'] = new Date(args.expectedNextPollAt).toISOString();
  }
  if (args.unlessNotifiedSince) {
    condition += ' AND (attribute_not_exists(#notifiedAt) OR #notifiedAt < :since)';
    names['#notifiedAt'] = 'notifiedAt';
    values[':since'] = args.unlessNotifiedSince.toISOString();
  }
  if (args.lookup) {
    sets.push('#gsi1pk = :gsi1pk', '#gsi1sk = :gsi1sk');
    Object.assign(names, { '#gsi1pk': 'GSI1PK', '#gsi1sk': 'GSI1SK' });
    Object.assign(values, { ':gsi1pk': args.lookup.GSI1PK, ':gsi1sk': args.lookup.GSI1SK });
  }
  if (args.lastSyncAt) {
    sets.push('#lastSyncAt = :lastSyncAt');
    names['#lastSyncAt'] = 'lastSyncAt';
    values[':lastSyncAt'] = args.lastSyncAt.toISOString();
  }
  if (args.latestEffort) {
    sets.push('#effort = :effort', '#effortAt = :effortAt');
    names['#effort'] = 'latestEffortScore';
    names['#effortAt'] = 'latestEffortAt';
    values[':effort'] = args.latestEffort.score;
    values[':effortAt'] = new Date(args.latestEffort.at).toISOString();
  }
  if (args.lastError !== undefined) {
    sets.push('#lastError = :lastError');
    names['#lastError'] = 'lastError';
    values[':lastError'] = args.lastError;
  }
  try {
    await documentClient.send(
      new UpdateCommand({
        TableName: ctx.tableName,
        Key: deviceKey(args.userId, args.provider),
        UpdateExpression: `SET ${sets.join(', ')}`,
        ConditionExpression: condition,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      }),
    );
    return true;
  } catch (error) {
    if (isConditionalCheckFailed(error)) return false;
    throw error;
  }
}

/** Connected devices whose provider account is `externalUserId` (usually one; two when two of our users connected the same account). */
export async function devicesOfExternalUser(ctx: TableContext, provider: string, externalUserId: string): Promise<Device[]> {
  const result = await documentClient.send(
    new QueryCommand({
      TableName: ctx.tableName,
      IndexName: GSI1,
      KeyConditionExpression: 'GSI1PK = :pk AND begins_with(GSI1SK, :device)',
      ExpressionAttributeValues: { ':pk': externalUserPartition(provider, externalUserId), ':device': 'DEVICE#' },
      Limit: 10,
    }),
  );
  return (result.Items ?? []).filter((item) => item.entity === DEVICE_ENTITY).map(fromItem).filter((d) => d.status === 'connected');
}

/**
 * A notification: the device is due now (the next poll run syncs it) and remembers when it was
 * notified, so a sync already under way reschedules it due again instead of a day later.
 * 'due' when moved, 'already_due' when it was due (or being synced by a claim), 'gone' otherwise.
 */
export async function markDeviceNotified(ctx: TableContext, userId: string, provider: string, now = new Date()): Promise<'due' | 'already_due' | 'gone'> {
  const at = now.toISOString();
  const base = { TableName: ctx.tableName, Key: deviceKey(userId, provider) };
  try {
    await documentClient.send(
      new UpdateCommand({
        ...base,
        UpdateExpression: 'SET #notifiedAt = :now, #next = :now, #gsi3sk = :gsi3sk',
        ConditionExpression: 'attribute_exists(PK) AND #status = :connected AND #next > :now',
        ExpressionAttributeNames: { '#notifiedAt': 'notifiedAt', '#next': 'nextPollAt', '#gsi3sk': 'GSI3SK', '#status': 'status' },
        ExpressionAttributeValues: { ':now': at, ':connected': 'connected', ':gsi3sk': pollSortKey({ nextPollAt: at, userId, provider }) },
      }),
    );
    return 'due';
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
  }
  try {
    await documentClient.send(
      new UpdateCommand({
        ...base,
        UpdateExpression: 'SET #notifiedAt = :now',
        ConditionExpression: 'attribute_exists(PK) AND #status = :connected',
        ExpressionAttributeNames: { '#notifiedAt': 'notifiedAt', '#status': 'status' },
        ExpressionAttributeValues: { ':now': at, ':connected': 'connected' },
      }),
    );
    return 'already_due';
  } catch (error) {
    if (isConditionalCheckFailed(error)) return 'gone';
    throw error;
  }
}

/** The provider refused the refresh token: stop polling (leave GSI3) until the user connects again. */
export async function markDeviceReauthRequired(ctx: TableContext, userId: string, provider: string, error: string, now = new Date()): Promise<boolean> {
  try {
    await documentClient.send(
      new UpdateCommand({
        TableName: ctx.tableName,
        Key: deviceKey(userId, provider),
        UpdateExpression: 'SET #status = :status, #lastError = :error, #updatedAt = :now, #version = #version + :one REMOVE GSI3PK, GSI3SK',
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeNames: { '#status': 'status', '#lastError': 'lastError', '#updatedAt': 'updatedAt', '#version': 'version' },
        ExpressionAttributeValues: { ':status': 'reauth_required', ':error': error.slice(0, 500), ':now': now.toISOString(), ':one': 1 },
      }),
    );
    return true;
  } catch (caught) {
    if (isConditionalCheckFailed(caught)) return false;
    throw caught;
  }
}

export interface DisconnectResult {
  /** Whether a device was connected (false: nothing but leftovers to sweep). */
  deviceDeleted: boolean;
  /** Imported items deleted: the provider's workouts, days, wearable activities and session HR metrics. */
  importedItemsDeleted: number;
}

/**
 * DELETE /wearables/devices/{provider}: the device, its tokens and its notification subscription go
 * first, together (polling stops, no secret outlives the connection, and the provider-user lookup
 * on GSI1 goes with the device), then everything imported from that provider:
 * workouts, daily data, the `wb_<provider>_…` activities (their stream REMOVE records update the
 * Forge days), and the session HR metrics (`SESSION#<id>#WEARABLE`) of sessions its workouts were
 * linked to, when that item names this provider. Safe to retry: the sweep runs even when the
 * device is already gone.
 */
export async function disconnectDevice(ctx: TableContext, userId: string, provider: string): Promise<DisconnectResult> {
  let deviceDeleted = true;
  try {
    await documentClient.send(
      new TransactWriteCommand({
        TransactItems: [
          { Delete: { TableName: ctx.tableName, Key: deviceKey(userId, provider), ConditionExpression: 'attribute_exists(PK)' } },
          { Delete: { TableName: ctx.tableName, Key: deviceTokensKey(userId, provider) } },
          { Delete: { TableName: ctx.tableName, Key: subscriptionKey(userId, provider) } },
        ],
      }),
    );
  } catch (error) {
    if ((error as Error).name !== 'TransactionCanceledException') throw error;
    deviceDeleted = false;
    await Promise.all([deviceTokensKey(userId, provider), subscriptionKey(userId, provider)].map((Key) => documentClient.send(new DeleteCommand({ TableName: ctx.tableName, Key }))));
  }

  const [workouts, days, activities] = await Promise.all([
    workoutKeysOf(ctx, userId, provider),
    wearableDayKeysOf(ctx, userId, provider),
    wearableActivityKeysOf(ctx, userId, provider),
  ]);
  let sessionMetricsDeleted = 0;
  for (const sessionId of new Set(workouts.map((w) => w.linkedSessionId).filter((id): id is string => id !== null))) {
    if (await deleteSessionWearable(ctx, userId, sessionId, provider)) sessionMetricsDeleted += 1;
  }
  const keys: ItemKey[] = [...workouts.map(({ PK, SK }) => ({ PK, SK })), ...days, ...activities];
  await batchDeleteKeys(ctx, keys);
  return { deviceDeleted, importedItemsDeleted: keys.length + sessionMetricsDeleted };
}
