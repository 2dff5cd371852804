import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { tableContextFromEnv } from '../../shared/db/context';
import { logger } from '../../shared/logging/logger';
import { orderedStreamHandler } from '../../shared/stream/ordered-stream-handler';
import { matchCompletedSession } from '../../shared/wearables/ingest';

const ctx = tableContextFromEnv();

type Image = Record<string, AttributeValue> | undefined;

/**
 * A session just completed (the manifest filter passes completed INSERT/MODIFY records): a
 * wearable workout imported earlier that overlaps it is linked now, and leaves Forge as a
 * separate activity (the session's own activity carries its HR).
 */
export async function matchRecord(record: DynamoDBRecord): Promise<void> {
  const before = record.dynamodb?.OldImage ? unmarshall(record.dynamodb.OldImage as Image & object) : null;
  if (before?.status === 'completed') return;
  const after = unmarshall(record.dynamodb!.NewImage as Image & object);
  const linked = await matchCompletedSession(ctx, String(after.userId), String(after.id));
  if (linked) logger.debug('wearable workout linked to a completed session', { sessionId: after.id, workout: linked });
}

export const handler = orderedStreamHandler('match-completed-sessions', matchRecord);
