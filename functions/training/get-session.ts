import { tableContextFromEnv } from '../../shared/db/context';
import { httpHandler } from '../../shared/http/http-handler';
import { json } from '../../shared/http/response';
import { illustrationsForSession } from '../illustrations/session-illustrations';
import { loadOwnSession } from './own-session';
import { route } from './get-session.route';

const ctx = tableContextFromEnv();

export const handler = httpHandler(route, async ({ caller, params }) => {
  const session = await loadOwnSession(ctx, caller.userId, params.id);
  return json(200, { ...session, illustrations: await illustrationsForSession(ctx, session) });
});
