import { DefaultStackSynthesizer, Stack, Validations } from 'aws-cdk-lib';
import type { IDistribution } from 'aws-cdk-lib/aws-cloudfront';
import type { Bucket, CfnBucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';

export interface SpaDeploymentProps {
  distDir: string;
  /** Written next to index.html as /config.json. */
  config: Record<string, string>;
  bucket: Bucket;
  distribution: IDistribution;
}

/** Uploads the built SPA plus its runtime config, then invalidates the CloudFront cache. */
export class SpaDeployment extends Construct {
  constructor(scope: Construct, id: string, props: SpaDeploymentProps) {
    super(scope, id);
    new BucketDeployment(this, 'Deployment', {
      sources: [Source.asset(props.distDir), Source.jsonData('config.json', props.config)],
      destinationBucket: props.bucket,
      distribution: props.distribution,
      distributionPaths: ['/*'],
      memoryLimit: 512,
    });

    // BucketDeployment's handler is a stack-level singleton that CDK owns; acknowledge its findings there.
    const stack = Stack.of(this);
    const handler = stack.node.children.find((c) => c.node.id.startsWith('Custom::CDKBucketDeployment'));
    if (!handler) throw new Error('BucketDeployment handler not found: the CDK construct tree changed; revisit these acknowledgements.');
    const spaObjects = `<${stack.getLogicalId(props.bucket.node.defaultChild as CfnBucket)}.Arn>/*`;
    const assetObjects = `arn:<AWS::Partition>:s3:::cdk-${DefaultStackSynthesizer.DEFAULT_QUALIFIER}-assets-<AWS::AccountId>-<AWS::Region>/*`;
    const deployOnly = 'CDK-managed BucketDeployment handler, run only during deployments';
    Validations.of(handler).acknowledge(
      {
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        reason: `${deployOnly}; the basic execution policy only lets it write its own logs.`,
      },
      {
        id: 'AwsSolutions-L1',
        reason: `${deployOnly}; its Python runtime is chosen by aws-cdk-lib and moves with CDK upgrades.`,
      },
      { id: 'AwsSolutions-IAM5[Action::s3:GetBucket*]', reason: `${deployOnly}; reads the CDK asset bucket (CDK grantRead).` },
      { id: 'AwsSolutions-IAM5[Action::s3:GetObject*]', reason: `${deployOnly}; reads the SPA asset zip (CDK grantRead).` },
      { id: 'AwsSolutions-IAM5[Action::s3:List*]', reason: `${deployOnly}; lists the buckets it syncs (CDK grantRead).` },
      { id: 'AwsSolutions-IAM5[Action::s3:Abort*]', reason: `${deployOnly}; uploads to the SPA bucket (CDK grantReadWrite).` },
      {
        id: 'AwsSolutions-IAM5[Action::s3:DeleteObject*]',
        reason: `${deployOnly}; prunes stale files from the SPA bucket (CDK grantReadWrite).`,
      },
      {
        id: `AwsSolutions-IAM5[Resource::${assetObjects}]`,
        reason: `${deployOnly}; limited to the objects of the CDK bootstrap asset bucket.`,
      },
      {
        id: `AwsSolutions-IAM5[Resource::${spaObjects}]`,
        reason: `${deployOnly}; limited to the objects of the SPA bucket it deploys to.`,
      },
      {
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason: `${deployOnly}; CDK grants cloudfront:CreateInvalidation/GetInvalidation on * to invalidate the SPA distribution after upload.`,
      },
    );
  }
}
