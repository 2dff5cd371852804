import type { Device } from '../../domain/wearables/device';
import type { Goal } from '../../domain/training/goal';
import type { Location } from '../../domain/training/location';
import { openSessionOf, openSessionSchema, type OpenSession } from '../../domain/training/today';
import type { TableContext } from '../context';
import { withoutStorageAttributes } from '../item';
import { openPartition } from '../keys';
import { queryAll } from '../query';
import { GSI5 } from '../table-definition';
import { DEVICE_ENTITY, fromItem as deviceFromItem } from './device';
import { GOAL_ENTITY, fromItem as goalFromItem } from './goal';
import { LOCATION_ENTITY, fromItem as locationFromItem } from './location';
import { getSession, TRAINING_SESSION_ENTITY } from './training-session';

export interface OpenItems {
  sessions: OpenSession[];
  goals: Goal[];
  locations: Location[];
  devices: Device[];
}

/**
 * Today's first request: draft/active sessions (their summary), active goals, locations and devices
 * (GSI5, one Query). A session last written before open items carried `estimatedDurationMin` has
 * no summary there: it is read whole, once, until its next write adds it.
 */
export async function listOpenItems(ctx: TableContext, userId: string): Promise<OpenItems> {
  const items = await queryAll(ctx, {
    IndexName: GSI5,
    KeyConditionExpression: 'GSI2PK = :pk',
    ExpressionAttributeValues: { ':pk': openPartition(userId) },
  });
  const open: OpenItems = { sessions: [], goals: [], locations: [], devices: [] };
  const writtenBefore: string[] = [];
  for (const item of items) {
    if (item.entity === TRAINING_SESSION_ENTITY) {
      if (item.estimatedDurationMin === undefined) writtenBefore.push(String(item.id));
      else open.sessions.push(openSessionSchema.parse(withoutStorageAttributes(item)));
    } else if (item.entity === GOAL_ENTITY) open.goals.push(goalFromItem(item));
    else if (item.entity === LOCATION_ENTITY) open.locations.push(locationFromItem(item));
    else if (item.entity === DEVICE_ENTITY) open.devices.push(deviceFromItem(item));
  }
  for (const session of await Promise.all(writtenBefore.map((id) => getSession(ctx, userId, id)))) {
    if (session && session.status !== 'completed') open.sessions.push(openSessionOf(session));
  }
  return open;
}
