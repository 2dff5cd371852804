import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { manifest } from '../../infra/manifest';
import { buildTestApp } from './support/build';

type Resources = Record<string, { Properties: Record<string, any> }>;

describe('workout-file uploads on AWS (real manifest)', () => {
  let template: Template;
  beforeAll(() => {
    template = Template.fromStack(buildTestApp({ manifest }).stacks.api);
  });

  const importsBucket = () => Object.entries(template.findResources('AWS::S3::Bucket') as Resources).find(([id]) => id.startsWith('ImportsBucket'))!;

  it('a private, encrypted bucket that expires what it holds and accepts browser PUTs only', () => {
    const [, bucket] = importsBucket();
    expect(bucket.Properties).toMatchObject({
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      LoggingConfiguration: { LogFilePrefix: 's3/imports/' },
      CorsConfiguration: { CorsRules: [{ AllowedMethods: ['PUT'], AllowedHeaders: ['content-type'] }] },
      LifecycleConfiguration: { Rules: [expect.objectContaining({ ExpirationInDays: 2, Status: 'Enabled' })] },
    });
  });

  it('notifies the wearable-imports queue of each object created under imports/, which only S3 from this bucket may send to', () => {
    const [id, bucket] = importsBucket();
    const [queueConfig] = bucket.Properties.NotificationConfiguration.QueueConfigurations;
    expect(queueConfig).toMatchObject({ Event: 's3:ObjectCreated:*', Filter: { S3Key: { Rules: [{ Name: 'prefix', Value: 'imports/' }] } } });
    const queueId = queueConfig.Queue['Fn::GetAtt'][0] as string;
    expect(queueId).toMatch(/^QueuewearableimportsQueue/);
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: queueId }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Allow',
            Principal: { Service: 's3.amazonaws.com' },
            Action: 'sqs:SendMessage',
            Condition: { ArnLike: { 'aws:SourceArn': Match.anyValue() }, StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } },
          }),
        ]),
      },
    });
    // Written with the bucket itself: no notification custom resource (and its managed-policy Lambda).
    expect(Object.keys(template.findResources('Custom::S3BucketNotifications'))).toEqual([]);
    expect(id).toBeDefined();
  });

  it('the upload route may only put objects under imports/, the worker only read and delete them', () => {
    const policies = Object.entries(template.findResources('AWS::IAM::Policy') as Resources);
    const statements = (prefix: string) => policies.find(([id]) => id.startsWith(prefix))![1].Properties.PolicyDocument.Statement as Array<{ Action: string | string[]; Resource: unknown }>;
    const s3 = (prefix: string) => statements(prefix).filter((s) => JSON.stringify(s.Action).includes('s3:'));
    const [bucketId] = importsBucket();
    const objects = { 'Fn::Join': ['', [{ 'Fn::GetAtt': [bucketId, 'Arn'] }, '/imports/*']] };
    expect(s3('Routescreatewearableimport')).toEqual([expect.objectContaining({ Action: 's3:PutObject', Resource: objects })]);
    expect(s3('Workerswearableimports')).toEqual([expect.objectContaining({ Action: ['s3:DeleteObject', 's3:GetObject'], Resource: objects })]);
    expect(s3('Routesgetwearableimport')).toEqual([]);
  });
});
