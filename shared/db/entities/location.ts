import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { locationSchema, normalizeEquipment, type Location, type LocationUpdate } from '../../domain/training/location';
import { documentClient } from '../client';
import type { TableContext } from '../context';
import { isConditionalCheckFailed, withoutStorageAttributes } from '../item';
import { openPartition, userPartition } from '../keys';
import { queryPage, type Page } from '../query';

export const LOCATION_ENTITY = 'location';
export const LOCATION_PREFIX = 'LOCATION#';
export const locationKey = (userId: string, id: string) => ({ PK: userPartition(userId), SK: `${LOCATION_PREFIX}${id}` });
/** GSI5 partition (GSI2PK) shared with open sessions, active goals and devices (Today, pattern #4). */

/** Every location is listed in the caller's OPEN partition (GSI5), so Today gets them with its one Query. */
export const toItem = (location: Location): Record<string, unknown> => ({
  ...locationKey(location.userId, location.id),
  entity: LOCATION_ENTITY,
  GSI2PK: openPartition(location.userId),
  GSI2SK: `${LOCATION_PREFIX}${location.id}`,
  ...location,
});

export const fromItem = (item: Record<string, unknown>): Location => locationSchema.parse(withoutStorageAttributes(item));

/** POST /training/locations: creates a location; fails if the id exists (never overwrites). */
export async function createLocation(ctx: TableContext, location: Location): Promise<void> {
  const stored = { ...location, equipment: normalizeEquipment(location.equipment) };
  await documentClient.send(new PutCommand({ TableName: ctx.tableName, Item: toItem(locationSchema.parse(stored)), ConditionExpression: 'attribute_not_exists(PK)' }));
}

/** GetItem `LOCATION#id` in the caller's partition (e.g. the coach request's locationId). */
export async function getLocation(ctx: TableContext, userId: string, id: string): Promise<Location | null> {
  const result = await documentClient.send(new GetCommand({ TableName: ctx.tableName, Key: locationKey(userId, id) }));
  return result.Item ? fromItem(result.Item) : null;
}

/** GET /training/locations (pattern #7): Query `USER#sub`, SK begins_with `LOCATION#`, signed cursor. */
export async function listLocations(ctx: TableContext, userId: string, options: { limit: number; cursor?: string }): Promise<Page<Location>> {
  return queryPage(
    ctx,
    {
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      ExpressionAttributeValues: { ':pk': userPartition(userId), ':prefix': LOCATION_PREFIX },
    },
    { limit: options.limit, cursor: options.cursor, scope: { userId, query: 'locations' }, parse: fromItem },
  );
}

const EDITABLE = ['name', 'kind', 'equipment', 'notes', 'plates'] as const satisfies readonly (keyof LocationUpdate)[];

/**
 * PATCH /training/locations/{id}: one UpdateItem that sets only the given fields, conditional on
 * the location existing in the caller's partition. Null when it does not.
 */
export async function updateLocation(ctx: TableContext, userId: string, id: string, update: LocationUpdate, now = new Date()): Promise<Location | null> {
  const changes: Record<string, unknown> = {};
  // Only editable fields reach the expression, whatever object the caller passes.
  for (const field of EDITABLE) if (update[field] !== undefined) changes[field] = update[field];
  if (update.equipment) changes.equipment = normalizeEquipment(update.equipment);
  changes.updatedAt = now.toISOString();
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const sets = Object.entries(changes).map(([field, value], index) => {
    names[`#f${index}`] = field;
    values[`:v${index}`] = value;
    return `#f${index} = :v${index}`;
  });
  try {
    const result = await documentClient.send(
      new UpdateCommand({
        TableName: ctx.tableName,
        Key: locationKey(userId, id),
        UpdateExpression: `SET ${sets.join(', ')}`,
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        ReturnValues: 'ALL_NEW',
      }),
    );
    return fromItem(result.Attributes!);
  } catch (error) {
    if (isConditionalCheckFailed(error)) return null;
    throw error;
  }
}

/** DELETE /training/locations/{id}: true when it existed (only in the caller's partition). */
export async function deleteLocation(ctx: TableContext, userId: string, id: string): Promise<boolean> {
  try {
    await documentClient.send(new DeleteCommand({ TableName: ctx.tableName, Key: locationKey(userId, id), ConditionExpression: 'attribute_exists(PK)' }));
    return true;
  } catch (error) {
    if (isConditionalCheckFailed(error)) return false;
    throw error;
  }
}
