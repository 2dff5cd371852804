import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { ILLUSTRATION_SIZES, WEBP_QUALITY, type IllustrationSize } from '../../shared/domain/illustrations/illustration';

export interface EncodedVariant {
  size: IllustrationSize;
  bytes: Buffer;
  width: number;
  height: number;
  /** sha256 of the WebP bytes: the object key, so equal images share one object and a key never changes content. */
  contentHash: string;
  s3Key: string;
}

export const contentKey = (hash: string) => `illustrations/${hash}.webp`;

/** Any image sharp reads (the model's PNG, the pictogram's SVG) → square WebP variants at 512 and 1024 px. */
export async function encodeVariants(source: Buffer): Promise<EncodedVariant[]> {
  return Promise.all(
    ILLUSTRATION_SIZES.map(async (size) => {
      const { data, info } = await sharp(source)
        .resize(size, size, { fit: 'contain', background: '#eef1f4' })
        .webp({ quality: WEBP_QUALITY, effort: 4 })
        .toBuffer({ resolveWithObject: true });
      const contentHash = createHash('sha256').update(data).digest('hex');
      return { size, bytes: data, width: info.width, height: info.height, contentHash, s3Key: contentKey(contentHash) };
    }),
  );
}
