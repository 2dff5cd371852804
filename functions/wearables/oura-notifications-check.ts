import { ouraVerificationAnswer } from '../../shared/domain/wearables/push';
import { httpHandler } from '../../shared/http/http-handler';
import { problems } from '../../shared/http/problem';
import { json } from '../../shared/http/response';
import { ouraVerificationToken } from '../../shared/wearables/push';
import { route } from './oura-notifications-check.route';
import { requireProviderConfig } from './providers';

/** GET /wearables/oura/notifications (public): Oura's check while a subscription is created. */
export const handler = httpHandler(route, async ({ query }) => {
  const answer = ouraVerificationAnswer(query, ouraVerificationToken(await requireProviderConfig('oura')));
  if (!answer) throw problems.forbidden('This is not our Oura verification token.');
  return json(200, answer);
});
