import { tableContextFromEnv } from '../../shared/db/context';
import { listRecords } from '../../shared/db/entities/personal-record';
import { httpHandler } from '../../shared/http/http-handler';
import { json } from '../../shared/http/response';
import { route } from './get-records.route';

const ctx = tableContextFromEnv();

/** Personal records (estimated 1RM with its formula, heaviest load, best volume, distance, pace, duration). One Query. */
export const handler = httpHandler(route, async ({ caller }) => json(200, { items: await listRecords(ctx, caller.userId) }, { maxAgeSeconds: 300 }));
