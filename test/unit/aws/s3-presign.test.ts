import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { describe, expect, it } from 'vitest';
import { presignPut } from '../../../shared/aws/s3-presign';

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', sessionToken: 'token/with+odd=chars' };
const input = { bucket: 'twinforge-imports', key: 'imports/user-1/job 1.fit', contentType: 'application/octet-stream', contentLength: 72148, expiresInSeconds: 600, signingDate: new Date('2026-12-01T10:00:00Z') };

async function sdkUrl(client: S3Client) {
  return getSignedUrl(client, new PutObjectCommand({ Bucket: input.bucket, Key: input.key, ContentLength: input.contentLength, ContentType: input.contentType }), {
    expiresIn: input.expiresInSeconds,
    signableHeaders: new Set(['content-length', 'content-type']),
    signingDate: input.signingDate,
  });
}

describe('presignPut (no S3 client)', () => {
  it('signs the same URL as the SDK for a virtual-hosted bucket on AWS', async () => {
    const sdk = await sdkUrl(new S3Client({ region: 'eu-west-1', credentials, requestChecksumCalculation: 'WHEN_REQUIRED' }));
    const ours = await presignPut(input, { region: 'eu-west-1', forcePathStyle: false }, async () => credentials);
    expect(new URL(ours).host).toBe('twinforge-imports.s3.eu-west-1.amazonaws.com');
    expect(ours).toBe(sdk);
  });

  it('signs the same URL as the SDK for a path-style local endpoint', async () => {
    const endpoint = 'http://127.0.0.1:4569';
    const sdk = await sdkUrl(new S3Client({ region: 'us-east-1', credentials, endpoint, forcePathStyle: true, requestChecksumCalculation: 'WHEN_REQUIRED' }));
    const ours = await presignPut(input, { region: 'us-east-1', endpoint, forcePathStyle: true }, async () => credentials);
    expect(ours.startsWith('http://127.0.0.1:4569/twinforge-imports/imports/user-1/job%201.fit?')).toBe(true);
    expect(ours).toBe(sdk);
  });
});
