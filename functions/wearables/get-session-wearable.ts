import { tableContextFromEnv } from '../../shared/db/context';
import { getSessionWearable } from '../../shared/db/entities/session-wearable';
import { heartRateZones } from '../../shared/domain/science/heart-rate/zones';
import { httpHandler } from '../../shared/http/http-handler';
import { json, noContent } from '../../shared/http/response';
import { route } from './get-session-wearable.route';

const ctx = tableContextFromEnv();

/** GET /training/sessions/{id}/wearable: one GetItem (`SESSION#<id>#WEARABLE` under the caller's partition). */
export const handler = httpHandler(route, async ({ caller, params }) => {
  const metrics = await getSessionWearable(ctx, caller.userId, params.id);
  // Nothing linked is an ordinary state of a session (like GET /training/recovery): 204, not an error.
  if (!metrics) return noContent();
  const { userId: _userId, ...rest } = metrics;
  return json(200, { ...rest, series: rest.series ?? null, zones: metrics.maxHr ? heartRateZones(metrics.maxHr.bpm, metrics.restingHr) : null }, { maxAgeSeconds: 60 });
});
