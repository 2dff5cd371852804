import { CfnOutput, Duration, Fn, RemovalPolicy, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { type ILayerVersion, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq, SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { functionEnvironment } from '../../environment';
import type { Grant, Manifest } from '../../manifest-types';
import { streamReaderSettings } from '../../manifest/stream-readers';
import { applyGrants, type GrantTargets } from '../constructs/grants';
import { HandlerFunction } from '../constructs/handler-function';
import { ImportsBucket } from '../constructs/imports-bucket';
import { AppHttpApi } from '../constructs/http-api';
import type { ObservabilityProps } from '../constructs/observability';
import { alarmOnAnyMessage } from '../constructs/queue-alarm';
import { SharpLayer } from '../constructs/sharp-layer';
import { TracingLayer } from '../constructs/tracing-layer';
import { WorkerQueue } from '../constructs/worker-queue';
import { DEFAULT_TRACING_POLICY, type FunctionTrigger, tracingModeOf, type TracingPolicy } from '../tracing-policy';
import type { AuthStack } from './auth-stack';
import type { DataStack } from './data-stack';

export interface ApiStackProps extends StackProps {
  stage: string;
  manifest: Manifest;
  data: DataStack;
  auth: AuthStack;
  /** Subscribed to the alarm topic when given. */
  alarmEmail?: string;
  /** Which functions X-Ray traces (default `async`). */
  tracing?: TracingPolicy;
}

const defaults = { routeTimeoutSeconds: 10, backgroundTimeoutSeconds: 60, memoryMb: 512 };
const throttle = { rateLimit: 100, burstLimit: 200 };

interface EntrySettings {
  name: string;
  handler: string;
  grants: Grant[];
  timeoutSeconds?: number;
  memoryMb?: number;
  nativeLayers?: Array<'sharp'>;
}

/** Every manifest entry as a function with its trigger: HTTP routes, stream readers, queue workers, schedules. */
export class ApiStack extends Stack {
  readonly httpApi: AppHttpApi;
  /** What the Monitoring stack watches (alarms and dashboard live there: this stack is near CloudFormation's 500 resources). */
  readonly monitored: Omit<ObservabilityProps, 'stage' | 'aiCostCapUsdPerDay'>;

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);
    const { stage, manifest, data, auth } = props;
    const prod = stage === 'prod';
    const logs = {
      logRetention: prod ? RetentionDays.THREE_MONTHS : RetentionDays.ONE_MONTH,
      logRemovalPolicy: prod ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    };

    const alarmTopic = new Topic(this, 'Alarms', { displayName: `TwinForge ${stage} alarms`, enforceSSL: true });
    if (props.alarmEmail) alarmTopic.addSubscription(new EmailSubscription(props.alarmEmail));

    const workerQueues = new Map(
      manifest.queues.map((entry) => [entry.name, new WorkerQueue(this, `Queue-${entry.name}`, entry, alarmTopic)]),
    );
    const imports = new ImportsBucket(this, 'Imports');
    for (const entry of manifest.queues) {
      if (entry.objectCreatedEvents) imports.notify(workerQueues.get(entry.name)!.queue, entry.objectCreatedEvents.prefix);
    }
    const streamFailures = new Queue(this, 'StreamFailures', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    alarmOnAnyMessage(this, 'StreamFailuresAlarm', streamFailures, alarmTopic, 'A stream batch failed after all its retries.');
    Validations.of(streamFailures).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason:
        'This queue is itself the failure sink: the on-failure destination of the stream event source mappings. Nothing consumes it, so it needs no DLQ; an alarm fires on its first message.',
    });

    const cursorSecret = new Secret(this, 'CursorSecret', {
      description: `TwinForge ${stage}: HMAC key of pagination cursors`,
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
    });
    Validations.of(cursorSecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'It only signs pagination cursors (every read is still scoped to the caller), and rotating it would break every cursor in flight; regenerate it by hand if it leaks.',
    });

    const environment = functionEnvironment({
      stage,
      tableName: data.table.tableName,
      queueUrls: Object.fromEntries([...workerQueues].map(([name, worker]) => [name, worker.queue.queueUrl])),
      dlqUrls: Object.fromEntries([...workerQueues].map(([name, worker]) => [name, worker.deadLetterQueue.queueUrl])),
      illustrationsBucket: data.illustrations.bucket.bucketName,
      illustrationsBaseUrl: data.illustrations.url,
      importsBucket: imports.bucket.bucketName,
      userPoolId: auth.userPool.userPoolId,
      userPoolClientId: auth.spaClient.userPoolClientId,
      // A deploy-time dynamic reference: the template never holds the value.
      cursorSecret: cursorSecret.secretValue.unsafeUnwrap(),
      openAiSecretArn: data.openAiSecret.secretArn,
      wearablesSecretArn: data.wearablesSecret.secretArn,
      wearablesKeyId: data.wearablesKey.keyArn,
    });
    const grantTargets: GrantTargets = {
      table: data.table,
      queues: new Map([...workerQueues].map(([name, worker]) => [name, worker.queue])),
      deadLetterQueues: new Map([...workerQueues].map(([name, worker]) => [name, worker.deadLetterQueue])),
      illustrationsBucketArnExport: data.illustrationsBucketArnExport,
      illustrationsBucketArn: Fn.importValue(data.illustrationsBucketArnExport),
      importsBucket: imports.bucket,
      openAiSecret: data.openAiSecret,
      wearablesSecret: data.wearablesSecret,
      wearablesKey: data.wearablesKey,
      userPool: auth.userPool,
    };
    const tracingPolicy = props.tracing ?? DEFAULT_TRACING_POLICY;
    let tracingLayer: ILayerVersion | undefined;
    let sharpLayer: ILayerVersion | undefined;
    const nativeLayers = (entry: EntrySettings) => (entry.nativeLayers ?? []).map(() => (sharpLayer ??= new SharpLayer(this, 'Sharp').layer));
    const functions = new Map<string, HandlerFunction>();
    const handlerFunction = (group: Construct, entry: EntrySettings, description: string, timeoutSeconds: number, trigger: FunctionTrigger) => {
      const tracing = tracingModeOf(tracingPolicy, trigger);
      const handler = new HandlerFunction(group, entry.name, {
        tracing,
        tracingLayer: tracing === 'active' ? (tracingLayer ??= new TracingLayer(this, 'Tracing').layer) : undefined,
        layers: nativeLayers(entry),
        handler: entry.handler,
        description: description.slice(0, 256),
        environment,
        timeoutSeconds,
        memoryMb: entry.memoryMb ?? defaults.memoryMb,
        ...logs,
      });
      applyGrants(handler, entry.grants, grantTargets);
      functions.set(entry.name, handler);
      return handler;
    };

    this.httpApi = new AppHttpApi(this, 'Http', { userPool: auth.userPool, spaClient: auth.spaClient, throttle, ...logs });
    const routes = new Construct(this, 'Routes');
    for (const route of manifest.routes) {
      const description = `${route.method} ${route.path}: ${route.contract.summary}`;
      const handler = handlerFunction(routes, route, description, route.timeoutSeconds ?? defaults.routeTimeoutSeconds, 'http');
      this.httpApi.addRoute(route, handler.fn);
    }

    // At most two readers of the table stream, each one function dispatching to its member consumers.
    const readers = new Construct(this, 'StreamReaders');
    for (const reader of streamReaderSettings(manifest)) {
      const members = reader.members.map((member) => member.name).join(', ');
      const handler = handlerFunction(readers, reader, `${reader.description} (${members})`, reader.timeoutSeconds, 'async');
      handler.fn.addEventSource(
        new DynamoEventSource(data.table, {
          // Consumers are idempotent, so replaying up to 24 h of records beats missing any at deploy time.
          startingPosition: StartingPosition.TRIM_HORIZON,
          batchSize: reader.batchSize,
          bisectBatchOnError: true,
          retryAttempts: reader.maxRetries,
          reportBatchItemFailures: true,
          onFailure: new SqsDlq(streamFailures),
          filters: reader.filters.length ? reader.filters.map((p) => ({ pattern: JSON.stringify(p) })) : undefined,
        }),
      );
      Validations.of(handler).acknowledge({
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason:
          'dynamodb:ListStreams (added by the DynamoDB event source) has no resource-level permissions; reading records stays limited to the table stream ARN.',
      });
    }

    const workers = new Construct(this, 'Workers');
    for (const entry of manifest.queues) {
      const visibility = entry.visibilityTimeoutSeconds;
      const timeout = entry.timeoutSeconds ?? Math.min(defaults.backgroundTimeoutSeconds, visibility);
      if (timeout > visibility) {
        throw new Error(
          `Queue "${entry.name}": the worker timeout (${timeout} s) exceeds the visibility timeout (${visibility} s), so a message would be redelivered while still in progress.`,
        );
      }
      const handler = handlerFunction(workers, entry, `Worker of queue ${entry.name}`, timeout, 'async');
      const queue = workerQueues.get(entry.name)!.queue;
      handler.fn.addEventSource(new SqsEventSource(queue, { batchSize: entry.batchSize, reportBatchItemFailures: true }));
    }

    const jobs = new Construct(this, 'Jobs');
    for (const job of manifest.schedules) {
      const timeout = job.timeoutSeconds ?? defaults.backgroundTimeoutSeconds;
      const handler = handlerFunction(jobs, job, `Scheduled job ${job.name}: ${job.description}`, timeout, 'async');
      new Rule(handler, 'Schedule', {
        description: job.description,
        schedule: Schedule.expression(job.expression),
        targets: [new LambdaFunction(handler.fn, { retryAttempts: 2, maxEventAge: Duration.hours(1) })],
      });
    }

    this.monitored = {
      topic: alarmTopic,
      api: this.httpApi.api,
      functions: new Map([...functions].map(([name, handler]) => [name, handler.fn])),
      streamReaders: manifest.streamReaders.map((reader) => reader.name),
      streamConsumers: manifest.streamConsumers.map((consumer) => consumer.name),
      deadLetterQueues: new Map([...[...workerQueues].map(([name, worker]) => [name, worker.deadLetterQueue] as const), ['stream-failures', streamFailures]]),
    };

    new CfnOutput(this, 'ApiUrl', { value: this.httpApi.url });
    new CfnOutput(this, 'Region', { value: this.region });
  }
}
