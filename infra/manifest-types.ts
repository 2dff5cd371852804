import type { z } from 'zod';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Who may call a route. `user` and `admin` need a verified Cognito token; `admin` also the "admin" group. */
export type Access = 'public' | 'user' | 'admin';

/** Named resources a handler may touch; CDK turns each into a least-privilege grant. */
export type Grant =
  | 'table:read'
  | 'table:write'
  | `queue:${string}:send`
  | `queue:${string}:read`
  /** Read the depth of a queue and its DLQ (admin stats). */
  | `queue:${string}:stats`
  | 'bucket:illustrations:read'
  | 'bucket:illustrations:write'
  | 'secret:openai:read'
  | 'kms:wearables'
  | 'cognito:admin';

export interface RouteContract {
  summary: string;
  tags: string[];
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** Status code → response description and (optional) JSON body schema. */
  responses: Record<number, { description: string; schema?: z.ZodType; contentType?: string }>;
}

export interface FunctionSettings {
  /** Repository-relative path of the module exporting `handler`. */
  handler: string;
  grants: Grant[];
  timeoutSeconds?: number;
  memoryMb?: number;
}

export interface HttpRoute extends FunctionSettings {
  name: string;
  method: HttpMethod;
  /** API Gateway path syntax, e.g. `/training/sessions/{id}`. */
  path: string;
  access: Access;
  contract: RouteContract;
}

/** A Lambda event filter pattern (https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html). */
export type FilterPattern = Record<string, unknown>;

export interface StreamConsumer extends FunctionSettings {
  name: string;
  /** Records matching any pattern are delivered; the rest never reach the handler. */
  filters: FilterPattern[];
  batchSize: number;
  /** Retries of a failing batch (bisected) before it goes to the on-failure queue. */
  maxRetries: number;
}

export interface QueueEntry extends FunctionSettings {
  name: string;
  batchSize: number;
  visibilityTimeoutSeconds: number;
  /** Receives before SQS moves a message to the queue's DLQ. */
  maxReceiveCount: number;
}

export interface ScheduleEntry extends FunctionSettings {
  name: string;
  /** EventBridge expression: `rate(15 minutes)` or `cron(0 3 * * ? *)` (UTC). */
  expression: string;
  description: string;
}

export interface Manifest {
  routes: HttpRoute[];
  streamConsumers: StreamConsumer[];
  queues: QueueEntry[];
  schedules: ScheduleEntry[];
}

/** Name of the environment variable holding a queue's URL, e.g. `QUEUE_URL_ENRICHMENT`. */
export const queueUrlVariable = (queueName: string): string =>
  `QUEUE_URL_${queueName.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;

/** Name of the environment variable holding a queue's dead-letter queue URL, e.g. `DLQ_URL_ENRICHMENT`. */
export const dlqUrlVariable = (queueName: string): string => `DLQ_URL_${queueName.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
