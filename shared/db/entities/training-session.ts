import { GetCommand, PutCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { referenceInstant, trainingSessionSchema, type SessionStatus, type TrainingSession } from '../../domain/training/session';
import { listFieldsOf, sessionListItemSchema, type SessionListItem } from '../../domain/training/session-summary';
import { sessionsAheadInQueue } from '../../domain/training/enrichment-queue';
import { needsEnrichment } from '../../domain/training/enrichment-status';
import { CORRELATION_ATTRIBUTE } from '../../logging/event-correlation';
import { currentCorrelationId } from '../../logging/logger';
import { documentClient } from '../client';
import type { TableContext } from '../context';
import { isConditionalCheckFailed, VersionConflictError, withoutStorageAttributes } from '../item';
import { openPartition, sessionItemKeys, sessionListPartition, userPartition } from '../keys';
import { queryPage, type Page } from '../query';
import { shardOf } from '../shards';
import { issueEnrichmentTicket, markEnrichmentStarted, readEnrichmentQueueCounters } from './enrichment-queue';
import { packed, unpacked } from './training-session-packing';
import { GSI1, GSI3, GSI4, tableDefinition, type IndexName } from '../table-definition';

import { TRAINING_SESSION_ENTITY } from '../entity-names';

export { TRAINING_SESSION_ENTITY };
export const sessionKey = (userId: string, id: string) => sessionItemKeys(userId, id).session;
export const historyPartition = (userId: string) => `${userPartition(userId)}#TRAINING`;
export const ENRICHMENT_QUEUE_PARTITION = 'ENRICH#QUEUE';
/**
 * A queued session's every write also writes its (full, ~6 KB) GSI3 entry, and under a backlog
 * athletes log their sets while still queued: up to ~1,200 index write units per second on one
 * partition at the 1,000,000-athlete peak (docs/scale.md), so the queue index is spread over 8
 * shards by user. Shard 0 keeps the unsharded name, so sessions queued before are still counted.
 */
export const ENRICHMENT_QUEUE_SHARDS = 8;
export const enrichmentQueueShardPartition = (shard: number): string => (shard === 0 ? ENRICHMENT_QUEUE_PARTITION : `${ENRICHMENT_QUEUE_PARTITION}#${shard}`);
export const enrichmentQueuePartition = (userId: string): string => enrichmentQueueShardPartition(shardOf(userId, ENRICHMENT_QUEUE_SHARDS));

/** Queue order: higher priority first, then first queued. */
export const enrichmentQueueSortKey = (session: Pick<TrainingSession, 'enrichmentPriority' | 'enrichmentQueuedAt' | 'createdAt' | 'id'>) =>
  `${String(10 - session.enrichmentPriority).padStart(2, '0')}#${session.enrichmentQueuedAt ?? session.createdAt}#${session.id}`;

/**
 * The session item. Besides the session it carries its list fields (`setCount`, `bestSets`,
 * derived from the logged sets on every write) and the GSI4 keys: GSI4 projects only those list
 * fields, so History reads small items that can never disagree with, or outlive, their session.
 * The full copy in GSI1 is only for completed sessions (the only ones its readers ask for): an
 * open session's writes (start, every set) do not rewrite it there too.
 * The correlation id of the request (or message) that writes it rides along, so the stream
 * record, and the messages it causes, name that request.
 */
export function toItem(session: TrainingSession): Record<string, unknown> {
  const historySortKey = `${session.localDay}#${referenceInstant(session)}#${session.id}`;
  const item: Record<string, unknown> = {
    ...sessionKey(session.userId, session.id),
    entity: TRAINING_SESSION_ENTITY,
    GSI4PK: sessionListPartition(session.userId),
    GSI4SK: historySortKey,
    ...session,
    ...listFieldsOf(session),
  };
  const correlationId = currentCorrelationId();
  if (correlationId) item[CORRELATION_ATTRIBUTE] = correlationId;
  if (session.status === 'completed') {
    item.GSI1PK = historyPartition(session.userId);
    item.GSI1SK = historySortKey;
  } else {
    item.GSI2PK = openPartition(session.userId);
    item.GSI2SK = `SESSION#${session.id}`;
    // Today's summary reads it from GSI5, which does not project the prescription.
    item.estimatedDurationMin = session.prescription.estimatedDurationMin;
  }
  if (session.enrichmentStatus === 'fast' || session.enrichmentStatus === 'enriching') {
    item.GSI3PK = enrichmentQueuePartition(session.userId);
    item.GSI3SK = enrichmentQueueSortKey(session);
  }
  return packed(item);
}

export const fromItem = (item: Record<string, unknown>): TrainingSession => trainingSessionSchema.parse(unpacked(withoutStorageAttributes(item)));
const listItemFromItem = (item: Record<string, unknown>): SessionListItem => sessionListItemSchema.parse(withoutStorageAttributes(item));

/**
 * The queue ticket, kept by the repository on every write: a session entering the enrichment
 * queue takes one, a session being enriched raises "started up to" of its priority, a session
 * leaving the queue drops it (shared/domain/training/enrichment-queue.ts).
 */
async function withQueueTicket(ctx: TableContext, session: TrainingSession): Promise<TrainingSession> {
  if (!needsEnrichment(session)) {
    if (session.enrichmentTicket === undefined) return session;
    const { enrichmentTicket: _left, ...rest } = session;
    return rest;
  }
  const ticket = session.enrichmentTicket ?? (await issueEnrichmentTicket(ctx, session.enrichmentPriority));
  if (session.enrichmentStatus === 'enriching') await markEnrichmentStarted(ctx, session.enrichmentPriority, ticket);
  return { ...session, enrichmentTicket: ticket };
}

/** Creates a session; fails if the id exists (never overwrites). */
export async function createSession(ctx: TableContext, session: TrainingSession): Promise<void> {
  const item = toItem(await withQueueTicket(ctx, session));
  await documentClient.send(new PutCommand({ TableName: ctx.tableName, Item: item, ConditionExpression: 'attribute_not_exists(PK)' }));
}

export async function getSession(ctx: TableContext, userId: string, id: string): Promise<TrainingSession | null> {
  const result = await documentClient.send(new GetCommand({ TableName: ctx.tableName, Key: sessionKey(userId, id) }));
  return result.Item ? fromItem(result.Item) : null;
}

/**
 * Writes the next state of a session, only if it still has the version and status that were read
 * (optimistic locking; a completed session can never be written back to draft by a stale writer).
 */
export async function saveSession(ctx: TableContext, next: TrainingSession, expected: { version: number; status: SessionStatus }): Promise<void> {
  const item = toItem(await withQueueTicket(ctx, next));
  try {
    await documentClient.send(
      new PutCommand({
        TableName: ctx.tableName,
        Item: item,
        ConditionExpression: '#version = :version AND #status = :status',
        ExpressionAttributeNames: { '#version': 'version', '#status': 'status' },
        ExpressionAttributeValues: { ':version': expected.version, ':status': expected.status },
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      }),
    );
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
    const current = (error as { Item?: Record<string, { N?: string }> }).Item?.version?.N;
    throw new VersionConflictError(TRAINING_SESSION_ENTITY, current ? Number(current) : undefined);
  }
}

/** Completion: the session's new state and the removal of its recovery snapshot, together. */
export async function completeSessionAtomically(ctx: TableContext, next: TrainingSession, expected: { version: number }): Promise<void> {
  const item = toItem(await withQueueTicket(ctx, next));
  try {
    await documentClient.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: ctx.tableName,
              Item: item,
              ConditionExpression: '#version = :version AND #status = :active',
              ExpressionAttributeNames: { '#version': 'version', '#status': 'status' },
              ExpressionAttributeValues: { ':version': expected.version, ':active': 'active' },
            },
          },
          { Delete: { TableName: ctx.tableName, Key: sessionItemKeys(next.userId, next.id).snapshot } },
        ],
      }),
    );
  } catch (error) {
    if ((error as Error).name === 'TransactionCanceledException') throw new VersionConflictError(TRAINING_SESSION_ENTITY);
    throw error;
  }
}

