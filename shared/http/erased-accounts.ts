import type middy from '@middy/core';
import { AccountErasedError, isAccountErased } from '../db/entities/erased-account';
import type { HttpEvent } from './middleware';
import type { HttpResponse } from './response';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * 401 for a write whose token belongs to an erased account (its token still verifies until it
 * expires): one GetItem before every write, none on reads, which keep their single table request
 * and only find an empty partition. The profile read refuses the same way when it would recreate
 * a profile (shared/db/entities/profile.ts). Routes without a table have nothing to recreate.
 */
export function refuseErasedAccounts(): middy.MiddlewareObj<HttpEvent, HttpResponse> {
  const tableName = process.env.TABLE_NAME;
  return {
    before: async (request) => {
      const caller = request.event.parsed?.caller;
      const method = request.event.requestContext?.http?.method ?? 'GET';
      if (!caller || !tableName || READS.has(method)) return;
      if (await isAccountErased({ tableName }, caller.userId)) throw new AccountErasedError();
    },
  };
}
