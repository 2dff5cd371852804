import type * as z from '../shared/zod';

/** HEAD only where a provider checks a callback URL with it (Withings notifications). */
export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

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
  /** Sign upload URLs for `imports/*` (PutObject). */
  | 'bucket:imports:upload'
  /** Read and delete uploaded files (GetObject, DeleteObject). */
  | 'bucket:imports:consume'
  | 'secret:openai:read'
  /** Read the wearable providers' client credentials (WEARABLES_SECRET_ARN). */
  | 'secret:wearables:read'
  | 'kms:wearables'
  | 'cognito:admin';

export interface RouteContract {
  summary: string;
  tags: string[];
  params?: z.core.$ZodType;
  query?: z.core.$ZodType;
  body?: z.core.$ZodType;
  /** An empty body counts as `{}` (published as `requestBody.required: false`). */
  bodyOptional?: boolean;
  /** Status code → response description and body schema (every 2xx with a body has one). */
  responses: Record<number, ResponseSpec>;
}

export interface ResponseSpec {
  description: string;
  /** The body, as `contentType` (application/json when unset). */
  schema?: z.core.$ZodType;
  contentType?: string;
  /** Other media types the same status answers with, e.g. `text/csv` on `?format=csv`. */
  otherContent?: Record<string, z.core.$ZodType>;
}

export interface FunctionSettings {
  /** Repository-relative path of the module exporting `handler`. */
  handler: string;
  grants: Grant[];
  timeoutSeconds?: number;
  memoryMb?: number;
  /** Native packages the bundle leaves out and a Lambda layer provides (infra/cdk/constructs/sharp-layer.ts). */
  nativeLayers?: Array<'sharp'>;
}

export interface HttpRoute extends FunctionSettings {
  name: string;
  method: HttpMethod;
  /** API Gateway path syntax, e.g. `/training/sessions/{id}`. */
  path: string;
  access: Access;
  contract: RouteContract;
  /** Largest accepted request body; 1 MB when unset. */
  maxBodyBytes?: number;
  /** DELETE /me only: an erasure that stopped halfway can be run again with the same token. */
  allowErasedAccount?: boolean;
}

/** A Lambda event filter pattern (https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html). */
export type FilterPattern = Record<string, unknown>;

/**
 * A handler of the table stream. It runs inside its reader's function (no function or event
 * source mapping of its own): the reader hands it, in stream order, the records its filters match,
 * at most `batchSize` per call, and its grants, timeout and memory add up into the reader's.
 */
export interface StreamConsumer extends FunctionSettings {
  name: string;
  /** Records matching any pattern are delivered; the rest never reach the handler. */
  filters: FilterPattern[];
  batchSize: number;
  /** Retries of a failing batch (bisected) before it goes to the on-failure queue. */
  maxRetries: number;
  /** The `StreamReader` whose function runs it (exactly one). */
  reader: string;
}

/**
 * One reader of the table stream: one function and one event source mapping, dispatching each
 * batch to its member consumers (shared/stream/dispatcher.ts). DynamoDB Streams throttles more
 * than two readers per shard, so a manifest has at most two (`MAX_STREAM_READERS`).
 */
export interface StreamReader {
  name: string;
  /** The reader's entry module: `streamDispatcher(members, loaders)` (functions/streams/). */
  handler: string;
  description: string;
}

export const MAX_STREAM_READERS = 2;

export interface QueueEntry extends FunctionSettings {
  name: string;
  batchSize: number;
  visibilityTimeoutSeconds: number;
  /** Receives before SQS moves a message to the queue's DLQ. */
  maxReceiveCount: number;
  /** S3 sends this queue an event notification for each object created in `bucket` under `prefix`. */
  objectCreatedEvents?: { bucket: 'imports'; prefix: string };
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
  streamReaders: StreamReader[];
  queues: QueueEntry[];
  schedules: ScheduleEntry[];
}

/** Name of the environment variable holding a queue's URL, e.g. `QUEUE_URL_ENRICHMENT`. */
export const queueUrlVariable = (queueName: string): string =>
  `QUEUE_URL_${queueName.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;

/** Name of the environment variable holding a queue's dead-letter queue URL, e.g. `DLQ_URL_ENRICHMENT`. */
export const dlqUrlVariable = (queueName: string): string => `DLQ_URL_${queueName.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
