import { VersionConflictError } from '../../shared/db/item';
import type { TableContext } from '../../shared/db/context';
import { getSession } from '../../shared/db/entities/training-session';
import type { TrainingSession } from '../../shared/domain/training/session';
import { problems } from '../../shared/http/problem';

/** The caller's session or 404 (another user's id is simply not in the caller's partition). */
export async function loadOwnSession(ctx: TableContext, userId: string, id: string): Promise<TrainingSession> {
  const session = await getSession(ctx, userId, id);
  if (!session) throw problems.notFound(`Session ${id}`);
  return session;
}

/**
 * Runs a read-change-write of a session again when the write meets a version conflict. The
 * enrichment worker updates a session's enrichment fields in the background; re-reading and
 * re-applying the athlete's change keeps both (a real illegal change still fails on re-read).
 */
export async function retryOnConflict<T>(operation: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      if (!(error instanceof VersionConflictError) || attempt >= attempts) throw error;
    }
  }
}
