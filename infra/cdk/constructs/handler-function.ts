import { Duration, type RemovalPolicy } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { join } from 'node:path';
import { lambdaBundling } from '../../bundling';
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
}

/**
 * One manifest entry as a Lambda function: bundled by the local esbuild into a minified ESM
 * file for Node 24 on arm64, with its own role and log group. The role starts with nothing but
 * writing to that log group; the manifest's grants add the rest.
 */
export class HandlerFunction extends Construct {
  readonly fn: NodejsFunction;
  readonly role: Role;

  constructor(scope: Construct, id: string, props: HandlerFunctionProps) {
    super(scope, id);
    const logGroup = new LogGroup(this, 'Logs', {
      retention: props.logRetention,
      removalPolicy: props.logRemovalPolicy,
    });
    this.role = new Role(this, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    logGroup.grantWrite(this.role);

    this.fn = new NodejsFunction(this, 'Function', {
      entry: join(repoRoot, props.handler),
      handler: 'handler',
      projectRoot: repoRoot,
      depsLockFilePath: join(repoRoot, 'package-lock.json'),
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      description: props.description,
      environment: props.environment,
      timeout: Duration.seconds(props.timeoutSeconds),
      memorySize: props.memoryMb,
      role: this.role,
      logGroup,
      // Same settings as `npm run bench`, which reports the size of exactly these bundles.
      bundling: {
        minify: lambdaBundling.minify,
        sourceMap: lambdaBundling.sourceMap,
        format: OutputFormat.ESM,
        target: lambdaBundling.target,
        banner: lambdaBundling.banner,
        externalModules: lambdaBundling.externalModules,
        forceDockerBundling: false,
      },
    });
  }
}
