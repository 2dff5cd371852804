import { AssetHashType, DockerImage } from 'aws-cdk-lib';
import { Architecture, Code, LayerVersion, Runtime } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../paths';

/** sharp and its libvips for linux-arm64 (glibc), installed by the root postinstall from this directory's lockfile. */
export const SHARP_LAYER_DIR = join(repoRoot, 'infra', 'cdk', 'layers', 'sharp');

/**
 * sharp is a native module: the function bundles keep it external (infra/bundling.ts) and the
 * illustration worker gets it from this layer (/opt/nodejs/node_modules on the runtime's
 * NODE_PATH). Built offline from what `npm ci` installed; synth fails with the fix when it is missing.
 */
export class SharpLayer extends Construct {
  readonly layer: LayerVersion;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.layer = new LayerVersion(this, 'Layer', {
      description: 'sharp 0.35.5 with libvips, linux-arm64 (illustration worker)',
      compatibleRuntimes: [Runtime.NODEJS_24_X],
      compatibleArchitectures: [Architecture.ARM_64],
      code: Code.fromAsset(SHARP_LAYER_DIR, {
        assetHashType: AssetHashType.OUTPUT,
        bundling: {
          // Required by the API, never pulled: local bundling always succeeds or throws.
          image: DockerImage.fromRegistry('public.ecr.aws/sam/build-nodejs24.x'),
          local: {
            tryBundle(outputDir) {
              const modules = join(SHARP_LAYER_DIR, 'node_modules');
              if (!existsSync(join(modules, '@img', 'sharp-linux-arm64'))) {
                throw new Error(`sharp for linux-arm64 is missing in ${modules}: run npm install (its postinstall installs it) or npm run -s install:sharp-layer`);
              }
              cpSync(modules, join(outputDir, 'nodejs', 'node_modules'), { recursive: true, filter: (path) => !path.endsWith('.package-lock.json') });
              return true;
            },
          },
        },
      }),
    });
  }
}
