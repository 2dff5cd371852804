import type middy from '@middy/core';
import { AccountErasedError, isAccountErased, isAccountErasedCached } from '../db/entities/erased-account';
import type { HttpEvent } from './middleware';
import type { HttpResponse } from './response';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * 401 for every request whose token belongs to an erased account (a token still verifies until it
 * expires: the JWT authorizer never asks Cognito). Writes ask the table every time (one
 * consistent GetItem), so nothing is ever recreated. Reads use this instance's cached answer
 * (`isAccountErasedCached`), so they keep one table request in steady state; their window: a read
 * is refused at the latest `NOT_ERASED_TRUST_MS` (60 s) after the erasure, at once on the instance
 * that erased, and in between it only finds an empty partition. Routes without a table have
 * nothing to protect.
 */
export function refuseErasedAccounts(): middy.MiddlewareObj<HttpEvent, HttpResponse> {
  const tableName = process.env.TABLE_NAME;
  return {
    before: async (request) => {
      const caller = request.event.parsed?.caller;
      if (!caller || !tableName) return;
      const method = request.event.requestContext?.http?.method ?? 'GET';
      const erased = READS.has(method) ? await isAccountErasedCached({ tableName }, caller.userId) : await isAccountErased({ tableName }, caller.userId);
      if (erased) throw new AccountErasedError();
    },
  };
}
