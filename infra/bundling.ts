/**
 * How every Lambda is bundled, shared by CDK's NodejsFunction and `npm run bench` (which reports
 * the sizes of exactly these bundles). The AWS SDK v3 is provided by the nodejs24.x runtime.
 */
export const lambdaBundling = {
  target: 'node24',
  format: 'esm' as const,
  minify: true,
  sourceMap: false,
  externalModules: ['@aws-sdk/*'],
  /** ESM bundles still meet CommonJS dependencies that call require(). */
  banner: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
};
