import { readFileSync, writeFileSync } from 'node:fs';
import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record as StreamRecord,
  type Shard,
} from '@aws-sdk/client-dynamodb-streams';
import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { DynamoDBRecord } from 'aws-lambda';
import type { StreamReaderSettings } from '../../manifest/stream-readers';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../settings';
import { matchesAny } from '../../../shared/stream/filter-pattern';
import { invoke } from './invoke';

interface ShardPosition {
  sequenceNumber?: string;
  closed?: boolean;
}
type Checkpoints = Record<string, Record<string, ShardPosition>>;

/** What the poller needs of a reader (its event source mapping's settings). */
type Reader = Pick<StreamReaderSettings, 'name' | 'handler' | 'filters' | 'batchSize' | 'maxRetries' | 'timeoutSeconds'>;

export interface StreamPollerOptions {
  /** The manifest's stream readers (at most two): each reads every shard once, as its event source mapping does on AWS. */
  readers: Reader[];
  dynamodbEndpoint: string;
  tableName: string;
  sqs: SQSClient;
  failureQueueUrl: string;
  /** Where positions survive restarts (npm start); in memory when absent (tests). */
  checkpointFile?: string;
  pollIntervalMs?: number;
  log?: (line: string) => void;
}

const toLambdaRecord = (record: StreamRecord, streamArn: string): DynamoDBRecord => {
  const data = record.dynamodb!;
  return {
    eventID: record.eventID,
    eventName: record.eventName as DynamoDBRecord['eventName'],
    eventVersion: record.eventVersion ?? '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: LOCAL_REGION,
    eventSourceARN: streamArn,
    dynamodb: {
      ApproximateCreationDateTime: data.ApproximateCreationDateTime ? Math.floor(data.ApproximateCreationDateTime.getTime() / 1000) : undefined,
      Keys: data.Keys as never,
      NewImage: data.NewImage as never,
      OldImage: data.OldImage as never,
      SequenceNumber: data.SequenceNumber,
      SizeBytes: data.SizeBytes,
      StreamViewType: data.StreamViewType as never,
    },
  };
};

