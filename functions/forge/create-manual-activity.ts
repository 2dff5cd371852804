import { tableContextFromEnv } from '../../shared/db/context';
import { createManualActivity } from '../../shared/db/entities/activity';
import { getProfileCached } from '../../shared/db/entities/profile';
import { httpHandler } from '../../shared/http/http-handler';
import { json } from '../../shared/http/response';
import { refuseFutureStart } from './manual-activity-rules';
import { route } from './create-manual-activity.route';

const ctx = tableContextFromEnv();

/** POST /forge/manual-activities: a manual activity, filed under its local day in the caller's time zone. Its day totals follow from the stream. */
export const handler = httpHandler(route, async ({ caller, body }) => {
  const now = new Date();
  refuseFutureStart(body.startAt, now);
  const profile = await getProfileCached(ctx.tableName, caller.userId, caller.email);
  const activity = await createManualActivity(ctx, caller.userId, body, { timeZone: profile.timeZone, now });
  return json(201, activity, { headers: { location: `/forge/manual-activities/${activity.id}` } });
});
