import { envVar, readEnv } from '../../shared/config/env';
import { getOrCreateProfile } from '../../shared/db/entities/profile';
import { httpHandler } from '../../shared/http/http-handler';
import { json } from '../../shared/http/response';
import { route } from './get-me.route';

const env = readEnv({ TABLE_NAME: envVar.tableName });

export const handler = httpHandler(route, async ({ caller }) =>
  json(200, await getOrCreateProfile(env.TABLE_NAME, caller.userId, caller.email)),
);
