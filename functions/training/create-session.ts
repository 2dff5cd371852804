import { tableContextFromEnv } from '../../shared/db/context';
import { getProfileCached } from '../../shared/db/entities/profile';
import { createSession } from '../../shared/db/entities/training-session';
import { newId } from '../../shared/db/ids';
import { buildCustomSession, unknownExercises } from '../../shared/domain/training/custom-session';
import { httpHandler } from '../../shared/http/http-handler';
import { problems } from '../../shared/http/problem';
import { json } from '../../shared/http/response';
import { customSessionBody } from './schemas';

const ctx = tableContextFromEnv();

/** POST /training/sessions with `exercises`: the athlete's own prescription, every exercise from the catalog. */
export const handler = httpHandler({ access: 'user', body: customSessionBody }, async ({ caller, body }) => {
  const unknown = unknownExercises(body);
  if (unknown.length) {
    throw problems.validation(unknown.map(({ index, exerciseId }) => ({ path: `body.exercises.${index}.exerciseId`, message: `"${exerciseId}" is not in the exercise catalog (GET /exercises lists it)` })));
  }
  const profile = await getProfileCached(ctx.tableName, caller.userId, caller.email);
  const now = new Date();
  const session = buildCustomSession(body, { id: newId(now.getTime()), userId: caller.userId, timeZone: profile.timeZone, now });
  await createSession(ctx, session);
  return json(201, session, { headers: { location: `/training/sessions/${session.id}` } });
});
