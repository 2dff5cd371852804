import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { EnrichmentQueueCounters } from '../../domain/training/enrichment-queue';
import { documentClient } from '../client';
import type { TableContext } from '../context';
import { isConditionalCheckFailed } from '../item';

export const ENRICHMENT_QUEUE_COUNTERS_ENTITY = 'enrichmentQueueCounters';
/** One small item: per priority `issued_<p>` (last ticket) and `started_<p>` (highest ticket started). */
export const enrichmentQueueCountersKey = { PK: 'ENRICH#QUEUE#COUNTERS', SK: 'COUNTERS' } as const;

const issuedName = (priority: number) => `issued_${priority}`;
const startedName = (priority: number) => `started_${priority}`;

/** The next ticket of `priority`: one atomic ADD on the counters item. */
export async function issueEnrichmentTicket(ctx: TableContext, priority: number): Promise<number> {
  const result = await documentClient.send(
    new UpdateCommand({
      TableName: ctx.tableName,
      Key: enrichmentQueueCountersKey,
      UpdateExpression: 'ADD #issued :one SET entity = :entity',
      ExpressionAttributeNames: { '#issued': issuedName(priority) },
      ExpressionAttributeValues: { ':one': 1, ':entity': ENRICHMENT_QUEUE_COUNTERS_ENTITY },
      ReturnValues: 'UPDATED_NEW',
    }),
  );
  return Number(result.Attributes![issuedName(priority)]);
}

/** The worker started `ticket`: raises "started up to" of its priority, never lowers it (idempotent, order-free). */
export async function markEnrichmentStarted(ctx: TableContext, priority: number, ticket: number): Promise<void> {
  try {
    await documentClient.send(
      new UpdateCommand({
        TableName: ctx.tableName,
        Key: enrichmentQueueCountersKey,
        UpdateExpression: 'SET #started = :ticket, entity = :entity',
        ConditionExpression: 'attribute_not_exists(#started) OR #started < :ticket',
        ExpressionAttributeNames: { '#started': startedName(priority) },
        ExpressionAttributeValues: { ':ticket': ticket, ':entity': ENRICHMENT_QUEUE_COUNTERS_ENTITY },
      }),
    );
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
  }
}

let cached: { tableName: string; at: number; counters: EnrichmentQueueCounters } | null = null;

/**
 * The counters (one eventually consistent GetItem). With `maxAgeMs`, an instance reuses what it
 * read that recently: every waiting athlete polls every 2 s, so at a large backlog the item would
 * otherwise take one read per poll; cached for 1 s it takes at most one per instance and second.
 */
export async function readEnrichmentQueueCounters(ctx: TableContext, options: { maxAgeMs?: number; now?: number } = {}): Promise<EnrichmentQueueCounters> {
  const now = options.now ?? Date.now();
  if (options.maxAgeMs && cached && cached.tableName === ctx.tableName && now - cached.at < options.maxAgeMs) return cached.counters;
  const { Item = {} } = await documentClient.send(new GetCommand({ TableName: ctx.tableName, Key: enrichmentQueueCountersKey }));
  const issued: Record<number, number> = {};
  const startedUpTo: Record<number, number> = {};
  for (const [name, value] of Object.entries(Item)) {
    const [kind, priority] = name.split('_');
    if (kind === 'issued') issued[Number(priority)] = Number(value);
    if (kind === 'started') startedUpTo[Number(priority)] = Number(value);
  }
  const counters = { issued, startedUpTo };
  cached = { tableName: ctx.tableName, at: now, counters };
  return counters;
}
