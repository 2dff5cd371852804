import { DeleteMessageBatchCommand, GetQueueAttributesCommand, ReceiveMessageCommand, type Message, type SQSClient } from '@aws-sdk/client-sqs';
import type { SQSRecord } from 'aws-lambda';
import type { QueueEntry } from '../../manifest-types';
import { LOCAL_REGION } from '../settings';
import { invoke } from './invoke';

const toLambdaRecord = (message: Message, queueArn: string): SQSRecord => ({
  messageId: message.MessageId!,
  receiptHandle: message.ReceiptHandle!,
  body: message.Body ?? '',
  attributes: {
    ApproximateReceiveCount: message.Attributes?.ApproximateReceiveCount ?? '1',
    SentTimestamp: message.Attributes?.SentTimestamp ?? String(Date.now()),
    SenderId: message.Attributes?.SenderId ?? 'local',
    ApproximateFirstReceiveTimestamp: message.Attributes?.ApproximateFirstReceiveTimestamp ?? String(Date.now()),
    ...(message.Attributes?.MessageGroupId ? { MessageGroupId: message.Attributes.MessageGroupId } : {}),
  },
  messageAttributes: Object.fromEntries(
    Object.entries(message.MessageAttributes ?? {}).map(([name, value]) => [
      name,
      { dataType: value.DataType!, stringValue: value.StringValue, binaryValue: value.BinaryValue ? Buffer.from(value.BinaryValue).toString('base64') : undefined, stringListValues: [], binaryListValues: [] },
    ]),
  ),
  md5OfBody: message.MD5OfBody ?? '',
  eventSource: 'aws:sqs',
  eventSourceARN: queueArn,
  awsRegion: LOCAL_REGION,
});

/**
 * Lambda's SQS event source mapping, locally: batches of up to batchSize, ReportBatchItemFailures
 * (only failed messages stay), a thrown error leaves the whole batch to reappear after the visibility
 * timeout, and the queue's redrive policy moves a message to its DLQ after maxReceiveCount receives.
 */
export function startSqsPollers(options: { queues: QueueEntry[]; queueUrls: Record<string, string>; sqs: SQSClient; log?: (line: string) => void }) {
  const log = options.log ?? (() => undefined);
  let running = true;
  let inFlight = 0;

  async function poll(queue: QueueEntry) {
    const queueUrl = options.queueUrls[queue.name];
    if (!queueUrl) throw new Error(`No URL for queue ${queue.name}`);
    const { Attributes } = await options.sqs.send(new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['QueueArn'] }));
    const queueArn = Attributes?.QueueArn ?? queueUrl;
    while (running) {
      try {
        const { Messages = [] } = await options.sqs.send(
          new ReceiveMessageCommand({
            QueueUrl: queueUrl,
            MaxNumberOfMessages: Math.min(10, queue.batchSize),
            WaitTimeSeconds: Math.min(1, Math.max(0, queue.visibilityTimeoutSeconds - 1)),
            AttributeNames: ['All'],
            MessageAttributeNames: ['All'],
          }),
        );
        if (!Messages.length) continue;
        inFlight += 1;
        const records = Messages.map((m) => toLambdaRecord(m, queueArn));
        let succeeded: SQSRecord[] = [];
        try {
          const result = (await invoke(queue.name, queue.handler, { Records: records }, queue.timeoutSeconds ?? queue.visibilityTimeoutSeconds)) as
            | { batchItemFailures?: { itemIdentifier: string }[] }
            | undefined;
          const failed = new Set((result?.batchItemFailures ?? []).map((f) => f.itemIdentifier));
          succeeded = records.filter((r) => !failed.has(r.messageId));
          if (failed.size) log(`✗ queue ${queue.name}: ${failed.size} message(s) failed and will be retried`);
        } catch (error) {
          log(`✗ queue ${queue.name}: ${(error as Error).message}; the batch will be retried`);
        } finally {
          inFlight -= 1;
        }
        if (succeeded.length) {
          await options.sqs.send(
            new DeleteMessageBatchCommand({
              QueueUrl: queueUrl,
              Entries: succeeded.map((r, i) => ({ Id: String(i), ReceiptHandle: r.receiptHandle })),
            }),
          );
        }
      } catch (error) {
        if (running) log(`✗ queue poller ${queue.name}: ${(error as Error).message}`);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  }

  const loops = options.queues.map((queue) => poll(queue));
  return {
    async stop() {
      running = false;
      await Promise.all(loops);
    },
    inFlight: () => inFlight,
  };
}
