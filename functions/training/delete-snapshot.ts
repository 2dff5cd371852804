import { tableContextFromEnv } from '../../shared/db/context';
import { deleteSnapshot } from '../../shared/db/entities/session-snapshot';
import { httpHandler } from '../../shared/http/http-handler';
import { noContent } from '../../shared/http/response';
import { route } from './delete-snapshot.route';

const ctx = tableContextFromEnv();

/** "Cancel" on the recovery prompt: forget the snapshot (idempotent). */
export const handler = httpHandler(route, async ({ caller, params }) => {
  await deleteSnapshot(ctx, caller.userId, params.id);
  return noContent();
});
