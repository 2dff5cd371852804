import { Bucket } from 'aws-cdk-lib/aws-s3';
import { describe, expect, it } from 'vitest';
import { manifest } from '../../infra/manifest';
import { fixtureManifest } from '../fixtures/runtime/manifest';
import { allGrantsManifest } from './support/all-grants-manifest';
import { buildTestApp, fakeSpaDist } from './support/build';
import { validationFindings } from './support/validation-report';

describe('cdk-nag AwsSolutions (and CDK validation) on synth', () => {
  it.each([
    ['the real manifest with the SPA deployment', manifest, true],
    ['the fixture manifest', fixtureManifest, false],
    ['a manifest using every grant', allGrantsManifest, false],
  ])('finds nothing unacknowledged for %s', (_name, m, withSpa) => {
    const { app } = buildTestApp({ manifest: m, ...(withSpa ? { spaDistDir: fakeSpaDist() } : {}) }, true);
    // Errors make synth throw (with the report in the message); warnings only reach the report file.
    expect(validationFindings(app.synth())).toEqual([]);
  });

  it('does catch a non-compliant resource', () => {
    const { app, stacks } = buildTestApp({ manifest }, true);
    new Bucket(stacks.data, 'Careless');
    expect(() => app.synth()).toThrow(/AwsSolutions-S10/);
  });
});
