import { App } from 'aws-cdk-lib';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { buildStacks, type BuildOptions } from '../../../infra/cdk/build-stacks';
import { addNagChecks } from '../../../infra/cdk/nag';
import { repoRoot } from '../../../infra/paths';

const cdkContext = JSON.parse(readFileSync(join(repoRoot, 'cdk.json'), 'utf8')).context as Record<string, unknown>;

// Cloud assemblies with the SPA deployment weigh ~20 MB (the AWS CLI layer): keep them in one
// directory per test file and remove it afterwards.
const workDir = mkdtempSync(join(tmpdir(), 'twinforge-infra-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** A path that never exists, so the SPA deployment is left out unless a test asks for it. */
const noSpaDist = join(workDir, 'no-spa-dist');

/** A throwaway built SPA, so tests can synthesize the SPA deployment without building the frontend. */
export function fakeSpaDist(): string {
  const dir = mkdtempSync(join(workDir, 'spa-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>TwinForge</title>');
  return dir;
}

/**
 * Builds the stacks the way `cdk synth` does (cdk.json's feature flags) but without bundling,
 * into a temporary cloud assembly.
 */
export function buildTestApp(options: Partial<BuildOptions> & Pick<BuildOptions, 'manifest'>, withNag = false) {
  const app = new App({
    context: { ...cdkContext, 'aws:cdk:bundling-stacks': [] },
    outdir: mkdtempSync(join(workDir, 'cdk-')),
  });
  const stacks = buildStacks(app, { stage: 'test', spaDistDir: noSpaDist, ...options });
  if (withNag) addNagChecks(app);
  return { app, stacks };
}
