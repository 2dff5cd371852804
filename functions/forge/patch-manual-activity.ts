import { tableContextFromEnv } from '../../shared/db/context';
import { updateManualActivity } from '../../shared/db/entities/activity';
import { getProfileCached } from '../../shared/db/entities/profile';
import { httpHandler } from '../../shared/http/http-handler';
import { problems } from '../../shared/http/problem';
import { json } from '../../shared/http/response';
import { refuseFutureStart } from './manual-activity-rules';
import { route } from './patch-manual-activity.route';

const ctx = tableContextFromEnv();

/**
 * Edits one of the caller's manual activities. Synced training sessions and wearable imports are
 * read-only here (409 saying where to change them); another user's id is simply not found (404).
 */
export const handler = httpHandler(route, async ({ caller, params, body }) => {
  const now = new Date();
  refuseFutureStart(body.startAt, now);
  const profile = await getProfileCached(ctx.tableName, caller.userId, caller.email);
  const next = await updateManualActivity(ctx, caller.userId, params.id, body, { timeZone: profile.timeZone, now });
  if (!next) throw problems.notFound(`Activity ${params.id}`);
  return json(200, next);
});
