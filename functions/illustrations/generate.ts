import { PutObjectCommand } from '@aws-sdk/client-s3';
import { s3Client } from '../../shared/aws/s3';
import type { ImageModel } from '../../shared/ai/image-model';
import type { TableContext } from '../../shared/db/context';
import { addAiUsage } from '../../shared/db/entities/ai-usage';
import { saveIllustration } from '../../shared/db/entities/illustration';
import { getExercise } from '../../shared/domain/catalog';
import type { Illustration, IllustrationRef } from '../../shared/domain/illustrations/illustration';
import { buildPictogram, PICTOGRAM_VERSION } from '../../shared/domain/illustrations/pictogram';
import { illustrationPrompt } from '../../shared/domain/illustrations/prompt';
import { encodeVariants } from './webp';

/** Immutable: the key is the hash of the bytes, so an object never changes. */
export const ILLUSTRATION_CACHE_CONTROL = 'public, max-age=31536000, immutable';
/** The AI usage account the (global, not per-user) illustration library's image-model spend is recorded under. */
export const ILLUSTRATIONS_AI_ACCOUNT = 'system-illustrations';

export interface GenerationTarget {
  ctx: TableContext;
  bucket: string;
  /** CloudFront on AWS, the local S3 endpoint + bucket locally. */
  baseUrl: string;
  imageModel: ImageModel;
}

export const publicUrl = (baseUrl: string, key: string) => `${baseUrl.replace(/\/+$/, '')}/${key}`;

/**
 * Draws one exercise (image model when a key is configured, else the offline pictogram), stores
 * its WebP variants in S3 under content-addressed keys and records it in the library.
 */
export async function generateIllustration(target: GenerationTarget, ref: IllustrationRef, now = new Date()): Promise<Illustration> {
  const exercise = getExercise(ref.exerciseId);
  if (!exercise) throw new Error(`${ref.exerciseId} is not a catalog exercise: nothing to draw`);
  let source: Buffer;
  let generator: Illustration['generator'] = 'offline';
  let model = PICTOGRAM_VERSION;
  let costUsd = 0;
  if (await target.imageModel.available()) {
    const image = await target.imageModel.generate(illustrationPrompt(exercise, ref.discipline));
    await addAiUsage(target.ctx, ILLUSTRATIONS_AI_ACCOUNT, { inputTokens: image.inputTokens, outputTokens: image.outputTokens, costUsd: image.costUsd }, now);
    ({ model, costUsd } = image);
    source = image.bytes;
    generator = 'openai';
  } else {
    source = Buffer.from(buildPictogram(exercise, ref.discipline));
  }
  const variants = await encodeVariants(source);
  await Promise.all(
    variants.map((variant) =>
      s3Client.send(
        new PutObjectCommand({
          Bucket: target.bucket,
          Key: variant.s3Key,
          Body: variant.bytes,
          ContentType: 'image/webp',
          CacheControl: ILLUSTRATION_CACHE_CONTROL,
        }),
      ),
    ),
  );
  const at = now.toISOString();
  const illustration: Illustration = {
    exerciseId: exercise.id,
    discipline: ref.discipline,
    format: 'webp',
    variants: variants.map(({ size, s3Key, contentHash, width, height, bytes }) => ({ size, s3Key, contentHash, width, height, bytes: bytes.length, url: publicUrl(target.baseUrl, s3Key) })),
    generator,
    model,
    costUsd,
    tags: [exercise.movementPattern, exercise.visual.bodyPosition, exercise.visual.implement, ...exercise.equipment.filter((item) => item !== 'none')],
    muscleGroups: [...exercise.primaryMuscles, ...exercise.secondaryMuscles],
    usageCount: 0,
    createdAt: at,
    updatedAt: at,
  };
  await saveIllustration(target.ctx, illustration);
  return illustration;
}
