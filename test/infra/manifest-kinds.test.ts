import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../infra/manifest-types';
import { queueUrlVariable } from '../../infra/manifest-types';
import { fixtureManifest } from '../fixtures/runtime/manifest';
import { buildTestApp } from './support/build';

type Resources = Record<string, { Properties: Record<string, unknown> }>;

const [consumer] = fixtureManifest.streamConsumers;
const [reader] = fixtureManifest.streamReaders;
const [queue] = fixtureManifest.queues;
const [job] = fixtureManifest.schedules;

/** Logical id of the one resource of a type whose id starts with a prefix. */
function logicalId(template: Template, type: string, prefix: string): string {
  const ids = Object.keys(template.findResources(type)).filter((id) => id.startsWith(prefix));
  expect(ids, `${type} ${prefix}*`).toHaveLength(1);
  return ids[0]!;
}

describe('every manifest kind becomes AWS resources (fixture manifest)', () => {
  let template: Template;
  beforeAll(() => {
    expect(consumer && queue && job).toBeTruthy();
    template = Template.fromStack(buildTestApp({ manifest: fixtureManifest }).stacks.api);
  });

  it('creates one function per entry, all Node 24 on arm64', () => {
    const entries = ['routes', 'streamReaders', 'queues', 'schedules'] as const;
    const count = entries.reduce((n, kind) => n + fixtureManifest[kind].length, 0);
    template.resourceCountIs('AWS::Lambda::Function', count);
    template.allResourcesProperties('AWS::Lambda::Function', { Runtime: 'nodejs24.x', Architectures: ['arm64'] });
  });

  it('wires the stream reader of the consumer with its filter, bisection, bounded retries and an on-failure queue', () => {
    expect(reader).toBeTruthy();
    const failures = logicalId(template, 'AWS::SQS::Queue', 'StreamFailures');
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: logicalId(template, 'AWS::Lambda::Function', 'StreamReadersfixturestream') },
      EventSourceArn: { 'Fn::ImportValue': Match.stringLikeRegexp('TwinForge-test-Data:.*StreamArn') },
      FilterCriteria: { Filters: consumer!.filters.map((p) => ({ Pattern: JSON.stringify(p) })) },
      BatchSize: consumer!.batchSize,
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: consumer!.maxRetries,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [failures, 'Arn'] } } },
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [failures, 'QueueName'] } }],
      Threshold: 0,
      ComparisonOperator: 'GreaterThanThreshold',
    });
  });

  it('gives the queue a DLQ after maxReceiveCount receives, encryption, TLS only and an alarm on the DLQ', () => {
    const work = logicalId(template, 'AWS::SQS::Queue', 'QueuefixturealwaysfailsQueue');
    const dlq = logicalId(template, 'AWS::SQS::Queue', 'QueuefixturealwaysfailsDeadLetters');
    template.hasResourceProperties('AWS::SQS::Queue', {
      VisibilityTimeout: queue!.visibilityTimeoutSeconds,
      SqsManagedSseEnabled: true,
      RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': [dlq, 'Arn'] }, maxReceiveCount: 3 },
    });
    expect(queue!.maxReceiveCount).toBe(3);
    template.hasResourceProperties('AWS::SQS::Queue', { MessageRetentionPeriod: 14 * 24 * 3600, SqsManagedSseEnabled: true });
    for (const id of [work, dlq]) {
      template.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [{ Ref: id }],
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      });
    }
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [dlq, 'QueueName'] } }],
      Threshold: 0,
      ComparisonOperator: 'GreaterThanThreshold',
      AlarmActions: [{ Ref: logicalId(template, 'AWS::SNS::Topic', 'Alarms') }],
    });
  });

  it('feeds the worker in batches with partial failures, within the visibility timeout', () => {
    const work = logicalId(template, 'AWS::SQS::Queue', 'QueuefixturealwaysfailsQueue');
    const worker = logicalId(template, 'AWS::Lambda::Function', 'Workersfixturealwaysfails');
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [work, 'Arn'] },
      FunctionName: { Ref: worker },
      BatchSize: queue!.batchSize,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
    const timeout = template.toJSON().Resources[worker].Properties.Timeout as number;
    expect(timeout).toBeLessThanOrEqual(queue!.visibilityTimeoutSeconds);
  });

  it('refuses a worker timeout longer than its visibility timeout', () => {
    const slow: Manifest = { ...fixtureManifest, queues: [{ ...queue!, timeoutSeconds: queue!.visibilityTimeoutSeconds + 1 }] };
    expect(() => buildTestApp({ manifest: slow })).toThrow(/exceeds the visibility timeout/);
  });

  it('hands every queue URL to every function', () => {
    for (const fn of Object.values(template.findResources('AWS::Lambda::Function') as Resources)) {
      const variables = (fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
      expect(variables[queueUrlVariable(queue!.name)]).toEqual({
        Ref: logicalId(template, 'AWS::SQS::Queue', 'QueuefixturealwaysfailsQueue'),
      });
    }
  });

  it('runs the job on its EventBridge schedule', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: job!.expression,
      Description: job!.description,
      Targets: [
        Match.objectLike({
          Arn: { 'Fn::GetAtt': [logicalId(template, 'AWS::Lambda::Function', 'Jobsfixturetick'), 'Arn'] },
        }),
      ],
    });
  });

  it('protects the user route with the JWT authorizer', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', {
      RouteKey: 'GET /fixture/whoami/{id}',
      AuthorizationType: 'JWT',
    });
  });
});