const chunk = <T>(items: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/**
 * Lambda's DynamoDB event source mapping, locally: each stream reader reads every shard on its own
 * and its function (the same dispatcher as on AWS) gets the records matching its filters, in batches; partial failures are retried from the first
 * failed record, errors bisect the batch, and after maxRetries the batch goes to the on-failure queue.
 */
export function startStreamPoller(options: StreamPollerOptions): { stop(): Promise<void>; idle(): Promise<void> } {
  const log = options.log ?? (() => undefined);
  const clientConfig = { region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS, endpoint: options.dynamodbEndpoint };
  const dynamodb = new DynamoDBClient(clientConfig);
  const streams = new DynamoDBStreamsClient(clientConfig);
  const checkpoints: Checkpoints = loadCheckpoints(options.checkpointFile);
  const iterators = new Map<string, string>();
  let running = true;
  let busy = false;
  let streamArn: string | undefined;
  let shards: Shard[] = [];
  let shardsFetchedAt = 0;

  const save = () => {
    if (options.checkpointFile) writeFileSync(options.checkpointFile, JSON.stringify(checkpoints));
  };

  async function refreshShards() {
    if (Date.now() - shardsFetchedAt < 1000 && streamArn) return;
    const table = await dynamodb.send(new DescribeTableCommand({ TableName: options.tableName }));
    streamArn = table.Table?.LatestStreamArn;
    if (!streamArn) return;
    const all: Shard[] = [];
    let start: string | undefined;
    do {
      const page = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn, ExclusiveStartShardId: start }));
      all.push(...(page.StreamDescription?.Shards ?? []));
      start = page.StreamDescription?.LastEvaluatedShardId;
    } while (start);
    shards = all;
    shardsFetchedAt = Date.now();
  }

  async function sendToFailureQueue(reader: Reader, shardId: string, batch: DynamoDBRecord[], reason: string) {
    const body = {
      version: '1.0',
      timestamp: new Date().toISOString(),
      requestContext: { functionArn: reader.name, condition: 'RetryAttemptsExhausted', approximateInvokeCount: reader.maxRetries + 1 },
      responseContext: { functionError: reason },
      DDBStreamBatchInfo: {
        shardId,
        startSequenceNumber: batch[0]?.dynamodb?.SequenceNumber,
        endSequenceNumber: batch.at(-1)?.dynamodb?.SequenceNumber,
        batchSize: batch.length,
        streamArn,
      },
    };
    await options.sqs.send(new SendMessageCommand({ QueueUrl: options.failureQueueUrl, MessageBody: JSON.stringify(body) }));
    log(`✗ stream ${reader.name}: ${batch.length} record(s) sent to the on-failure queue after ${reader.maxRetries} retries (${reason})`);
  }

  /** Delivers one batch with Lambda's retry semantics; resolves when it succeeded or was handed to the failure queue. */
  async function deliver(reader: Reader, shardId: string, batch: DynamoDBRecord[], retriesLeft: number): Promise<number> {
    let pending = batch;
    while (pending.length) {
      let reason: string;
      try {
        const result = (await invoke(reader.name, reader.handler, { Records: pending }, reader.timeoutSeconds ?? 60)) as
          | { batchItemFailures?: { itemIdentifier: string }[] }
          | undefined;
        const failed = new Set((result?.batchItemFailures ?? []).map((f) => f.itemIdentifier));
        if (failed.size === 0) return retriesLeft;
        const firstFailed = pending.findIndex((r) => failed.has(r.dynamodb?.SequenceNumber ?? ''));
        pending = firstFailed >= 0 ? pending.slice(firstFailed) : pending;
        reason = `${failed.size} item failure(s) reported`;
      } catch (error) {
        reason = (error as Error).message;
        log(`✗ stream ${reader.name}: ${reason}`);
        if (pending.length > 1 && retriesLeft > 0) {
          const half = Math.ceil(pending.length / 2);
          const left = await deliver(reader, shardId, pending.slice(0, half), retriesLeft - 1);
          return deliver(reader, shardId, pending.slice(half), left);
        }
      }
      if (retriesLeft <= 0) {
        await sendToFailureQueue(reader, shardId, pending, reason);
        return 0;
      }
      retriesLeft -= 1;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return retriesLeft;
  }

  async function pollShard(reader: Reader, shard: Shard): Promise<number> {
    const shardId = shard.ShardId!;
    const positions = (checkpoints[reader.name] ??= {});
    const position = (positions[shardId] ??= {});
    if (position.closed) return 0;
    if (shard.ParentShardId && positions[shard.ParentShardId] && !positions[shard.ParentShardId]!.closed) return 0;
    const key = `${reader.name}|${shardId}`;
    let iterator = iterators.get(key);
    if (!iterator) {
      const response = await streams.send(
        new GetShardIteratorCommand({
          StreamArn: streamArn,
          ShardId: shardId,
          ShardIteratorType: position.sequenceNumber ? 'AFTER_SEQUENCE_NUMBER' : 'TRIM_HORIZON',
          SequenceNumber: position.sequenceNumber,
        }),
      );
      iterator = response.ShardIterator!;
    }
    let response;
    try {
      response = await streams.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 1000 }));
    } catch (error) {
      iterators.delete(key);
      if (['ExpiredIteratorException', 'TrimmedDataAccessException', 'ResourceNotFoundException'].includes((error as Error).name)) return 0;
      throw error;
    }
    const records = (response.Records ?? []).map((r) => toLambdaRecord(r, streamArn!));
    const wanted = records.filter((record) => matchesAny(reader.filters, record));
    for (const batch of chunk(wanted, reader.batchSize)) await deliver(reader, shardId, batch, reader.maxRetries);
    if (records.length) position.sequenceNumber = records.at(-1)!.dynamodb!.SequenceNumber;
    if (response.NextShardIterator) iterators.set(key, response.NextShardIterator);
    else {
      iterators.delete(key);
      position.closed = true;
    }
    if (records.length || position.closed) save();
    return records.length;
  }

  async function loop() {
    while (running) {
      let seen = 0;
      busy = true;
      try {
        await refreshShards();
        if (streamArn) {
          for (const reader of options.readers) {
            for (const shard of shards) seen += await pollShard(reader, shard);
          }
        }
      } catch (error) {
        log(`✗ stream poller: ${(error as Error).message}`);
      } finally {
        busy = false;
      }
      if (!seen) await new Promise((resolve) => setTimeout(resolve, options.pollIntervalMs ?? 100));
    }
  }

  const done = options.readers.length ? loop() : Promise.resolve();
  return {
    async stop() {
      running = false;
      await done;
    },
    async idle() {
      while (busy) await new Promise((resolve) => setTimeout(resolve, 10));
    },
  };
}

function loadCheckpoints(file: string | undefined): Checkpoints {
  if (!file) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Checkpoints;
  } catch {
    return {};
  }
}