/** Deletes a session and its 1:1 companions (enrichment, wearable metrics, snapshot) in one transaction. */
export async function deleteSession(ctx: TableContext, userId: string, id: string): Promise<boolean> {
  const keys = sessionItemKeys(userId, id);
  const companion = (Key: { PK: string; SK: string }) => ({ Delete: { TableName: ctx.tableName, Key } });
  try {
    await documentClient.send(
      new TransactWriteCommand({
        TransactItems: [
          { Delete: { TableName: ctx.tableName, Key: sessionKey(userId, id), ConditionExpression: 'attribute_exists(PK)' } },
          companion(keys.enrichment),
          companion(keys.wearable),
          companion(keys.snapshot),
        ],
      }),
    );
    return true;
  } catch (error) {
    if ((error as Error).name === 'TransactionCanceledException') return false;
    throw error;
  }
}

export interface HistoryFilter {
  fromDay: string;
  toDay: string;
  coach?: string;
  discipline?: string;
  status?: SessionStatus;
  limit: number;
  cursor?: string;
}

/** One Query of `index` over local days [fromDay, toDay], newest first, optional coach/discipline/status. */
function historyQuery<T>(
  ctx: TableContext,
  userId: string,
  index: { name: IndexName; partition: string; cursorName: string; parse: (item: Record<string, unknown>) => T },
  filter: HistoryFilter,
): Promise<Page<T>> {
  const keys = tableDefinition.indexes.find((candidate) => candidate.name === index.name)!;
  const conditions: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = { ':pk': index.partition, ':from': `${filter.fromDay}#`, ':to': `${filter.toDay}#~` };
  for (const field of ['coach', 'discipline', 'status'] as const) {
    if (filter[field]) {
      conditions.push(`#${field} = :${field}`);
      names[`#${field}`] = field;
      values[`:${field}`] = filter[field];
    }
  }
  return queryPage(
    ctx,
    {
      IndexName: index.name,
      KeyConditionExpression: `${keys.partitionKey} = :pk AND ${keys.sortKey} BETWEEN :from AND :to`,
      FilterExpression: conditions.length ? conditions.join(' AND ') : undefined,
      ExpressionAttributeNames: conditions.length ? names : undefined,
      ExpressionAttributeValues: values,
      ScanIndexForward: false,
    },
    {
      limit: filter.limit,
      cursor: filter.cursor,
      scope: { userId, query: `${index.cursorName}:${filter.fromDay}:${filter.toDay}:${filter.coach ?? ''}:${filter.discipline ?? ''}:${filter.status ?? ''}` },
      parse: index.parse,
    },
  );
}

