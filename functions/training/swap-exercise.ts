import { SendMessageCommand } from '@aws-sdk/client-sqs';
import { sqsClient } from '../../shared/aws/sqs';
import { envVar, readEnv } from '../../shared/config/env';
import { tableContextFromEnv } from '../../shared/db/context';
import { saveSession } from '../../shared/db/entities/training-session';
import { retryOnConflict } from '../../shared/db/optimistic';
import { getExercise } from '../../shared/domain/catalog';
import { prescribedExercises } from '../../shared/domain/training/lifecycle';
import type { TrainingSession } from '../../shared/domain/training/session';
import { candidateFromCatalog, swapExercise, type SwapCandidate } from '../../shared/domain/training/swap';
import { httpHandler } from '../../shared/http/http-handler';
import { problems } from '../../shared/http/problem';
import { json } from '../../shared/http/response';
import { loadOwnSession } from './own-session';
import { route } from './swap-exercise.route';

const ctx = tableContextFromEnv();
const env = readEnv({ QUEUE_URL_ENRICHMENT: envVar.queueUrl });

/** The same message the stream sends for a new fast session (the worker skips sessions no longer waiting). */
const queueEnrichment = (session: TrainingSession) =>
  sqsClient.send(
    new SendMessageCommand({
      QueueUrl: env.QUEUE_URL_ENRICHMENT,
      MessageBody: JSON.stringify({ userId: session.userId, sessionId: session.id }),
      MessageAttributes: { priority: { DataType: 'Number', StringValue: String(session.enrichmentPriority) } },
    }),
  );

/**
 * POST /training/sessions/{id}/exercises/{index}/swap {exerciseId}: the exercise at `index` becomes
 * the catalog exercise `exerciseId`, named in the language the plan was written in.
 */
export const handler = httpHandler(route, async ({ caller, params, body }) => {
  const target = getExercise(body.exerciseId);
  if (!target) throw problems.validation([{ path: 'body.exerciseId', code: 'unknown_exercise', message: `"${body.exerciseId}" is not in the exercise catalog` }]);
  const result = await retryOnConflict(async () => {
    const session = await loadOwnSession(ctx, caller.userId, params.id);
    const exercises = prescribedExercises(session);
    const current = exercises[params.index];
    if (!current) {
      throw problems.validation([
        { path: 'params.index', code: 'exercise_index_out_of_range', params: { count: exercises.length }, message: `must point at one of the session's ${exercises.length} exercises` },
      ]);
    }
    const known = getExercise(current.exerciseId);
    const locale = known && known.name.fr !== known.name.en && current.name === known.name.fr ? 'fr' : 'en';
    // A prescription names catalog exercises only; an unknown one is adapted as if it had the new one's units.
    const from: SwapCandidate = known ? candidateFromCatalog(known, locale) : { ...candidateFromCatalog(target, locale), id: current.exerciseId, name: current.name };
    const outcome = swapExercise(session, { exerciseIndex: params.index, from, to: candidateFromCatalog(target, locale), now: new Date() });
    if (outcome.changed) await saveSession(ctx, outcome.session, { version: session.version, status: session.status });
    return outcome;
  });
  // A retried swap sends again too: the first answer may have been lost before the message left.
  if (result.requeueEnrichment || (!result.changed && result.session.enrichmentStatus === 'fast')) await queueEnrichment(result.session);
  return json(200, result.session);
});
