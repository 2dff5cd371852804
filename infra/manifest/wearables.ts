import { route as callback } from '../../functions/wearables/callback.route';
import { route as connect } from '../../functions/wearables/connect.route';
import { route as disconnect } from '../../functions/wearables/disconnect.route';
import { route as getSessionWearable } from '../../functions/wearables/get-session-wearable.route';
import { route as listDevices } from '../../functions/wearables/list-devices.route';
import { route as listProviders } from '../../functions/wearables/list-providers.route';
import { route as ouraNotificationsCheck } from '../../functions/wearables/oura-notifications-check.route';
import { route as ouraNotifications } from '../../functions/wearables/oura-notifications.route';
import { route as polarNotifications } from '../../functions/wearables/polar-notifications.route';
import { route as withingsNotificationsCheck } from '../../functions/wearables/withings-notifications-check.route';
import { route as withingsNotifications } from '../../functions/wearables/withings-notifications.route';
import { route as syncDevice } from '../../functions/wearables/sync-device.route';
import type { HttpRoute, ScheduleEntry } from '../manifest-types';

/**
 * Wearables: OAuth connect/callback, devices, manual sync, a session's HR; the providers' push
 * notifications (Polar's webhook, Oura's app subscriptions, Withings' per-user subscriptions);
 * polling every 15 minutes (pushed devices reconciled daily); Polar's webhook and Oura's
 * subscriptions kept registered; matching on completion.
 */
export const wearableRoutes: HttpRoute[] = [listProviders, listDevices, connect, callback, syncDevice, disconnect, getSessionWearable, polarNotifications, withingsNotifications, withingsNotificationsCheck, ouraNotifications, ouraNotificationsCheck];

export const wearableSchedules: ScheduleEntry[] = [
  {
    name: 'poll-wearables',
    handler: 'functions/wearables/poll-wearables.ts',
    expression: 'rate(15 minutes)',
    description: 'Imports new workouts (with HR) and daily data of connected wearables, within each provider’s rate limits',
    timeoutSeconds: 840,
    grants: ['table:read', 'table:write', 'kms:wearables', 'secret:wearables:read'],
  },
  {
    name: 'register-polar-webhook',
    handler: 'functions/wearables/register-polar-webhook.ts',
    expression: 'rate(1 day)',
    description: 'Makes sure Polar has our webhook (one per client) and we hold its signature key; re-creates it when the key is lost or the URL changed',
    timeoutSeconds: 60,
    grants: ['table:read', 'table:write', 'kms:wearables', 'secret:wearables:read'],
  },
  {
    name: 'register-oura-webhooks',
    handler: 'functions/wearables/register-oura-webhooks.ts',
    expression: 'rate(1 day)',
    description: 'Makes sure Oura has our app’s subscriptions (workout, daily_activity, sleep; create and update) to our notifications URL, renewing those that expire within 7 days',
    timeoutSeconds: 60,
    grants: ['table:read', 'table:write', 'secret:wearables:read'],
  },
];
