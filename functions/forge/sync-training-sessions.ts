import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { tableContextFromEnv } from '../../shared/db/context';
import { deleteSyncedActivity, upsertSyncedActivity } from '../../shared/db/entities/activity';
import { getSessionWearable, SESSION_WEARABLE_ENTITY } from '../../shared/db/entities/session-wearable';
import { fromItem as sessionFromItem, getSession, sessionKey, TRAINING_SESSION_ENTITY } from '../../shared/db/entities/training-session';
import { activityFromSession } from '../../shared/domain/forge/activity';
import { logger } from '../../shared/logging/logger';
import { businessMetrics } from '../../shared/logging/metrics';
import { orderedStreamHandler } from '../../shared/stream/ordered-stream-handler';
import { itemExists } from '../../shared/db/item-exists';

const ctx = tableContextFromEnv();

type Image = Record<string, AttributeValue> | undefined;
const plain = (raw: Image) => (raw ? unmarshall(raw) : null);

/**
 * Sync Training → Forge (one way). The manifest filter only lets through training sessions that
 * are completed (INSERT/MODIFY) or were completed (REMOVE):
 * - a completed session (new, or edited later) → its one activity `ts_<sessionId>`, written at the
 *   session's version: a redelivered or out-of-order older version is ignored by the repository;
 * - a deleted completed session → its activity is deleted (a no-op when already gone).
 * A record read after its session was deleted (lag, or the account was deleted) deletes instead of
 * writing, so nothing derived outlives its source. The day totals follow from the activity's own
 * stream records (apply-activity-changes). Nothing here ever writes to Training items.
 */
export async function syncRecord(record: DynamoDBRecord): Promise<void> {
  const after = plain(record.dynamodb?.NewImage as Image);
  const wearable = after ?? plain(record.dynamodb?.OldImage as Image);
  if (wearable?.entity === SESSION_WEARABLE_ENTITY) {
    // The HR of a completed session changed after its sync: the same session version, written again with it.
    const session = await getSession(ctx, String(wearable.userId), String(wearable.sessionId));
    if (session?.status !== 'completed') return;
    const metrics = await getSessionWearable(ctx, session.userId, session.id);
    const outcome = await upsertSyncedActivity(ctx, activityFromSession(session, metrics), { sameVersion: true });
    logger.debug('session wearable changed; Forge activity re-synced', { sessionId: session.id, outcome });
    return;
  }
  if (after?.entity === TRAINING_SESSION_ENTITY && after.status === 'completed') {
    const session = sessionFromItem(after);
    if (!(await itemExists(ctx, sessionKey(session.userId, session.id)))) {
      await deleteSyncedActivity(ctx, session.userId, session.id);
      logger.debug('session gone before its record was synced; no activity', { sessionId: session.id });
      return;
    }
    const wearable = await getSessionWearable(ctx, session.userId, session.id);
    const outcome = await upsertSyncedActivity(ctx, activityFromSession(session, wearable));
    const justCompleted = plain(record.dynamodb?.OldImage as Image)?.status !== 'completed';
    // Sync lag = completion → its activity in Forge; later edits of an old session would only inflate it.
    if (outcome === 'written' && justCompleted && session.completedAt) businessMetrics.syncLag(Date.now() - Date.parse(session.completedAt));
    logger.debug('session synced to Forge', { sessionId: session.id, version: session.version, outcome });
    return;
  }
  const before = plain(record.dynamodb?.OldImage as Image);
  if (before?.entity === TRAINING_SESSION_ENTITY && before.status === 'completed') {
    // Deleted (or, though the lifecycle forbids it, no longer completed). Only the ids are needed:
    // no full parse, so an old image of an older schema still deletes.
    const removed = await deleteSyncedActivity(ctx, String(before.userId), String(before.id));
    logger.debug('session deleted; Forge activity removed', { sessionId: before.id, removed });
  }
}

export const handler = orderedStreamHandler('sync-training-sessions', syncRecord);
