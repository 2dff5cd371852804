import { tableContextFromEnv } from '../../shared/db/context';
import { asPreviousRecords, listRecords } from '../../shared/db/entities/personal-record';
import { getProfileCached } from '../../shared/db/entities/profile';
import { getSessionWearable } from '../../shared/db/entities/session-wearable';
import { completeSessionAtomically } from '../../shared/db/entities/training-session';
import { completeSession } from '../../shared/domain/training/lifecycle';
import { httpHandler } from '../../shared/http/http-handler';
import { json } from '../../shared/http/response';
import { businessMetrics } from '../../shared/logging/metrics';
import { athleteFacts } from './athlete';
import { retryOnConflict } from '../../shared/db/optimistic';
import { loadOwnSession } from './own-session';
import { route } from './complete-session.route';

const ctx = tableContextFromEnv();

/**
 * Completes an active session: metrics, calories (wearable > Keytel > MET > RPE), Foster load and
 * new records; removes its recovery snapshot in the same transaction. Day totals, stored records,
 * goals and the Forge activity follow from the table's stream.
 */
export const handler = httpHandler(route, async ({ caller, params, body }) => {
  const next = await retryOnConflict(async () => {
    const [session, records, wearable, profile] = await Promise.all([
      loadOwnSession(ctx, caller.userId, params.id),
      listRecords(ctx, caller.userId),
      getSessionWearable(ctx, caller.userId, params.id),
      getProfileCached(ctx.tableName, caller.userId, caller.email),
    ]);
    const now = new Date();
    const completed = completeSession(
      session,
      body,
      {
        athlete: athleteFacts(profile, now),
        wearable: wearable ? { calories: wearable.calories, avgHr: wearable.avgBpm } : null,
        previousRecords: asPreviousRecords(records),
      },
      now,
    );
    await completeSessionAtomically(ctx, completed, { version: session.version });
    return completed;
  });
  businessMetrics.sessionCompleted();
  return json(200, next);
});
