import { CfnOutput, RemovalPolicy, SecretValue, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { AppTable } from '../constructs/app-table';
import { CdnBucket } from '../constructs/cdn-bucket';
import { LogBucket } from '../constructs/log-bucket';

/** The OpenAI secret's value until the real key is set; the OpenAI config must read it as "no key" (offline coach). */
export const openAiKeyPlaceholder = 'unset';

/** The wearable credentials secret's first value: every provider present, none configured. */
export const wearableCredentialsPlaceholder = {
  polar: { clientId: '', clientSecret: '' },
  withings: { clientId: '', clientSecret: '' },
  oura: { clientId: '', clientSecret: '' },
};

export interface DataStackProps extends StackProps {
  stage: string;
}

/** Everything stateful: the table, illustrations (S3 + CloudFront), the OpenAI secret, the wearable providers' credentials and the wearables key. */
export class DataStack extends Stack {
  readonly table: AppTable;
  readonly illustrations: CdnBucket;
  readonly openAiSecret: Secret;
  /** The wearable providers' OAuth client credentials (JSON, see docs/deploy.md). */
  readonly wearablesSecret: Secret;
  readonly wearablesKey: Key;
  /** Name of the export holding the illustrations bucket ARN (see ApiStack's grants). */
  readonly illustrationsBucketArnExport: string;

  constructor(scope: Construct, id: string, props: DataStackProps) {
    super(scope, id, props);
    this.table = new AppTable(this, 'Table');

    const logs = new LogBucket(this, 'AccessLogs');
    this.illustrations = new CdnBucket(this, 'Illustrations', { logBucket: logs, logPrefix: 'illustrations' });

    this.openAiSecret = new Secret(this, 'OpenAiApiKey', {
      description:
        'OpenAI API key for the coaches and illustrations. Set it after the first deploy: ' +
        'aws secretsmanager put-secret-value --secret-id <arn> --secret-string <key>',
      // Not a secret: a marker that no key has been set yet.
      secretStringValue: SecretValue.unsafePlainText(openAiKeyPlaceholder),
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.openAiSecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'Third-party API key: only the OpenAI dashboard can issue a new one, so it is rotated by hand (put-secret-value), not by a rotation Lambda.',
    });

    this.wearablesSecret = new Secret(this, 'WearableProviderCredentials', {
      description:
        'OAuth client credentials of the wearable providers, as JSON {"polar":{"clientId","clientSecret"},"withings":{...},"oura":{...}}; ' +
        'a provider without both values is unavailable. Set it with aws secretsmanager put-secret-value (docs/deploy.md).',
      // Not a secret: the empty shape, every provider unavailable until its credentials are put.
      secretStringValue: SecretValue.unsafePlainText(JSON.stringify(wearableCredentialsPlaceholder)),
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.wearablesSecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'Third-party OAuth client secrets: only each provider’s developer portal (Polar, Withings, Oura) can issue new ones, so they are rotated by hand (put-secret-value), not by a rotation Lambda.',
    });

    this.wearablesKey = new Key(this, 'WearablesKey', {
      description: `TwinForge ${props.stage}: encrypts wearable OAuth tokens at rest`,
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    // A named export, so the wildcard object ARN built from it in ApiStack has a stable, acknowledgeable name.
    this.illustrationsBucketArnExport = `${this.stackName}-IllustrationsBucketArn`;
    new CfnOutput(this, 'IllustrationsBucketArn', {
      value: this.illustrations.bucket.bucketArn,
      exportName: this.illustrationsBucketArnExport,
    });
    new CfnOutput(this, 'TableName', { value: this.table.tableName });
    new CfnOutput(this, 'OpenAiSecretArn', { value: this.openAiSecret.secretArn });
    new CfnOutput(this, 'WearableProviderCredentialsArn', { value: this.wearablesSecret.secretArn });
    new CfnOutput(this, 'IllustrationsBaseUrl', { value: this.illustrations.url });
  }
}
