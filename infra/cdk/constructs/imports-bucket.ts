import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { BlockPublicAccess, Bucket, BucketEncryption, EventType, HttpMethods } from 'aws-cdk-lib/aws-s3';
import { SqsDestination } from 'aws-cdk-lib/aws-s3-notifications';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { LogBucket } from './log-bucket';

/**
 * Workout files uploaded by the app through presigned PUT URLs, read once by the import worker
 * and then deleted; a lifecycle rule removes any file left behind (failed job, abandoned upload).
 */
export class ImportsBucket extends Construct {
  readonly bucket: Bucket;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const logs = new LogBucket(this, 'AccessLogs');
    this.bucket = new Bucket(this, 'Bucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      serverAccessLogsBucket: logs,
      serverAccessLogsPrefix: 's3/imports/',
      lifecycleRules: [{ expiration: Duration.days(2), abortIncompleteMultipartUploadAfter: Duration.days(1) }],
      // The browser PUTs straight to S3. Any origin: the URL's signature (key, size, type, 15 min) is the authorization.
      cors: [{ allowedMethods: [HttpMethods.PUT], allowedOrigins: ['*'], allowedHeaders: ['content-type'], maxAge: 3000 }],
      removalPolicy: RemovalPolicy.DESTROY,
      autoDeleteObjects: false,
    });
  }

  /** Each object created under `prefix` sends its S3 event notification to `queue`. */
  notify(queue: IQueue, prefix: string): void {
    this.bucket.addEventNotification(EventType.OBJECT_CREATED, new SqsDestination(queue), { prefix });
    const stack = Stack.of(this);
    // CDK's BucketNotificationsHandler: a singleton Lambda that writes the notification configuration at deploy time.
    for (const child of stack.node.children.filter((c) => c.node.id.startsWith('BucketNotificationsHandler'))) {
      Validations.of(child).acknowledge(
        { id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]', reason: 'CDK-managed deploy-time handler that sets the bucket notification; it only writes its own logs.' },
        { id: 'AwsSolutions-IAM5[Resource::*]', reason: 's3:PutBucketNotification is granted by CDK to its notification handler, which runs only at deploy time.' },
      );
    }
  }
}
