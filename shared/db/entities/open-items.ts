import type { Device } from '../../domain/wearables/device';
import type { Goal } from '../../domain/training/goal';
import type { Location } from '../../domain/training/location';
import type { TrainingSession } from '../../domain/training/session';
import type { TableContext } from '../context';
import { openPartition } from '../keys';
import { queryAll } from '../query';
import { GSI2 } from '../table-definition';
import { DEVICE_ENTITY, fromItem as deviceFromItem } from './device';
import { GOAL_ENTITY, fromItem as goalFromItem } from './goal';
import { LOCATION_ENTITY, fromItem as locationFromItem } from './location';
import { fromItem as sessionFromItem, TRAINING_SESSION_ENTITY } from './training-session';

export interface OpenItems {
  sessions: TrainingSession[];
  goals: Goal[];
  locations: Location[];
  devices: Device[];
}

/** Today's first request: draft/active sessions, active goals, locations and devices (GSI2, one Query). */
export async function listOpenItems(ctx: TableContext, userId: string): Promise<OpenItems> {
  const items = await queryAll(ctx, {
    IndexName: GSI2,
    KeyConditionExpression: 'GSI2PK = :pk',
    ExpressionAttributeValues: { ':pk': openPartition(userId) },
  });
  const open: OpenItems = { sessions: [], goals: [], locations: [], devices: [] };
  for (const item of items) {
    if (item.entity === TRAINING_SESSION_ENTITY) open.sessions.push(sessionFromItem(item));
    else if (item.entity === GOAL_ENTITY) open.goals.push(goalFromItem(item));
    else if (item.entity === LOCATION_ENTITY) open.locations.push(locationFromItem(item));
    else if (item.entity === DEVICE_ENTITY) open.devices.push(deviceFromItem(item));
  }
  return open;
}
