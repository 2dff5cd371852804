import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { Context, DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { envVar, readEnv } from '../../shared/config/env';
import { tableContextFromEnv } from '../../shared/db/context';
import { illustrationUsageCounted, markIllustrationUsageCounted } from '../../shared/db/entities/illustration-usage';
import { unpacked } from '../../shared/db/entities/training-session-packing';
import { getExercise } from '../../shared/domain/catalog';
import { disciplineSchema } from '../../shared/domain/catalog/schema';
import { correlationOfStreamRecord } from '../../shared/logging/event-correlation';
import { bindCorrelation, bindInvocation, logger } from '../../shared/logging/logger';
import { prepareForPrescription } from './library';
import { prescribedRefs } from './prescribed';

const ctx = tableContextFromEnv();
const env = readEnv({ QUEUE_URL_ILLUSTRATIONS: envVar.queueUrl });

/**
 * Stream INSERT of a training session → each prescribed exercise's illustration is counted as
 * used, or its generation queued (once per exercise and discipline), off the request path.
 * Counted once per session: a redelivered record finds the session's mark and counts nothing.
 */
export const handler = async (event: DynamoDBStreamEvent, context?: Context): Promise<DynamoDBBatchResponse> => {
  bindInvocation(context);
  const failures: { itemIdentifier: string }[] = [];
  for (const record of event.Records) {
    bindCorrelation(correlationOfStreamRecord(record));
    const session = unpacked(unmarshall(record.dynamodb!.NewImage as Record<string, AttributeValue>));
    try {
      if (!disciplineSchema.safeParse(session.discipline).success) continue;
      const [userId, sessionId] = [String(session.userId), String(session.id)];
      if (await illustrationUsageCounted(ctx, userId, sessionId)) continue;
      const refs = prescribedRefs(session as { discipline: string; prescription: unknown }).filter((ref) => getExercise(ref.exerciseId));
      const queued = await prepareForPrescription(ctx, env.QUEUE_URL_ILLUSTRATIONS, refs);
      await markIllustrationUsageCounted(ctx, userId, sessionId);
      if (queued) logger.info('illustrations queued for a new prescription', { sessionId: session.id, queued });
    } catch (error) {
      logger.warn('could not prepare illustrations', { sessionId: session.id, error: (error as Error).message });
      failures.push({ itemIdentifier: record.dynamodb!.SequenceNumber! });
    }
  }
  return { batchItemFailures: failures };
};
