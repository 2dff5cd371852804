import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { sessionEnrichmentSchema, type SessionEnrichment } from '../../domain/training/enrichment';
import { documentClient } from '../client';
import type { TableContext } from '../context';
import { withoutStorageAttributes } from '../item';
import { sessionItemKeys } from '../keys';
import { packAttributes, unpackAttributes } from '../packing';
import { sessionKey } from './training-session';

export const SESSION_ENRICHMENT_ENTITY = 'sessionEnrichment';
export const enrichmentKey = (userId: string, sessionId: string) => sessionItemKeys(userId, sessionId).enrichment;

/** The content (~7 KB of cues, mistakes, progressions and analysis for 5 exercises) is stored deflated (shared/db/packing.ts): ~5× fewer write units and bytes stored. */
const PACKED_ATTRIBUTES = ['exercises', 'coachAnalysis'] as const;

export const toItem = (enrichment: SessionEnrichment): Record<string, unknown> =>
  packAttributes({ ...enrichmentKey(enrichment.userId, enrichment.sessionId), entity: SESSION_ENRICHMENT_ENTITY, ...enrichment }, PACKED_ATTRIBUTES);

export const fromItem = (item: Record<string, unknown>): SessionEnrichment => sessionEnrichmentSchema.parse(withoutStorageAttributes(unpackAttributes(item, PACKED_ATTRIBUTES)));

/**
 * Enrichment worker: stores (or replaces) a session's enrichment content, in one transaction with
 * a check that the session still exists, so a session deleted while it was being enriched leaves
 * no orphan. False when the session is gone. Write this before flipping the session's
 * enrichmentStatus, so a reader that sees `enriched` always finds the content.
 */
export async function putSessionEnrichment(ctx: TableContext, enrichment: SessionEnrichment): Promise<boolean> {
  const valid = sessionEnrichmentSchema.parse(enrichment);
  try {
    await documentClient.send(
      new TransactWriteCommand({
        TransactItems: [
          { ConditionCheck: { TableName: ctx.tableName, Key: sessionKey(valid.userId, valid.sessionId), ConditionExpression: 'attribute_exists(PK)' } },
          { Put: { TableName: ctx.tableName, Item: toItem(valid) } },
        ],
      }),
    );
    return true;
  } catch (error) {
    if ((error as Error).name === 'TransactionCanceledException') return false;
    throw error;
  }
}

/** GetItem `SESSION#<id>#ENRICHMENT` (session detail once enriched). */
export async function getSessionEnrichment(ctx: TableContext, userId: string, sessionId: string): Promise<SessionEnrichment | null> {
  const result = await documentClient.send(new GetCommand({ TableName: ctx.tableName, Key: enrichmentKey(userId, sessionId) }));
  return result.Item ? fromItem(result.Item) : null;
}
