import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import type { z } from 'zod';
import type { Caller } from './caller';
import { conditionalGet, problemResponses, requireAccess, validateRequest, type Access, type HttpEvent } from './middleware';
import { refuseErasedAccounts } from './erased-accounts';
import type { HttpResponse } from './response';


type Infer<T> = T extends z.ZodType ? z.infer<T> : undefined;

export interface HttpRequest<B, Q, P, C> {
  caller: C;
  body: B;
  query: Q;
  params: P;
  event: HttpEvent;
  context: Context;
}

type CallerFor<A extends Access> = A extends 'public' ? null : Caller;

/**
 * Builds a Lambda handler for one route: problem+json errors, caller check, body/query/path
 * validation, then `handle` with typed inputs. Handlers stay thin: parse → domain → answer.
 */
export function httpHandler<
  A extends Access,
  B extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  P extends z.ZodType | undefined = undefined,
>(
  spec: {
    access: A;
    body?: B;
    query?: Q;
    params?: P;
    maxBodyBytes?: number;
    bodyOptional?: boolean;
    /** DELETE /me only: an erasure that stopped halfway can be run again with the same token. */
    allowErasedAccount?: boolean;
  },
  handle: (request: HttpRequest<Infer<B>, Infer<Q>, Infer<P>, CallerFor<A>>) => Promise<HttpResponse>,
) {
  const chain = middy<HttpEvent, HttpResponse, Error, Context>()
    .use(problemResponses())
    .use(conditionalGet())
    .use(requireAccess(spec.access));
  if (spec.access !== 'public' && !spec.allowErasedAccount) chain.use(refuseErasedAccounts());
  return chain
    .use(validateRequest({ body: spec.body, query: spec.query, params: spec.params, maxBodyBytes: spec.maxBodyBytes, bodyOptional: spec.bodyOptional }))
    .handler(async (event, context) => {
      const parsed = event.parsed!;
      return handle({
        caller: parsed.caller as CallerFor<A>,
        body: parsed.body as Infer<B>,
        query: parsed.query as Infer<Q>,
        params: parsed.params as Infer<P>,
        event,
        context,
      });
    });
}
