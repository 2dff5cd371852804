import { Duration, type RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { CorsHttpMethod, HttpApi, HttpMethod, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IUserPoolClient, UserPool } from 'aws-cdk-lib/aws-cognito';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { apiCors } from '../../api-settings';
import type { HttpRoute } from '../../manifest-types';

export interface AppHttpApiProps {
  userPool: UserPool;
  spaClient: IUserPoolClient;
  throttle: { rateLimit: number; burstLimit: number };
  logRetention: RetentionDays;
  logRemovalPolicy: RemovalPolicy;
}

const accessLogFormat = AccessLogFormat.custom(
  JSON.stringify({
    requestId: '$context.requestId',
    time: '$context.requestTime',
    ip: '$context.identity.sourceIp',
    route: '$context.routeKey',
    status: '$context.status',
    latencyMs: '$context.responseLatency',
    integrationLatencyMs: '$context.integrationLatency',
    responseLength: '$context.responseLength',
    sub: '$context.authorizer.claims.sub',
    authorizerError: '$context.authorizer.error',
    integrationError: '$context.integrationErrorMessage',
  }),
);

/**
 * The HTTP API. Every non-public route sits behind a Cognito JWT authorizer (issuer = the user
 * pool, audience = the SPA client). API Gateway cannot check group membership, so `admin` routes
 * get the same authorizer and their handlers require "admin" in the verified `cognito:groups` claim.
 */
export class AppHttpApi extends Construct {
  readonly api: HttpApi;
  /** Base URL without a trailing slash (the `$default` stage is served at the root). */
  readonly url: string;
  private readonly authorizer: HttpJwtAuthorizer;

  constructor(scope: Construct, id: string, props: AppHttpApiProps) {
    super(scope, id);
    this.api = new HttpApi(this, 'Api', {
      apiName: Stack.of(this).stackName,
      description: 'TwinForge HTTP API',
      createDefaultStage: false,
      corsPreflight: {
        allowOrigins: apiCors.allowOrigins,
        allowMethods: apiCors.allowMethods.map((method) => CorsHttpMethod[method]),
        allowHeaders: apiCors.allowHeaders,
        exposeHeaders: apiCors.exposeHeaders,
        maxAge: Duration.seconds(apiCors.maxAgeSeconds),
      },
    });
    const accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: props.logRetention,
      removalPolicy: props.logRemovalPolicy,
    });
    new HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: props.throttle,
      accessLogSettings: { destination: new LogGroupLogDestination(accessLogs), format: accessLogFormat },
    });
    this.url = this.api.apiEndpoint;

    this.authorizer = new HttpJwtAuthorizer('CognitoJwt', props.userPool.userPoolProviderUrl, {
      jwtAudience: [props.spaClient.userPoolClientId],
    });
  }

  addRoute(route: HttpRoute, fn: IFunction): void {
    const routes = this.api.addRoutes({
      path: route.path,
      methods: [HttpMethod[route.method]],
      integration: new HttpLambdaIntegration(`${route.name}-integration`, fn),
      ...(route.access === 'public' ? {} : { authorizer: this.authorizer }),
    });
    if (route.access !== 'public') return;
    for (const r of routes) {
      Validations.of(r).acknowledge({
        id: 'AwsSolutions-APIG4',
        reason: `${route.method} ${route.path} is public by design (manifest access "public"); public handlers never rely on a caller identity.`,
      });
    }
  }
}
