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
