import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  HttpVersion,
  PriceClass,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption, type IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

export interface CdnBucketProps {
  logBucket: IBucket;
  /** Prefix of this bucket's S3 and CloudFront logs inside the log bucket. */
  logPrefix: string;
  /** Serve a single-page app: index.html at the root and for every unknown path. */
  spa?: boolean;
}

/** A private S3 bucket served only through CloudFront with origin access control (OAC). */
export class CdnBucket extends Construct {
  readonly bucket: Bucket;
  readonly distribution: Distribution;
  readonly url: string;

  constructor(scope: Construct, id: string, props: CdnBucketProps) {
    super(scope, id);
    this.bucket = new Bucket(this, 'Bucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      serverAccessLogsBucket: props.logBucket,
      serverAccessLogsPrefix: `s3/${props.logPrefix}/`,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const spaFallback = [403, 404].map((httpStatus) => ({
      httpStatus,
      responseHttpStatus: 200,
      responsePagePath: '/index.html',
      ttl: Duration.seconds(0),
    }));
    this.distribution = new Distribution(this, 'Distribution', {
      comment: `TwinForge ${props.logPrefix}`,
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: ResponseHeadersPolicy.SECURITY_HEADERS,
        compress: true,
      },
      httpVersion: HttpVersion.HTTP2_AND_3,
      priceClass: PriceClass.PRICE_CLASS_100,
      enableLogging: true,
      logBucket: props.logBucket,
      logFilePrefix: `cloudfront/${props.logPrefix}/`,
      ...(props.spa ? { defaultRootObject: 'index.html', errorResponses: spaFallback } : {}),
    });
    this.url = `https://${this.distribution.distributionDomainName}`;

    Validations.of(this.distribution).acknowledge(
      {
        id: 'AwsSolutions-CFR1',
        reason: 'TwinForge serves athletes in every country; there is no market to geo-block.',
      },
      {
        id: 'AwsSolutions-CFR2',
        reason:
          'Static, read-only content from a private bucket (GET/HEAD only); a WAF web ACL costs more than the risk it removes. Revisit with the custom domain.',
      },
      {
        id: 'AwsSolutions-CFR4',
        reason:
          'No custom domain yet: the default *.cloudfront.net certificate is used, and CloudFront does not allow a minimum TLS version with it. Set TLSv1.2_2021 when a custom domain and ACM certificate are added.',
      },
    );
  }
}
