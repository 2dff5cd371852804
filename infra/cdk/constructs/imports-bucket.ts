import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { BlockPublicAccess, Bucket, BucketEncryption, HttpMethods, type CfnBucket } from 'aws-cdk-lib/aws-s3';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { LogBucket } from './log-bucket';

/**
 * Workout files uploaded by the app through presigned PUT URLs, read once by the import worker
 * and then deleted; a lifecycle rule removes any file left behind (failed job, abandoned upload).
 */
export class ImportsBucket extends Construct {
  readonly bucket: Bucket;
  /** The bucket's name as a value (bucket.bucketName is a reference to the bucket resource). */
  private readonly name: string;
  private readonly queueConfigurations: CfnBucket.QueueConfigurationProperty[] = [];

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const stack = Stack.of(this);
    const logs = new LogBucket(this, 'AccessLogs');
    // Named, so the queue policy can name it without referencing the bucket (which depends on that policy).
    this.name = `${stack.stackName.toLowerCase()}-imports-${stack.account}-${stack.region}`;
    this.bucket = new Bucket(this, 'Bucket', {
      bucketName: this.name,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      serverAccessLogsBucket: logs,
      serverAccessLogsPrefix: 's3/imports/',
      lifecycleRules: [{ expiration: Duration.days(2), abortIncompleteMultipartUploadAfter: Duration.days(1) }],
      // The browser PUTs straight to S3. Any origin: the URL's signature (key, size, type, 15 min) is the authorization.
      cors: [{ allowedMethods: [HttpMethods.PUT], allowedOrigins: ['*'], allowedHeaders: ['content-type'], maxAge: 3000 }],
      removalPolicy: RemovalPolicy.DESTROY,
    });
  }

  /**
   * Each object created under `prefix` sends its S3 event notification to `queue`. Written on the
   * bucket itself (CloudFormation NotificationConfiguration), not through CDK's notification custom
   * resource: no extra Lambda, no managed policy.
   */
  notify(queue: IQueue, prefix: string): void {
    const stack = Stack.of(this);
    const sent = queue.addToResourcePolicy(
      new PolicyStatement({
        principals: [new ServicePrincipal('s3.amazonaws.com')],
        actions: ['sqs:SendMessage'],
        resources: [queue.queueArn],
        conditions: {
          ArnLike: { 'aws:SourceArn': `arn:${stack.partition}:s3:::${this.name}` },
          StringEquals: { 'aws:SourceAccount': stack.account },
        },
      }),
    );
    this.queueConfigurations.push({ event: 's3:ObjectCreated:*', queue: queue.queueArn, filter: { s3Key: { rules: [{ name: 'prefix', value: prefix }] } } });
    const cfn = this.bucket.node.defaultChild as CfnBucket;
    cfn.notificationConfiguration = { queueConfigurations: this.queueConfigurations };
    // S3 checks it may send to the queue when the configuration is written.
    if (sent.policyDependable) cfn.node.addDependency(sent.policyDependable);
  }
}
