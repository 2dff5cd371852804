import { AssetHashType, DockerImage } from 'aws-cdk-lib';
import { Architecture, Code, LayerVersion, Runtime } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { repoRoot } from '../../paths';

const TRACER = '@aws-lambda-powertools/tracer';

/**
 * The Powertools tracer (with aws-xray-sdk-core) as a layer, built from this repository's pinned
 * copy: `require('@aws-lambda-powertools/tracer')` resolves to it through the runtime's NODE_PATH
 * (/opt/nodejs/node_modules). Kept out of the function bundles (~115 KB each otherwise): only a
 * traced invocation on AWS loads it (shared/logging/tracer.ts).
 */
export class TracingLayer extends Construct {
  readonly layer: LayerVersion;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.layer = new LayerVersion(this, 'Layer', {
      description: `${TRACER} and aws-xray-sdk-core, bundled`,
      compatibleRuntimes: [Runtime.NODEJS_24_X],
      compatibleArchitectures: [Architecture.ARM_64],
      code: Code.fromAsset(repoRoot, {
        assetHashType: AssetHashType.OUTPUT,
        bundling: {
          // Required by the API, never pulled: local bundling always succeeds or throws.
          image: DockerImage.fromRegistry('public.ecr.aws/sam/build-nodejs24.x'),
          local: {
            tryBundle(outputDir) {
              const packageDir = join(outputDir, 'nodejs', 'node_modules', ...TRACER.split('/'));
              mkdirSync(packageDir, { recursive: true });
              buildSync({
                absWorkingDir: repoRoot,
                entryPoints: [TRACER],
                outfile: join(packageDir, 'index.js'),
                bundle: true,
                platform: 'node',
                target: 'node24',
                format: 'cjs',
                minify: true,
                legalComments: 'none',
                logLevel: 'silent',
              });
              writeFileSync(join(packageDir, 'package.json'), JSON.stringify({ name: TRACER, main: 'index.js' }));
              return true;
            },
          },
        },
      }),
    });
  }
}
