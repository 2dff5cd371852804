import { tableContextFromEnv } from '../../shared/db/context';
import { checkSignature, POLAR_DATA_EVENTS, polarNotificationSchema } from '../../shared/domain/wearables/push';
import { httpHandler } from '../../shared/http/http-handler';
import { ProblemError } from '../../shared/http/problem';
import { json } from '../../shared/http/response';
import { logger } from '../../shared/logging/logger';
import { notifyDevices, polarSignatureKey } from '../../shared/wearables/push';
import { tokenCipherFromEnv } from '../../shared/wearables/token-cipher';
import { header, parseJsonNotification, rawBody } from './notification-body';
import { route } from './polar-notifications.route';

const ctx = tableContextFromEnv();
const cipher = tokenCipherFromEnv();

const signatureField = (code: 'missing' | 'wrong') => [
  { path: 'headers.polar-webhook-signature', code: 'invalid' as const, params: { reason: code }, message: code === 'missing' ? 'is required' : 'does not match the body' },
];

/** The `event` of a JSON body, if it is one (only to recognise a PING, which changes nothing). */
function eventOf(body: string): unknown {
  try {
    return (JSON.parse(body) as { event?: unknown } | null)?.event;
  } catch {
    return undefined;
  }
}

/**
 * POST /wearables/polar/notifications (public). A PING is answered 200 and does nothing: Polar
 * sends it while creating the webhook, before we hold the key it is signed with. Anything else must
 * carry a valid signature over the raw body (checked before the body is read); a key that does not
 * match is read from the table once more (the webhook may have been re-created) before refusing.
 */
export const handler = httpHandler(route, async ({ event }) => {
  const body = rawBody(event);
  if (header(event, 'polar-webhook-event') === 'PING' || eventOf(body) === 'PING') return json(200, { outcome: 'ping', devices: 0 });
  const signature = header(event, 'polar-webhook-signature');
  // Unsigned is refused before anything is read: it is bad input whatever this deployment holds.
  if (!signature?.trim()) throw new ProblemError(401, 'unauthorized', 'Polar notifications must be signed (Polar-Webhook-Signature).', { errors: signatureField('missing') });
  let key = await polarSignatureKey(ctx, cipher);
  if (!key) throw new ProblemError(503, 'webhook-not-registered', 'No Polar webhook is registered on this deployment.');
  let check = checkSignature(body, signature, key);
  if (check === 'wrong') {
    key = (await polarSignatureKey(ctx, cipher, true)) ?? key;
    check = checkSignature(body, signature, key);
  }
  if (check === 'missing') throw new ProblemError(401, 'unauthorized', 'Polar notifications must be signed (Polar-Webhook-Signature).', { errors: signatureField('missing') });
  if (check === 'wrong') throw new ProblemError(403, 'forbidden', 'The Polar-Webhook-Signature does not match the body.', { errors: signatureField('wrong') });

  const notification = parseJsonNotification(polarNotificationSchema, body);
  if (!POLAR_DATA_EVENTS.has(notification.event) || notification.user_id === undefined) return json(200, { outcome: 'ignored', devices: 0 });
  const devices = await notifyDevices(ctx, 'polar', String(notification.user_id));
  logger.info('polar notification', { event: notification.event, devices });
  return json(200, { outcome: devices > 0 ? 'due' : 'ignored', devices });
});
