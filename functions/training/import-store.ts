import { BatchGetCommand, type BatchGetCommandOutput } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../../shared/db/client';
import type { TableContext } from '../../shared/db/context';
import { isConditionalCheckFailed } from '../../shared/db/item';
import { createSession, sessionKey } from '../../shared/db/entities/training-session';
import type { TrainingSession } from '../../shared/domain/training/session';

const BATCH_GET_KEYS = 100;
/** Puts in flight at once: enough to write a few hundred sessions well within the route's timeout. */
const PUT_CONCURRENCY = 10;

/** Which of these session ids the athlete already has (BatchGetItem, keys only, 100 per request). */
export async function existingSessionIds(ctx: TableContext, userId: string, ids: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += BATCH_GET_KEYS) {
    let keys: Record<string, unknown>[] | undefined = unique.slice(i, i + BATCH_GET_KEYS).map((id) => sessionKey(userId, id));
    while (keys && keys.length > 0) {
      const result: BatchGetCommandOutput = await documentClient.send(
        new BatchGetCommand({ RequestItems: { [ctx.tableName]: { Keys: keys, ProjectionExpression: 'id' } } }),
      );
      for (const item of result.Responses?.[ctx.tableName] ?? []) found.add(String(item.id));
      keys = result.UnprocessedKeys?.[ctx.tableName]?.Keys;
    }
  }
  return found;
}

/**
 * Creates the sessions, each only if its id is free (a concurrent import of the same file loses
 * the race cleanly). Returns the ids written and those found already there.
 */
export async function putImportedSessions(ctx: TableContext, sessions: readonly TrainingSession[]): Promise<{ written: string[]; alreadyThere: string[] }> {
  const written: string[] = [];
  const alreadyThere: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < sessions.length) {
      const session = sessions[next++]!;
      try {
        await createSession(ctx, session);
        written.push(session.id);
      } catch (error) {
        if (!isConditionalCheckFailed(error)) throw error;
        alreadyThere.push(session.id);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PUT_CONCURRENCY, sessions.length) }, worker));
  return { written, alreadyThere };
}
