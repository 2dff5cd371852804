import { DeleteCommand, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { applyGoalUpdate, goalSchema, type Goal, type GoalStatus, type GoalUpdate } from '../../domain/training/goal';
import { documentClient } from '../client';
import type { TableContext } from '../context';
import { isConditionalCheckFailed, VersionConflictError, withoutStorageAttributes } from '../item';
import { openPartition, userPartition } from '../keys';
import { queryPage, type Page } from '../query';
import { GSI5 } from '../table-definition';

export const GOAL_ENTITY = 'goal';
export const GOAL_PREFIX = 'GOAL#';
export const goalKey = (userId: string, id: string) => ({ PK: userPartition(userId), SK: `${GOAL_PREFIX}${id}` });
/** GSI5 partition (GSI2PK) shared with open sessions, locations and devices (Today, pattern #4). */

export function toItem(goal: Goal): Record<string, unknown> {
  const item: Record<string, unknown> = { ...goalKey(goal.userId, goal.id), entity: GOAL_ENTITY, ...goal };
  if (goal.status === 'active') {
    item.GSI2PK = openPartition(goal.userId);
    item.GSI2SK = `${GOAL_PREFIX}${goal.id}`;
  }
  return item;
}

export const fromItem = (item: Record<string, unknown>): Goal => goalSchema.parse(withoutStorageAttributes(item));

function conflict(error: unknown): VersionConflictError {
  const current = (error as { Item?: Record<string, { N?: string }> }).Item?.version?.N;
  return new VersionConflictError(GOAL_ENTITY, current ? Number(current) : undefined);
}

/** POST /training/goals: creates a goal; fails if the id exists (never overwrites). */
export async function createGoal(ctx: TableContext, goal: Goal): Promise<void> {
  await documentClient.send(new PutCommand({ TableName: ctx.tableName, Item: toItem(goal), ConditionExpression: 'attribute_not_exists(PK)' }));
}

/** One goal of the caller (pattern #7 family: GetItem `GOAL#id`); another user's id is not found. */
export async function getGoal(ctx: TableContext, userId: string, id: string): Promise<Goal | null> {
  const result = await documentClient.send(new GetCommand({ TableName: ctx.tableName, Key: goalKey(userId, id) }));
  return result.Item ? fromItem(result.Item) : null;
}

/** GET /training/goals (pattern #7): Query `USER#sub`, SK begins_with `GOAL#`, optional status filter, signed cursor. */
export async function listGoals(ctx: TableContext, userId: string, options: { status?: GoalStatus; limit: number; cursor?: string }): Promise<Page<Goal>> {
  return queryPage(
    ctx,
    {
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      FilterExpression: options.status ? '#status = :status' : undefined,
      ExpressionAttributeNames: options.status ? { '#status': 'status' } : undefined,
      ExpressionAttributeValues: { ':pk': userPartition(userId), ':prefix': GOAL_PREFIX, ...(options.status ? { ':status': options.status } : {}) },
    },
    { limit: options.limit, cursor: options.cursor, scope: { userId, query: `goals:${options.status ?? ''}` }, parse: fromItem },
  );
}

/** Active goals only (pattern #4's goal part): Query GSI5 `USER#sub#OPEN`, SK begins_with `GOAL#`. */
export async function listActiveGoals(ctx: TableContext, userId: string): Promise<Goal[]> {
  const items: Goal[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const result = await documentClient.send(
      new QueryCommand({
        TableName: ctx.tableName,
        IndexName: GSI5,
        KeyConditionExpression: 'GSI2PK = :pk AND begins_with(GSI2SK, :prefix)',
        ExpressionAttributeValues: { ':pk': openPartition(userId), ':prefix': GOAL_PREFIX },
        ExclusiveStartKey: startKey,
      }),
    );
    items.push(...(result.Items ?? []).map(fromItem));
    startKey = result.LastEvaluatedKey;
  } while (startKey);
  return items;
}

/** Writes the next state of a goal only if it still has the version that was read (optimistic locking). */
export async function saveGoal(ctx: TableContext, next: Goal, expected: { version: number }): Promise<void> {
  try {
    await documentClient.send(
      new PutCommand({
        TableName: ctx.tableName,
        Item: toItem(next),
        ConditionExpression: '#version = :version',
        ExpressionAttributeNames: { '#version': 'version' },
        ExpressionAttributeValues: { ':version': expected.version },
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      }),
    );
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
    throw conflict(error);
  }
}

/**
 * PATCH /training/goals/{id}: GetItem, apply the change, conditional Put on the version read.
 * With `expectedVersion` (the version the client saw) a goal changed since → VersionConflictError.
 * Null when the caller has no such goal.
 */
export async function updateGoal(
  ctx: TableContext,
  userId: string,
  id: string,
  update: GoalUpdate,
  options: { expectedVersion?: number; now?: Date } = {},
): Promise<Goal | null> {
  const current = await getGoal(ctx, userId, id);
  if (!current) return null;
  if (options.expectedVersion !== undefined && options.expectedVersion !== current.version) throw new VersionConflictError(GOAL_ENTITY, current.version);
  const next = applyGoalUpdate(current, update, options.now ?? new Date());
  await saveGoal(ctx, next, { version: current.version });
  return next;
}

/** DELETE /training/goals/{id}: true when it existed (only in the caller's partition). */
export async function deleteGoal(ctx: TableContext, userId: string, id: string): Promise<boolean> {
  try {
    await documentClient.send(new DeleteCommand({ TableName: ctx.tableName, Key: goalKey(userId, id), ConditionExpression: 'attribute_exists(PK)' }));
    return true;
  } catch (error) {
    if (isConditionalCheckFailed(error)) return false;
    throw error;
  }
}
