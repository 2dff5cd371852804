import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { wearableWorkoutSchema, type WearableWorkout } from '../../domain/wearables/imports';
import type { ItemKey } from '../batch';
import { documentClient } from '../client';
import type { TableContext } from '../context';
import { isConditionalCheckFailed, withoutStorageAttributes } from '../item';
import { userPartition } from '../keys';
import { queryAll } from '../query';
import { setAll } from '../update';
import { GSI1 } from '../table-definition';

export const WEARABLE_WORKOUT_ENTITY = 'wearableWorkout';

export const wearableWorkoutKey = (userId: string, provider: string, externalId: string) => ({
  PK: userPartition(userId),
  SK: `WORKOUT#${provider}#${externalId}`,
});
export const workoutsPartition = (userId: string) => `${userPartition(userId)}#WORKOUTS`;

export function toItem(workout: WearableWorkout): Record<string, unknown> {
  const startAt = new Date(workout.startAt).toISOString();
  return {
    ...wearableWorkoutKey(workout.userId, workout.provider, workout.externalId),
    entity: WEARABLE_WORKOUT_ENTITY,
    GSI1PK: workoutsPartition(workout.userId),
    GSI1SK: startAt,
    ...workout,
    startAt,
    endAt: new Date(workout.endAt).toISOString(),
    importedAt: new Date(workout.importedAt).toISOString(),
  };
}
export const fromItem = (item: Record<string, unknown>): WearableWorkout => wearableWorkoutSchema.parse(withoutStorageAttributes(item));

/**
 * Stores an imported workout, keyed by provider + external id (re-importing is idempotent). The
 * link to a training session survives re-imports; a write never replaces data fetched later.
 */
export async function putWearableWorkout(ctx: TableContext, workout: WearableWorkout): Promise<'written' | 'ignored'> {
  const { PK: _pk, SK: _sk, ...attributes } = toItem(workout);
  const parts = setAll(attributes, ['linkedSessionId']);
  try {
    await documentClient.send(
      new UpdateCommand({
        TableName: ctx.tableName,
        Key: wearableWorkoutKey(workout.userId, workout.provider, workout.externalId),
        ...parts,
        ConditionExpression: 'attribute_not_exists(PK) OR #importedAt <= :importedAt',
        ExpressionAttributeNames: { ...parts.ExpressionAttributeNames, '#importedAt': 'importedAt' },
        ExpressionAttributeValues: { ...parts.ExpressionAttributeValues, ':importedAt': attributes.importedAt },
      }),
    );
    return 'written';
  } catch (error) {
    if (isConditionalCheckFailed(error)) return 'ignored';
    throw error;
  }
}

export async function getWearableWorkout(ctx: TableContext, userId: string, provider: string, externalId: string): Promise<WearableWorkout | null> {
  const result = await documentClient.send(new GetCommand({ TableName: ctx.tableName, Key: wearableWorkoutKey(userId, provider, externalId) }));
  return result.Item ? fromItem(result.Item) : null;
}

/**
 * Workouts (all providers) that started within [from, to] — the candidates overlapping a session
 * (ask from = session start − the longest plausible workout). One Query on GSI1 `USER#sub#WORKOUTS`.
 */
export async function listWorkoutsStartingBetween(ctx: TableContext, userId: string, from: Date | string, to: Date | string): Promise<WearableWorkout[]> {
  const items = await queryAll(ctx, {
    IndexName: GSI1,
    KeyConditionExpression: 'GSI1PK = :pk AND GSI1SK BETWEEN :from AND :to',
    ExpressionAttributeValues: { ':pk': workoutsPartition(userId), ':from': new Date(from).toISOString(), ':to': new Date(to).toISOString() },
  });
  return items.map(fromItem);
}

/**
 * Links a workout to the training session it recorded. 1:1 on the workout side: succeeds when
 * unlinked or already linked to this session (idempotent), false when it is linked to another
 * session or does not exist. (The session side is the `SESSION#<id>#WEARABLE` item's
 * create-if-absent.)
 */
export async function linkWorkoutToSession(ctx: TableContext, args: { userId: string; provider: string; externalId: string; sessionId: string }): Promise<boolean> {
  try {
    await documentClient.send(
      new UpdateCommand({
        TableName: ctx.tableName,
        Key: wearableWorkoutKey(args.userId, args.provider, args.externalId),
        UpdateExpression: 'SET #linked = :session',
        ConditionExpression: 'attribute_exists(PK) AND (attribute_type(#linked, :null) OR #linked = :session)',
        ExpressionAttributeNames: { '#linked': 'linkedSessionId' },
        ExpressionAttributeValues: { ':session': args.sessionId, ':null': 'NULL' },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionalCheckFailed(error)) return false;
    throw error;
  }
}

/** Keys of one provider's workouts, with the sessions they are linked to (disconnect). */
export async function workoutKeysOf(ctx: TableContext, userId: string, provider: string): Promise<Array<ItemKey & { linkedSessionId: string | null }>> {
  const items = await queryAll(ctx, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
    ProjectionExpression: 'PK, SK, linkedSessionId',
    ExpressionAttributeValues: { ':pk': userPartition(userId), ':prefix': `WORKOUT#${provider}#` },
  });
  return items.map((item) => ({ PK: item.PK as string, SK: item.SK as string, linkedSessionId: (item.linkedSessionId as string | null | undefined) ?? null }));
}