/**
 * Completed sessions in full (prescription, logged sets), newest first: for the coaches, insights
 * and wearable matching. One Query of GSI1, which holds completed sessions only.
 */
export const listSessionHistory = (ctx: TableContext, userId: string, filter: Omit<HistoryFilter, 'status'> & { status?: 'completed' }): Promise<Page<TrainingSession>> =>
  historyQuery(ctx, userId, { name: GSI1, partition: historyPartition(userId), cursorName: 'history', parse: fromItem }, filter);

/** History as GET /training/sessions lists it: light list items, newest first. One Query of GSI4 (small items). */
export const listSessionSummaries = (ctx: TableContext, userId: string, filter: HistoryFilter): Promise<Page<SessionListItem>> =>
  historyQuery(ctx, userId, { name: GSI4, partition: sessionListPartition(userId), cursorName: 'history-list', parse: listItemFromItem }, filter);

/**
 * Sessions ahead of this one (as read from the table, with its ticket) in the enrichment queue:
 * higher priority, or same priority and an earlier ticket, not yet started. One GetItem of the
 * queue counters whatever the backlog; `maxAgeMs` lets an instance reuse a read that recent.
 */
export async function enrichmentQueuePosition(ctx: TableContext, session: TrainingSession, options: { maxAgeMs?: number } = {}): Promise<number> {
  const counters = await readEnrichmentQueueCounters(ctx, options);
  return sessionsAheadInQueue(counters, session.enrichmentPriority, session.enrichmentTicket);
}

/**
 * Admin: how many sessions wait for enrichment, counted exactly over the queue index (paginated
 * COUNT, O(backlog)): an admin's occasional look, never an athlete's poll.
 */
export async function enrichmentQueueDepth(ctx: TableContext): Promise<number> {
  const countShard = async (partition: string) => {
    let count = 0;
    let startKey: Record<string, unknown> | undefined;
    do {
      const result = await documentClient.send(
        new QueryCommand({ TableName: ctx.tableName, IndexName: GSI3, KeyConditionExpression: 'GSI3PK = :pk', ExpressionAttributeValues: { ':pk': partition }, Select: 'COUNT', ExclusiveStartKey: startKey }),
      );
      count += result.Count ?? 0;
      startKey = result.LastEvaluatedKey;
    } while (startKey);
    return count;
  };
  const counts = await Promise.all(Array.from({ length: ENRICHMENT_QUEUE_SHARDS }, (_, shard) => countShard(enrichmentQueueShardPartition(shard))));
  return counts.reduce((sum, count) => sum + count, 0);
}
