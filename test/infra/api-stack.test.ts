import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { functionEnvironment } from '../../infra/environment';
import { manifest } from '../../infra/manifest';
import { MAX_STREAM_READERS } from '../../infra/manifest-types';
import { streamReaderSettings } from '../../infra/manifest/stream-readers';
import { buildTestApp } from './support/build';

type Resources = Record<string, { Properties: Record<string, unknown> }>;

describe('Api stack (real manifest)', () => {
  let template: Template;
  beforeAll(() => {
    template = Template.fromStack(buildTestApp({ manifest }).stacks.api);
  });

  it('has one route per manifest route, with the JWT authorizer exactly on the non-public ones', () => {
    const routes = template.findResources('AWS::ApiGatewayV2::Route') as Resources;
    const byKey = new Map(Object.values(routes).map((r) => [r.Properties.RouteKey, r.Properties]));
    expect([...byKey.keys()].sort()).toEqual(manifest.routes.map((r) => `${r.method} ${r.path}`).sort());
    for (const route of manifest.routes) {
      const props = byKey.get(`${route.method} ${route.path}`)!;
      if (route.access === 'public') {
        expect(props.AuthorizerId, route.path).toBeUndefined();
        expect(props.AuthorizationType ?? 'NONE', route.path).toBe('NONE');
      } else {
        expect(props.AuthorizationType, route.path).toBe('JWT');
        expect(props.AuthorizerId, route.path).toBeDefined();
      }
    }
  });

  it('verifies tokens from the user pool for the SPA client', () => {
    template.resourceCountIs('AWS::ApiGatewayV2::Authorizer', 1);
    template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: {
        Issuer: { 'Fn::ImportValue': Match.stringLikeRegexp('TwinForge-test-Auth:.*UserPool.*ProviderURL') },
        Audience: [{ 'Fn::ImportValue': Match.stringLikeRegexp('TwinForge-test-Auth:.*SpaClient') }],
      },
    });
  });

  it('answers CORS preflight, logs access and throttles', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      ProtocolType: 'HTTP',
      CorsConfiguration: Match.objectLike({ AllowOrigins: ['*'] }),
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      AccessLogSettings: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp('requestId') },
      DefaultRouteSettings: { ThrottlingRateLimit: Match.anyValue(), ThrottlingBurstLimit: Match.anyValue() },
    });
  });

  it('runs one Node 24 arm64 function per manifest entry, each with the shared environment and its own log group', () => {
    const functions = Object.values(template.findResources('AWS::Lambda::Function') as Resources);
    const entries = manifest.routes.length + manifest.streamReaders.length + manifest.queues.length + manifest.schedules.length;
    expect(functions).toHaveLength(entries);
    const variables = Object.keys(
      functionEnvironment({
        stage: 'x',
        tableName: 'x',
        queueUrls: Object.fromEntries(manifest.queues.map((q) => [q.name, 'x'])),
        dlqUrls: Object.fromEntries(manifest.queues.map((q) => [q.name, 'x'])),
        illustrationsBucket: 'x',
        illustrationsBaseUrl: 'x',
        importsBucket: 'x',
        userPoolId: 'x',
        userPoolClientId: 'x',
        cursorSecret: 'x',
        openAiSecretArn: 'x',
        wearablesSecretArn: 'x',
        wearablesKeyId: 'x',
      }),
    );
    for (const fn of functions) {
      expect(fn.Properties).toMatchObject({
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
        LoggingConfig: { LogGroup: expect.anything() },
      });
      // Plus the switch of the X-Ray tracer, on AWS only (shared/logging/tracer.ts).
      expect(Object.keys((fn.Properties.Environment as { Variables: object }).Variables).sort()).toEqual([...variables, 'POWERTOOLS_TRACE_ENABLED'].sort());
    }
    template.resourceCountIs('AWS::Logs::LogGroup', entries + 1); // + API access logs
  });

  it('gives functions no managed policies and no grant beyond their manifest entry', () => {
    for (const role of Object.values(template.findResources('AWS::IAM::Role') as Resources)) {
      expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    }
    const health = manifest.routes.find((r) => r.name === 'get-health')!;
    expect(health.grants).toEqual([]);
    const policies = Object.entries(template.findResources('AWS::IAM::Policy') as Resources);
    const [, healthPolicy] = policies.find(([id]) => id.startsWith('Routesgethealth'))!;
    expect(JSON.stringify(healthPolicy.Properties.PolicyDocument)).not.toMatch(/dynamodb|s3:|sqs:|kms:|secretsmanager/);
  });

  it('lets table readers query the indexes but never scan', () => {
    const policies = Object.entries(template.findResources('AWS::IAM::Policy') as Resources);
    const [, getMe] = policies.find(([id]) => id.startsWith('Routesgetme'))!;
    const document = JSON.stringify(getMe.Properties.PolicyDocument);
    expect(document).toContain('dynamodb:Query');
    expect(document).toContain('/index/GSI1');
    expect(document).not.toContain('dynamodb:Scan');
  });

  it('hands functions the generated cursor key by dynamic reference, never in clear', () => {
    const secret = Object.keys(template.findResources('AWS::SecretsManager::Secret'))[0]!;
    template.hasResourceProperties('AWS::SecretsManager::Secret', {
      GenerateSecretString: Match.objectLike({ PasswordLength: 48, ExcludePunctuation: true }),
    });
    template.allResourcesProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectLike({
          CURSOR_SECRET: { 'Fn::Join': ['', ['{{resolve:secretsmanager:', { Ref: secret }, ':SecretString:::}}']] },
        }),
      },
    });
  });

  it('reads the table stream with at most two event source mappings, one per reader, each with its filters and the failure queue', () => {
    const readers = streamReaderSettings(manifest);
    const mappings = Object.values(template.findResources('AWS::Lambda::EventSourceMapping') as Resources).filter((m) =>
      JSON.stringify(m.Properties.EventSourceArn).includes('StreamArn'),
    );
    expect(mappings).toHaveLength(2);
    expect(mappings.length).toBeLessThanOrEqual(MAX_STREAM_READERS);
    const failures = Object.keys(template.findResources('AWS::SQS::Queue')).filter((id) => id.startsWith('StreamFailures'));
    expect(failures).toHaveLength(1);
    for (const reader of readers) {
      const fnId = Object.keys(template.findResources('AWS::Lambda::Function')).find((id) => id.startsWith(`StreamReaders${reader.name.replace(/-/g, '')}`))!;
      expect(fnId, reader.name).toBeDefined();
      const mapping = mappings.find((m) => JSON.stringify(m.Properties.FunctionName) === JSON.stringify({ Ref: fnId }))!;
      expect(mapping.Properties, reader.name).toMatchObject({
        BatchSize: reader.batchSize,
        BisectBatchOnFunctionError: true,
        MaximumRetryAttempts: reader.maxRetries,
        FunctionResponseTypes: ['ReportBatchItemFailures'],
        StartingPosition: 'TRIM_HORIZON',
        FilterCriteria: { Filters: reader.filters.map((p) => ({ Pattern: JSON.stringify(p) })) },
        DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [failures[0], 'Arn'] } } },
      });
      const fn = template.toJSON().Resources[fnId].Properties;
      expect(fn.Timeout, reader.name).toBe(reader.timeoutSeconds);
    }
  });

  it('outputs the API URL and the region', () => {
    template.hasOutput('ApiUrl', {});
    template.hasOutput('Region', { Value: { Ref: 'AWS::Region' } });
  });
});
