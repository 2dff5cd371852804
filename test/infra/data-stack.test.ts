import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { openAiKeyPlaceholder, wearableCredentialsPlaceholder } from '../../infra/cdk/stacks/data-stack';
import { manifest } from '../../infra/manifest';
import { projectionOf, tableDefinition } from '../../shared/db/table-definition';
import { buildTestApp } from './support/build';

describe('Data stack', () => {
  let template: Template;
  beforeAll(() => {
    const { stacks } = buildTestApp({ manifest });
    expect(stacks.data.stackName).toBe('TwinForge-test-Data');
    template = Template.fromStack(stacks.data);
  });

  it('builds the table from the shared definition', () => {
    const { partitionKey, sortKey, indexes, ttlAttribute, streamView } = tableDefinition;
    template.resourceCountIs('AWS::DynamoDB::Table', 1);
    template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: {
        KeySchema: [
          { AttributeName: partitionKey, KeyType: 'HASH' },
          { AttributeName: sortKey, KeyType: 'RANGE' },
        ],
        BillingMode: 'PAY_PER_REQUEST',
        StreamSpecification: { StreamViewType: streamView },
        TimeToLiveSpecification: { AttributeName: ttlAttribute, Enabled: true },
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        DeletionProtectionEnabled: true,
        GlobalSecondaryIndexes: indexes.map((index) => ({
          IndexName: index.name,
          KeySchema: [
            { AttributeName: index.partitionKey, KeyType: 'HASH' },
            { AttributeName: index.sortKey, KeyType: 'RANGE' },
          ],
          Projection: projectionOf(index),
        })),
      },
    });
    const keys = [partitionKey, sortKey, ...indexes.flatMap((i) => [i.partitionKey, i.sortKey])];
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      AttributeDefinitions: Match.arrayWith(keys.map((name) => ({ AttributeName: name, AttributeType: 'S' }))),
    });
  });

  it('has a rotating KMS key for wearable tokens and a hand-set OpenAI secret', () => {
    template.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
    template.hasResourceProperties('AWS::SecretsManager::Secret', {
      Description: Match.stringLikeRegexp('OpenAI API key.*put-secret-value'),
      SecretString: openAiKeyPlaceholder,
    });
  });

  it('has a hand-set wearable provider credentials secret, created with every provider unset', () => {
    template.hasResourceProperties('AWS::SecretsManager::Secret', {
      Description: Match.stringLikeRegexp('wearable providers.*put-secret-value'),
      SecretString: JSON.stringify(wearableCredentialsPlaceholder),
    });
    template.hasOutput('WearableProviderCredentialsArn', {});
  });

  it('keeps illustrations in a private, encrypted, logged bucket that only accepts TLS', () => {
    template.resourceCountIs('AWS::S3::Bucket', 2); // illustrations + access logs
    template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      LoggingConfiguration: { DestinationBucketName: Match.anyValue(), LogFilePrefix: 's3/illustrations/' },
    });
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });

  it('serves illustrations through CloudFront with origin access control', () => {
    template.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
      OriginAccessControlConfig: { OriginAccessControlOriginType: 's3', SigningBehavior: 'always', SigningProtocol: 'sigv4' },
    });
    template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        Origins: [Match.objectLike({ OriginAccessControlId: Match.anyValue() })],
        DefaultCacheBehavior: Match.objectLike({ ViewerProtocolPolicy: 'redirect-to-https' }),
        Logging: Match.objectLike({ Prefix: 'cloudfront/illustrations/' }),
      }),
    });
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Allow', Principal: { Service: 'cloudfront.amazonaws.com' }, Action: 's3:GetObject' }),
        ]),
      },
    });
  });

  it('outputs the table name, the illustrations base URL and the OpenAI secret', () => {
    template.hasOutput('TableName', {});
    template.hasOutput('IllustrationsBaseUrl', {});
    template.hasOutput('OpenAiSecretArn', {});
    template.hasOutput('IllustrationsBucketArn', { Export: { Name: 'TwinForge-test-Data-IllustrationsBucketArn' } });
  });
});
