import { tableContextFromEnv } from '../../shared/db/context';
import { deleteSnapshot } from '../../shared/db/entities/session-snapshot';
import { httpHandler } from '../../shared/http/http-handler';
import { noContent } from '../../shared/http/response';
import { sessionIdParams } from './schemas';

const ctx = tableContextFromEnv();

/** "Cancel" on the recovery prompt: forget the snapshot (idempotent). */
export const handler = httpHandler({ access: 'user', params: sessionIdParams }, async ({ caller, params }) => {
  await deleteSnapshot(ctx, caller.userId, params.id);
  return noContent();
});
