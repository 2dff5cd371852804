import { envVar, readEnv } from '../../shared/config/env';
import { InvalidProfileError, updateProfile } from '../../shared/db/entities/profile';
import { VersionConflictError } from '../../shared/db/item';
import { httpHandler } from '../../shared/http/http-handler';
import { problems } from '../../shared/http/problem';
import { json } from '../../shared/http/response';
import { route } from './put-me.route';

const env = readEnv({ TABLE_NAME: envVar.tableName });

export const handler = httpHandler(route, async ({ caller, body }) => {
  try {
    return json(200, await updateProfile(env.TABLE_NAME, caller.userId, caller.email, body));
  } catch (error) {
    if (error instanceof InvalidProfileError) throw problems.validation([{ path: `body.${error.field}`, code: 'heart_rates_inconsistent', params: { other: 'maxHeartRate' }, message: error.reason }]);
    if (error instanceof VersionConflictError) throw problems.conflict('Your profile changed meanwhile; reload and try again.', { code: 'version_conflict', entity: error.entity });
    throw error;
  }
});
