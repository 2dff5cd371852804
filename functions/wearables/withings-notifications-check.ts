import { httpHandler } from '../../shared/http/http-handler';
import { noContent } from '../../shared/http/response';
import { route } from './withings-notifications-check.route';
import { requireWithingsSecret } from './withings-secret';

/** HEAD /wearables/withings/notifications/{secret}: Withings checks the URL answers before subscribing. */
export const handler = httpHandler(route, async ({ params }) => {
  await requireWithingsSecret(params.secret);
  return noContent();
});
