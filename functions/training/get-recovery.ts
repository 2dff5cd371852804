import { tableContextFromEnv } from '../../shared/db/context';
import { latestSnapshot } from '../../shared/db/entities/session-snapshot';
import { httpHandler } from '../../shared/http/http-handler';
import { json, noContent } from '../../shared/http/response';
import { route } from './get-recovery.route';

const ctx = tableContextFromEnv();

/** The latest snapshot under 24 h to offer on app open, or 204. One Query. */
export const handler = httpHandler(route, async ({ caller }) => {
  const snapshot = await latestSnapshot(ctx, caller.userId);
  return snapshot ? json(200, snapshot) : noContent();
});
