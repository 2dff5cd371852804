import { envVar, readEnv } from '../../shared/config/env';
import { tableContextFromEnv } from '../../shared/db/context';
import { getExercise } from '../../shared/domain/catalog';
import { matchExercise } from '../../shared/domain/illustrations/matching';
import { httpHandler } from '../../shared/http/http-handler';
import { problems } from '../../shared/http/problem';
import { json } from '../../shared/http/response';
import { route } from './get-illustration.route';
import { lookUpIllustration } from './library';

const ctx = tableContextFromEnv();
const env = readEnv({ QUEUE_URL_ILLUSTRATIONS: envVar.queueUrl });

/** GET /illustrations?exercise=&discipline=: match the catalog, then the library; a miss queues the generation. */
export const handler = httpHandler(route, async ({ query }) => {
  const match = matchExercise(query.exercise, query.discipline);
  if (!match) {
    throw problems.validation([
      { path: 'query.exercise', code: 'unknown_exercise', message: `No catalog exercise matches "${query.exercise}"; send a catalog id or name (GET /exercises).` },
    ]);
  }
  const discipline = query.discipline ?? getExercise(match.exerciseId)!.discipline;
  const answer = await lookUpIllustration(ctx, env.QUEUE_URL_ILLUSTRATIONS, { exerciseId: match.exerciseId, discipline });
  return json(200, { ...answer, match: { confidence: match.confidence, via: match.via } }, { maxAgeSeconds: answer.status === 'ready' ? 300 : 0 });
});
