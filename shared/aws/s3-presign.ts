import { createHash, createHmac, type Hash, type Hmac } from 'node:crypto';
import { fromEnv } from '@aws-sdk/credential-provider-env';
import { S3RequestPresigner } from '@aws-sdk/s3-request-presigner';

/**
 * Presigned S3 PUT URLs without the S3 client (~100 KB of the bundle it was in): the SDK's own
 * presigner signs a request we describe ourselves. Same URL as `getSignedUrl(s3Client, new
 * PutObjectCommand(…))` for the same key, headers and instant (test/unit/aws/s3-presign.test.ts).
 * Locally AWS_ENDPOINT_URL_S3 points at s3rver with path-style addressing, as for the client.
 */
type SourceData = string | ArrayBuffer | ArrayBufferView;
const bytesOf = (data: SourceData): string | Uint8Array =>
  typeof data === 'string' ? data : data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);

/** The signer's hash (node:crypto), as the SDK's Node hash is no longer a package of its own. */
class Sha256 {
  private hash: Hash | Hmac;
  constructor(private readonly secret?: SourceData) {
    this.hash = this.fresh();
  }
  private fresh(): Hash | Hmac {
    return this.secret === undefined ? createHash('sha256') : createHmac('sha256', bytesOf(this.secret));
  }
  update(data: Uint8Array): void {
    this.hash.update(data);
  }
  reset(): void {
    this.hash = this.fresh();
  }
  digest(): Promise<Uint8Array> {
    return Promise.resolve(new Uint8Array(this.hash.digest()));
  }
}

export interface PresignPutInput {
  bucket: string;
  key: string;
  contentType: string;
  contentLength: number;
  expiresInSeconds: number;
  /** Signing instant (tests); now by default. */
  signingDate?: Date;
}

export interface S3Location {
  region: string;
  /** AWS_ENDPOINT_URL_S3 (local s3rver); unset on AWS. */
  endpoint?: string;
  forcePathStyle: boolean;
}

const fromEnvironment = (): S3Location => ({
  region: process.env.AWS_REGION ?? 'us-east-1',
  endpoint: process.env.AWS_ENDPOINT_URL_S3 || undefined,
  forcePathStyle: process.env.S3_FORCE_PATH_STYLE === 'true',
});

const encodeKey = (key: string) => key.split('/').map(encodeURIComponent).join('/');

export async function presignPut(input: PresignPutInput, location: S3Location = fromEnvironment(), credentials = fromEnv()): Promise<string> {
  const base = new URL(location.endpoint ?? `https://s3.${location.region}.amazonaws.com`);
  const pathStyle = location.forcePathStyle || location.endpoint !== undefined;
  const hostname = pathStyle ? base.hostname : `${input.bucket}.${base.hostname}`;
  const path = `${pathStyle ? `/${input.bucket}` : ''}/${encodeKey(input.key)}`;
  const port = base.port ? Number(base.port) : undefined;
  const presigner = new S3RequestPresigner({ credentials, region: location.region, sha256: Sha256 });
  const signed = await presigner.presign(
    {
      method: 'PUT',
      protocol: base.protocol,
      hostname,
      ...(port ? { port } : {}),
      path,
      query: { 'x-id': 'PutObject' },
      headers: {
        host: port ? `${hostname}:${port}` : hostname,
        'content-type': input.contentType,
        'content-length': String(input.contentLength),
      },
    },
    { expiresIn: input.expiresInSeconds, signableHeaders: new Set(['content-length', 'content-type']), ...(input.signingDate ? { signingDate: input.signingDate } : {}) },
  );
  const query = Object.entries(signed.query ?? {})
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .flatMap(([name, value]) => (Array.isArray(value) ? value : [value]).map((v) => `${encodeURIComponent(name)}=${encodeURIComponent(String(v))}`))
    .join('&');
  return `${base.protocol}//${port ? `${hostname}:${port}` : hostname}${path}?${query}`;
}
