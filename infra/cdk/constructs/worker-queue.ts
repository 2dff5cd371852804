import { Duration } from 'aws-cdk-lib';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { QueueEntry } from '../../manifest-types';
import { alarmOnAnyMessage } from './queue-alarm';

/** A manifest queue: the work queue, its dead-letter queue and an alarm on the DLQ. */
export class WorkerQueue extends Construct {
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;

  constructor(scope: Construct, id: string, entry: QueueEntry, alarmTopic: ITopic) {
    super(scope, id);
    this.deadLetterQueue = new Queue(this, 'DeadLetters', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    this.queue = new Queue(this, 'Queue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: Duration.seconds(entry.visibilityTimeoutSeconds),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: entry.maxReceiveCount },
    });
    alarmOnAnyMessage(
      this,
      'DeadLettersAlarm',
      this.deadLetterQueue,
      alarmTopic,
      `Queue "${entry.name}": messages failed ${entry.maxReceiveCount} times and are waiting in its DLQ.`,
    );
  }
}
