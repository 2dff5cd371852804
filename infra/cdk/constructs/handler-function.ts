import { AssetHashType, DockerImage, Duration, type ILocalBundling, type RemovalPolicy, Validations } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Code, Function as LambdaFunction, type ILayerVersion, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { join } from 'node:path';
import { bundleLambda } from '../../bundling';
import { repoRoot } from '../../paths';
import type { TracingMode } from '../tracing-policy';

const LAMBDA_TRACING: Record<TracingMode, Tracing> = { active: Tracing.ACTIVE, passThrough: Tracing.PASS_THROUGH, disabled: Tracing.DISABLED };

export interface HandlerFunctionProps {
  /** Repository-relative path of the module exporting `handler` (from the manifest). */
  handler: string;
  description: string;
  environment: Record<string, string>;
  timeoutSeconds: number;
  memoryMb: number;
  logRetention: RetentionDays;
  logRemovalPolicy: RemovalPolicy;
  /** X-Ray mode (infra/cdk/tracing-policy.ts): only an ACTIVE function loads the tracer. */
  tracing: TracingMode;
  /** The X-Ray tracer, loaded by shared/logging/tracer.ts when tracing is on; required when ACTIVE. */
  tracingLayer?: ILayerVersion;
  /** Native packages the bundle leaves out (manifest `nativeLayers`). */
  layers?: ILayerVersion[];
}

/**
 * Local bundling of one handler. CDK caches a bundling under a key made of its options serialised
 * as JSON, which drops `tryBundle`: the handler is a field so that the key differs per function
 * (without it every function got the first function's bundle; test/infra/handler-assets.test.ts).
 */
class EsbuildBundling implements ILocalBundling {
  constructor(readonly handler: string) {}
  tryBundle(outputDir: string): boolean {
    bundleLambda(this.handler, outputDir);
    return true;
  }
}

/**
 * One manifest entry as a Lambda function: bundled by the local esbuild (infra/bundling.ts, the
 * same call `npm run bench` measures, never Docker) into minified ESM for Node 24 on arm64, with its
 * own role and log group. The role starts with nothing but writing to that log group (and sending
 * traces unless tracing is off); the manifest's grants add the rest. An ACTIVE function gets the
 * tracer layer and POWERTOOLS_TRACE_ENABLED; a PassThrough or untraced one neither (no tracer to
 * load at init).
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
    const active = props.tracing === 'active';
    if (active && !props.tracingLayer) throw new Error(`${props.handler}: active tracing needs the tracer layer.`);
    this.fn = new LambdaFunction(this, 'Function', {
      code: Code.fromAsset(repoRoot, {
        assetHashType: AssetHashType.OUTPUT,
        bundling: {
          // Required by the API, never pulled: local bundling always succeeds or throws.
          image: DockerImage.fromRegistry('public.ecr.aws/sam/build-nodejs24.x'),
          local: new EsbuildBundling(entry),
        },
      }),
      handler: 'index.handler',
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      description: props.description,
      environment: { ...props.environment, POWERTOOLS_TRACE_ENABLED: String(active) },
      timeout: Duration.seconds(props.timeoutSeconds),
      memorySize: props.memoryMb,
      role: this.role,
      logGroup,
      tracing: LAMBDA_TRACING[props.tracing],
      layers: [...(active ? [props.tracingLayer!] : []), ...(props.layers ?? [])],
    });
    if (props.tracing !== 'disabled') {
      Validations.of(this.role).acknowledge({
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason: 'Tracing (active or PassThrough) adds xray:PutTraceSegments and xray:PutTelemetryRecords, which have no resource-level permissions.',
      });
    }
  }
}
