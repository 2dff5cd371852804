import { tableContextFromEnv } from '../../shared/db/context';
import { checkOuraSignature, OURA_DATA_TYPES, OURA_EVENT_TYPES, ouraNotificationSchema } from '../../shared/domain/wearables/push';
import { httpHandler } from '../../shared/http/http-handler';
import { ProblemError } from '../../shared/http/problem';
import { json } from '../../shared/http/response';
import { logger } from '../../shared/logging/logger';
import { notifyDevices } from '../../shared/wearables/push';
import { header, parseJsonNotification, rawBody } from './notification-body';
import { route } from './oura-notifications.route';
import { requireProviderConfig } from './providers';

const ctx = tableContextFromEnv();
const dataTypes = new Set<string>(OURA_DATA_TYPES);
const eventTypes = new Set<string>(OURA_EVENT_TYPES);

const signatureField = (code: 'missing' | 'wrong') => [
  { path: 'headers.x-oura-signature', code: 'invalid' as const, params: { reason: code }, message: code === 'missing' ? 'is required, with x-oura-timestamp' : 'does not match the timestamp and body' },
];

/**
 * POST /wearables/oura/notifications (public): the signature over the timestamp and raw body is
 * checked before the body is read; then the user's devices become due (the poller syncs them).
 */
export const handler = httpHandler(route, async ({ event }) => {
  const body = rawBody(event);
  const config = await requireProviderConfig('oura');
  const check = checkOuraSignature(body, { signature: header(event, 'x-oura-signature'), timestamp: header(event, 'x-oura-timestamp') }, config.clientSecret);
  if (check === 'missing') throw new ProblemError(401, 'unauthorized', 'Oura notifications must be signed (x-oura-signature, x-oura-timestamp).', { errors: signatureField('missing') });
  if (check === 'wrong') throw new ProblemError(403, 'forbidden', 'The x-oura-signature does not match the timestamp and body.', { errors: signatureField('wrong') });

  const notification = parseJsonNotification(ouraNotificationSchema, body);
  if (!dataTypes.has(notification.data_type) || !eventTypes.has(notification.event_type)) return json(200, { outcome: 'ignored', devices: 0 });
  const devices = await notifyDevices(ctx, 'oura', notification.user_id);
  logger.info('oura notification', { dataType: notification.data_type, eventType: notification.event_type, devices });
  return json(200, { outcome: devices > 0 ? 'due' : 'ignored', devices });
});
