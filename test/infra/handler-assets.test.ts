import { App, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HandlerFunction } from '../../infra/cdk/constructs/handler-function';
import { TracingLayer } from '../../infra/cdk/constructs/tracing-layer';

/**
 * With bundling on (the other infra tests skip it): each function's asset is its own bundle. CDK
 * caches a bundling by its options, which do not include `tryBundle`; two functions once shared
 * the first one's bundle.
 */
describe('handler function assets', () => {
  it('two functions and the tracer layer get three different bundles, each its own', () => {
    const app = new App({ outdir: mkdtempSync(join(tmpdir(), 'tf-assets-')) });
    const stack = new Stack(app, 'Assets');
    const common = { environment: {}, timeoutSeconds: 10, memoryMb: 256, logRetention: RetentionDays.ONE_WEEK, logRemovalPolicy: RemovalPolicy.DESTROY, tracing: 'disabled' as const };
    new TracingLayer(stack, 'Tracer');
    new HandlerFunction(stack, 'Health', { ...common, handler: 'functions/health/get-health.ts', description: 'health' });
    new HandlerFunction(stack, 'Exercises', { ...common, handler: 'functions/exercises/list-exercises.ts', description: 'exercises' });
    const assembly = app.synth();

    const functions = Object.values(Template.fromStack(stack).findResources('AWS::Lambda::Function'));
    const keys = functions.map((fn) => String((fn.Properties as { Code: { S3Key: unknown } }).Code.S3Key));
    expect(new Set(keys).size).toBe(2);
    const dirs = keys.map((key) => join(assembly.directory, `asset.${key.replace(/\.zip$/, '')}`));
    for (const dir of dirs) expect(existsSync(join(dir, 'index.mjs'))).toBe(true);
    // The exercises bundle reads the catalog asset; the health one does not.
    expect(dirs.map((dir) => existsSync(join(dir, 'exercise-catalog.json'))).sort()).toEqual([false, true]);
    expect(readFileSync(join(dirs[0]!, 'index.mjs'), 'utf8')).not.toBe(readFileSync(join(dirs[1]!, 'index.mjs'), 'utf8'));
    // The layer (same source folder, same bundling image) holds the tracer, not a function's bundle.
    const [layer] = Object.values(Template.fromStack(stack).findResources('AWS::Lambda::LayerVersion'));
    const layerKey = String((layer!.Properties as { Content: { S3Key: unknown } }).Content.S3Key);
    expect(keys).not.toContain(layerKey);
    expect(existsSync(join(assembly.directory, `asset.${layerKey.replace(/\.zip$/, '')}`, 'nodejs', 'node_modules'))).toBe(true);
  });
});
