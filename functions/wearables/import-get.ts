import { tableContextFromEnv } from '../../shared/db/context';
import { getImportJob } from '../../shared/db/entities/wearable-import';
import { httpHandler } from '../../shared/http/http-handler';
import { problems } from '../../shared/http/problem';
import { json } from '../../shared/http/response';
import { route } from './import-get.route';

const ctx = tableContextFromEnv();

export const handler = httpHandler(route, async ({ caller, params }) => {
  const job = await getImportJob(ctx, caller.userId, params.id);
  if (!job) throw problems.notFound(`Import ${params.id}`);
  const { userId: _owner, ...answer } = job;
  return json(200, answer);
});
