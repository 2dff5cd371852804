import { S3Client } from '@aws-sdk/client-s3';

/**
 * One S3 client per process. Locally AWS_ENDPOINT_URL_S3 points at s3rver, which needs path-style
 * addressing (S3_FORCE_PATH_STYLE) and no streaming checksums (it would store the chunk framing).
 */
export const s3Client = new S3Client({
  forcePathStyle: process.env.S3_FORCE_PATH_STYLE === 'true',
  requestChecksumCalculation: 'WHEN_REQUIRED',
});
