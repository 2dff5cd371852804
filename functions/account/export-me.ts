import { tableContextFromEnv } from '../../shared/db/context';
import { exportUserItems } from '../../shared/db/entities/account';
import { exportToCsv } from '../../shared/domain/account/export-csv';
import { httpHandler } from '../../shared/http/http-handler';
import { json } from '../../shared/http/response';
import { route } from './export-me.route';

const ctx = tableContextFromEnv();

/** GET /me/export: everything of the caller's (never token ciphertexts), as JSON or CSV. */
export const handler = httpHandler(route, async ({ caller, query }) => {
  const data = await exportUserItems(ctx, caller.userId);
  const filename = `twinforge-export-${data.exportedAt.slice(0, 10)}`;
  if (query.format === 'json') {
    return json(200, data, { headers: { 'content-disposition': `attachment; filename="${filename}.json"` } });
  }
  return {
    statusCode: 200,
    headers: { 'content-type': 'text/csv; charset=utf-8', 'cache-control': 'no-store', 'content-disposition': `attachment; filename="${filename}.csv"` },
    body: exportToCsv(data.entities),
  };
});
