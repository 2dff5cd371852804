import { route as callback } from '../../functions/wearables/callback.route';
import { route as connect } from '../../functions/wearables/connect.route';
import { route as disconnect } from '../../functions/wearables/disconnect.route';
import { route as getSessionWearable } from '../../functions/wearables/get-session-wearable.route';
import { route as listDevices } from '../../functions/wearables/list-devices.route';
import { route as listProviders } from '../../functions/wearables/list-providers.route';
import { route as syncDevice } from '../../functions/wearables/sync-device.route';
import type { HttpRoute, ScheduleEntry } from '../manifest-types';

/** Wearables: OAuth connect/callback, devices, manual sync, a session's HR; polling every 15 minutes; matching on completion. */
export const wearableRoutes: HttpRoute[] = [listProviders, listDevices, connect, callback, syncDevice, disconnect, getSessionWearable];

export const wearableSchedules: ScheduleEntry[] = [
  {
    name: 'poll-wearables',
    handler: 'functions/wearables/poll-wearables.ts',
    expression: 'rate(15 minutes)',
    description: 'Imports new workouts (with HR) and daily data of connected wearables, within each provider’s rate limits',
    timeoutSeconds: 840,
    grants: ['table:read', 'table:write', 'kms:wearables', 'secret:wearables:read'],
  },
];
