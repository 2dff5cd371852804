import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import type * as z from '../zod';
import type { HttpRoute } from '../../infra/manifest-types';
import type { Caller } from './caller';
import { conditionalGet, problemResponses, requireAccess, validateRequest, type Access, type HttpEvent } from './middleware';
import { refuseErasedAccounts } from './erased-accounts';
import { logInvocation } from '../logging/http-logging';
import type { HttpResponse } from './response';

export interface HttpRequest<B, Q, P, C> {
  caller: C;
  body: B;
  query: Q;
  params: P;
  event: HttpEvent;
  context: Context;
}

type CallerFor<A extends Access> = A extends 'public' ? null : Caller;

/** What `httpHandler` reads of a route: a whole `HttpRoute` fits. */
type RouteInput = Pick<HttpRoute, 'access' | 'maxBodyBytes' | 'allowErasedAccount'> & {
  contract: Pick<HttpRoute['contract'], 'summary' | 'params' | 'query' | 'body' | 'bodyOptional'>;
};

type Parsed<C, K extends 'body' | 'query' | 'params'> = C extends { [key in K]: infer S extends z.core.$ZodType } ? z.infer<S> : undefined;

/** The handler's typed request for a route (inputs from its contract, caller from its access). */
export type RequestFor<R extends RouteInput> = HttpRequest<
  Parsed<R['contract'], 'body'>,
  Parsed<R['contract'], 'query'>,
  Parsed<R['contract'], 'params'>,
  CallerFor<R['access']>
>;

/**
 * Builds the Lambda handler of one route from its definition (`functions/<capability>/<name>.route.ts`,
 * also read by the manifest): problem+json errors, caller check, body/query/path validation against
 * the route's contract, then `handle` with typed inputs. Handlers stay thin: parse → domain → answer.
 */
export function httpHandler<R extends RouteInput>(route: R, handle: (request: RequestFor<R>) => Promise<HttpResponse>) {
  const { access, contract } = route;
  const chain = middy<HttpEvent, HttpResponse, Error, Context>()
    .use(logInvocation())
    .use(problemResponses())
    .use(conditionalGet())
    .use(requireAccess(access));
  if (access !== 'public' && !route.allowErasedAccount) chain.use(refuseErasedAccounts());
  return chain
    .use(
      validateRequest({
        body: contract.body,
        query: contract.query,
        params: contract.params,
        bodyOptional: contract.bodyOptional,
        maxBodyBytes: route.maxBodyBytes,
      }),
    )
    .handler(async (event, context) => {
      const parsed = event.parsed!;
      return handle({ caller: parsed.caller, body: parsed.body, query: parsed.query, params: parsed.params, event, context } as RequestFor<R>);
    });
}
