import { AssetHashType, DockerImage, Duration, type RemovalPolicy, Validations } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Code, Function as LambdaFunction, type ILayerVersion, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { join } from 'node:path';
import { bundleLambda } from '../../bundling';
import { repoRoot } from '../../paths';

export interface HandlerFunctionProps {
  /** Repository-relative path of the module exporting `handler` (from the manifest). */
  handler: string;
  description: string;
  environment: Record<string, string>;
  timeoutSeconds: number;
  memoryMb: number;
  logRetention: RetentionDays;
  logRemovalPolicy: RemovalPolicy;
  /** The X-Ray tracer, loaded by shared/logging/tracer.ts when tracing is on. */
  tracingLayer: ILayerVersion;
  /** Native packages the bundle leaves out (manifest `nativeLayers`). */
  layers?: ILayerVersion[];
}

/**
 * One manifest entry as a Lambda function: bundled by the local esbuild (infra/bundling.ts, the
 * same call `npm run bench` measures, never Docker) into minified ESM for Node 24 on arm64, traced
 * by X-Ray, with its own role and log group. The role starts with nothing but writing to that log
 * group (and sending traces); the manifest's grants add the rest.
 */
export class HandlerFunction extends Construct {
  readonly fn: LambdaFunction;
  readonly role: Role;

  constructor(scope: Construct, id: string, props: HandlerFunctionProps) {
    super(scope, id);
    const logGroup = new LogGroup(this, 'Logs', {
      retention: props.logRetention,
      removalPolicy: props.logRemovalPolicy,
    });
    this.role = new Role(this, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    logGroup.grantWrite(this.role);

    const entry = join(repoRoot, props.handler);
    this.fn = new LambdaFunction(this, 'Function', {
      code: Code.fromAsset(repoRoot, {
        assetHashType: AssetHashType.OUTPUT,
        bundling: {
          // Required by the API, never pulled: local bundling always succeeds or throws.
          image: DockerImage.fromRegistry('public.ecr.aws/sam/build-nodejs24.x'),
          local: {
            tryBundle(outputDir) {
              bundleLambda(entry, outputDir);
              return true;
            },
          },
        },
      }),
      handler: 'index.handler',
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      description: props.description,
      environment: { ...props.environment, POWERTOOLS_TRACE_ENABLED: 'true' },
      timeout: Duration.seconds(props.timeoutSeconds),
      memorySize: props.memoryMb,
      role: this.role,
      logGroup,
      tracing: Tracing.ACTIVE,
      layers: [props.tracingLayer, ...(props.layers ?? [])],
    });
    Validations.of(this.role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'Active tracing adds xray:PutTraceSegments and xray:PutTelemetryRecords, which have no resource-level permissions.',
    });
  }
}
