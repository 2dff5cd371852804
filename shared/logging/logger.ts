import { createHash } from 'node:crypto';
import { Logger } from '@aws-lambda-powertools/logger';
import type { Context } from 'aws-lambda';

/** One logger per process; service name and level come from POWERTOOLS_* variables. */
export const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'twinforge' });

/** The caller's sub as it appears in logs: a stable pseudonym, never the sub itself. */
export const hashedSub = (sub: string): string => createHash('sha256').update(`twinforge-log:${sub}`).digest('hex').slice(0, 16);

/** Header a client (or an upstream hop) may send to tie its own logs to ours. */
export const CORRELATION_HEADER = 'x-correlation-id';
const CORRELATION_ID = /^[\w.:-]{1,128}$/;

/** A correlation id a caller sent, if it is well formed (anything else is ignored, never logged). */
export const acceptedCorrelationId = (value: string | undefined): string | undefined =>
  value !== undefined && CORRELATION_ID.test(value) ? value : undefined;

export interface InvocationKeys {
  correlationId?: string;
  /** The caller's Cognito sub: logged hashed. */
  sub?: string;
  [key: string]: string | number | undefined;
}

/**
 * Binds the logger to one invocation: request id, cold start, function name (Powertools' context
 * keys) plus the correlation id and the hashed caller. Keys of the previous invocation are dropped.
 */
export function bindInvocation(context: Context | undefined, keys: InvocationKeys = {}): void {
  logger.resetKeys();
  if (context?.awsRequestId) logger.addContext(context);
  const { sub, correlationId, ...rest } = keys;
  logger.appendKeys({
    ...rest,
    ...(correlationId ? { correlation_id: correlationId } : {}),
    ...(sub ? { user: hashedSub(sub) } : {}),
  });
}

/**
 * Binds the correlation id of the record or message being handled, or forgets the previous
 * record's when this one has none (its lines must not claim another request).
 */
export function bindCorrelation(correlationId: string | undefined): void {
  const accepted = acceptedCorrelationId(correlationId);
  if (accepted) logger.appendKeys({ correlation_id: accepted });
  else logger.removeKeys(['correlation_id']);
}

/** The correlation id bound to the current invocation, to pass on (message attribute, item field). */
export const currentCorrelationId = (): string | undefined => logger.getCorrelationId() as string | undefined;
