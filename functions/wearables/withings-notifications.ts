import { tableContextFromEnv } from '../../shared/db/context';
import { WITHINGS_APPLIS, withingsNotificationSchema } from '../../shared/domain/wearables/push';
import { httpHandler } from '../../shared/http/http-handler';
import { json } from '../../shared/http/response';
import { logger } from '../../shared/logging/logger';
import { notifyDevices } from '../../shared/wearables/push';
import { parseNotification, rawBody } from './notification-body';
import { route } from './withings-notifications.route';
import { requireWithingsSecret } from './withings-secret';

const ctx = tableContextFromEnv();
const subscribed = new Set<number>(WITHINGS_APPLIS);

/** POST /wearables/withings/notifications/{secret} (public): the secret first, then the form. */
export const handler = httpHandler(route, async ({ params, event }) => {
  await requireWithingsSecret(params.secret);
  const form = Object.fromEntries(new URLSearchParams(rawBody(event)));
  const notification = parseNotification(withingsNotificationSchema, form);
  if (!subscribed.has(Number(notification.appli))) return json(200, { outcome: 'ignored', devices: 0 });
  const devices = await notifyDevices(ctx, 'withings', notification.userid);
  logger.info('withings notification', { appli: notification.appli, devices });
  return json(200, { outcome: devices > 0 ? 'due' : 'ignored', devices });
});
