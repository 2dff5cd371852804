import { tableContextFromEnv } from '../../shared/db/context';
import { httpHandler } from '../../shared/http/http-handler';
import { json } from '../../shared/http/response';
import { loadOwnSession } from './own-session';
import { sessionIdParams } from './schemas';

const ctx = tableContextFromEnv();

export const handler = httpHandler({ access: 'user', params: sessionIdParams }, async ({ caller, params }) =>
  json(200, await loadOwnSession(ctx, caller.userId, params.id)),
);
