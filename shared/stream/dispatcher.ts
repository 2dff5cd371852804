import type { Context, DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import type { StreamConsumer } from '../../infra/manifest-types';
import { bindInvocation, logger } from '../logging/logger';
import { businessMetrics } from '../logging/metrics';
import { matchesAny } from './filter-pattern';

/** What the dispatcher needs of a member consumer: its name, its filters and its batch size. */
export type StreamMember = Pick<StreamConsumer, 'name' | 'filters' | 'batchSize'>;

type MemberHandler = (event: DynamoDBStreamEvent, context: Context) => Promise<DynamoDBBatchResponse | void | undefined>;

/** `() => import('../training/project-session-changes')`: a member's module, loaded at its first record. */
export type MemberLoader = () => Promise<{ handler?: unknown }>;

/** A member's part of one batch: how many records it was handed and, if one failed, the batch index it must resume from. */
export interface MemberOutcome {
  member: string;
  records: number;
  /** Of its records, those before the one it failed on (all when none failed). */
  processed: number;
  failedAt?: number;
  error?: string;
}

/**
 * The handler of a stream reader: one function and one event source mapping for several
 * consumers, so the table stream keeps at most two readers per shard. For each batch, every member
 * in turn gets the records its filters match, in stream order, at most `batchSize` per call, as the
 * `{ Records }` event its own event source mapping used to send; its partial failures keep their
 * meaning. A member stops at its first failing call (a throw counts as that call's first record
 * failed), and the batch is reported failed from the earliest record any member failed on: the
 * event source retries from there, for every member. Members are idempotent, so what a member
 * already did after that point is safely done again; and every member still runs on every attempt,
 * so a member that keeps failing never holds back what the others do before the batch goes to the
 * on-failure queue.
 *
 * Member modules are imported at their first matching record (esbuild puts each in its own chunk),
 * and run one after the other: the logger's keys (correlation id, function name) are per process.
 * Each member sees the invocation context under its own function name, so its log lines read as
 * before; its outcome is logged and metered under its name.
 */
export function streamDispatcher(members: StreamMember[], loaders: Record<string, MemberLoader>) {
  const names = members.map((member) => member.name);
  const missing = names.filter((name) => !loaders[name]);
  const unknown = Object.keys(loaders).filter((name) => !names.includes(name));
  if (missing.length || unknown.length) {
    throw new Error(`Stream reader loaders do not match its members: ${[...missing.map((n) => `no loader for "${n}"`), ...unknown.map((n) => `"${n}" is not a member`)].join(', ')}`);
  }
  const handlers = new Map<string, Promise<MemberHandler>>();
  const load = (name: string): Promise<MemberHandler> => {
    let handler = handlers.get(name);
    if (!handler) {
      handler = loaders[name]!().then((module) => {
        if (typeof module.handler !== 'function') throw new Error(`stream consumer ${name}: its module does not export a \`handler\` function`);
        return module.handler as MemberHandler;
      });
      // A failed import is tried again on the next batch, not remembered.
      handler.catch(() => handlers.delete(name));
      handlers.set(name, handler);
    }
    return handler;
  };

  return async (event: DynamoDBStreamEvent, context: Context): Promise<DynamoDBBatchResponse> => {
    const index = new Map(event.Records.map((record, i) => [record, i]));
    let earliest: number | undefined;
    for (const member of members) {
      const records = event.Records.filter((record) => matchesAny(member.filters, record));
      if (!records.length) continue;
      const started = Date.now();
      const outcome = await runMember(member, records, index, () => load(member.name), memberContext(context, member.name));
      report(outcome, context, Date.now() - started);
      if (outcome.failedAt !== undefined && (earliest === undefined || outcome.failedAt < earliest)) earliest = outcome.failedAt;
    }
    if (earliest === undefined) return { batchItemFailures: [] };
    const failed = event.Records[earliest]!.dynamodb?.SequenceNumber;
    // Without a sequence number the failure cannot be reported: failing the invocation retries the whole batch instead.
    if (!failed) throw new Error(`stream record ${earliest} of the batch failed and has no sequence number to report`);
    return { batchItemFailures: [{ itemIdentifier: failed }] };
  };
}

/** Hands a member its records in calls of at most its batch size; stops at the first call that fails. */
async function runMember(
  member: StreamMember,
  records: DynamoDBRecord[],
  index: Map<DynamoDBRecord, number>,
  load: () => Promise<MemberHandler>,
  context: Context,
): Promise<MemberOutcome> {
  for (let start = 0; start < records.length; start += member.batchSize) {
    const chunk = records.slice(start, start + member.batchSize);
    let failedRecord: DynamoDBRecord | undefined;
    let error: string | undefined;
    try {
      const handler = await load();
      failedRecord = firstReportedFailure(chunk, await handler({ Records: chunk }, context));
    } catch (thrown) {
      failedRecord = chunk[0];
      error = (thrown as Error).message;
    }
    if (failedRecord) return { member: member.name, records: records.length, processed: records.indexOf(failedRecord), failedAt: index.get(failedRecord)!, error };
  }
  return { member: member.name, records: records.length, processed: records.length };
}

/**
 * The earliest record of a call's `batchItemFailures`. As Lambda does, a failure naming no record
 * of the call (empty or unknown identifier) fails the whole call.
 */
function firstReportedFailure(chunk: DynamoDBRecord[], result: DynamoDBBatchResponse | void | undefined): DynamoDBRecord | undefined {
  const failures = result?.batchItemFailures ?? [];
  if (!failures.length) return undefined;
  const ids = new Set(failures.map((failure) => failure.itemIdentifier));
  const known = chunk.filter((record) => ids.has(record.dynamodb?.SequenceNumber ?? ''));
  return known.length === ids.size ? known[0] : chunk[0];
}

/** The reader's context under the member's function name (the `function_name` of its log lines). */
function memberContext(context: Context, name: string): Context {
  return Object.assign(Object.create(context) as Context, { functionName: name });
}

function report(outcome: MemberOutcome, context: Context, durationMs: number): void {
  bindInvocation(context, { streamConsumer: outcome.member });
  const retried = outcome.records - outcome.processed;
  if (outcome.failedAt === undefined) logger.info(`${outcome.member}: ${outcome.processed} record(s) processed`, { records: outcome.records, durationMs });
  else {
    logger.warn(`${outcome.member}: failed at record ${outcome.failedAt} of the batch; the batch is retried from there`, {
      records: outcome.records,
      processed: outcome.processed,
      failedAt: outcome.failedAt,
      error: outcome.error,
      durationMs,
    });
  }
  businessMetrics.streamConsumer(outcome.member, { processed: outcome.processed, retried }, durationMs);
}
