import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { manifest } from '../../infra/manifest';
import { buildTestApp, fakeSpaDist } from './support/build';

describe('Web stack', () => {
  it('serves the SPA from a private bucket through CloudFront (OAC) with index.html fallback', () => {
    const template = Template.fromStack(buildTestApp({ manifest }).stacks.web);
    template.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
      OriginAccessControlConfig: Match.objectLike({ OriginAccessControlOriginType: 's3', SigningBehavior: 'always' }),
    });
    const fallback = (code: number) => ({
      ErrorCode: code,
      ResponseCode: 200,
      ResponsePagePath: '/index.html',
      ErrorCachingMinTTL: 0,
    });
    template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        DefaultRootObject: 'index.html',
        CustomErrorResponses: [fallback(403), fallback(404)],
        Origins: [Match.objectLike({ OriginAccessControlId: Match.anyValue() })],
        Logging: Match.objectLike({ Prefix: 'cloudfront/spa/' }),
      }),
    });
    template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: Match.objectLike({ BlockPublicPolicy: true, RestrictPublicBuckets: true }),
      LoggingConfiguration: Match.objectLike({ LogFilePrefix: 's3/spa/' }),
    });
    template.hasOutput('WebUrl', {});
  });

  it('deploys the SPA only when frontend/dist exists at synth time', () => {
    const without = Template.fromStack(buildTestApp({ manifest }).stacks.web);
    expect(Object.keys(without.findResources('Custom::CDKBucketDeployment'))).toHaveLength(0);

    const withDist = Template.fromStack(buildTestApp({ manifest, spaDistDir: fakeSpaDist() }).stacks.web);
    withDist.hasResourceProperties('Custom::CDKBucketDeployment', {
      DistributionPaths: ['/*'],
      // The second source is /config.json, filled at deploy time with the other stacks' endpoints.
      SourceMarkers: [
        {},
        Match.objectEquals({
          '<<marker:0xbaba:0>>': { 'Fn::ImportValue': Match.stringLikeRegexp('TwinForge-test-Api:.*ApiEndpoint') },
          '<<marker:0xbaba:1>>': { Ref: 'AWS::Region' },
          '<<marker:0xbaba:2>>': { 'Fn::ImportValue': Match.stringLikeRegexp('TwinForge-test-Auth:.*UserPool') },
          '<<marker:0xbaba:3>>': { 'Fn::ImportValue': Match.stringLikeRegexp('TwinForge-test-Auth:.*SpaClient') },
          '<<marker:0xbaba:4>>': { 'Fn::ImportValue': Match.stringLikeRegexp('TwinForge-test-Data:.*IllustrationsDistribution') },
        }),
      ],
    });
  });
});
