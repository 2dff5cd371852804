import type OpenAI from 'openai';
import * as z from '../zod';
import { readEnv } from '../config/env';
import { apiKeyResolver } from './api-key';
import { isUnsetKey } from './settings';

/**
 * The image model behind the illustration worker: OpenAI's Images API (`POST /images/generations`,
 * base64 answer) on any compatible endpoint. Configured by OPENAI_IMAGE_MODEL, OPENAI_IMAGE_QUALITY,
 * OPENAI_IMAGE_BASE_URL (default OPENAI_BASE_URL) and OPENAI_IMAGE_PRICE_USD (per image).
 */
export interface ImageSettings {
  apiKey: string | null;
  secretArn: string | null;
  model: string;
  quality: 'low' | 'medium' | 'high' | 'auto';
  baseURL: string | null;
  timeoutMs: number;
  maxRetries: number;
  priceUsdPerImage: number;
}

/** List price of one 1024 × 1024 image (USD) by model and quality; unknown models like gpt-image-1-mini. */
const IMAGE_PRICES: Record<string, Record<ImageSettings['quality'], number>> = {
  'gpt-image-1-mini': { low: 0.005, medium: 0.011, high: 0.036, auto: 0.011 },
  'gpt-image-1': { low: 0.011, medium: 0.042, high: 0.167, auto: 0.042 },
  'dall-e-3': { low: 0.04, medium: 0.04, high: 0.08, auto: 0.04 },
};

export function imagePrice(model: string, quality: ImageSettings['quality']): number {
  const known = Object.keys(IMAGE_PRICES).filter((name) => model.startsWith(name)).sort((a, b) => b.length - a.length)[0];
  return IMAGE_PRICES[known ?? 'gpt-image-1-mini']![quality];
}

const blank = <T extends z.core.$ZodType>(schema: T) => z.pipe(z.transform((value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value)), schema);

export function readImageSettings(source: NodeJS.ProcessEnv = process.env): ImageSettings {
  const env = readEnv(
    {
      OPENAI_API_KEY: blank(z.optional(z.string())),
      OPENAI_SECRET_ARN: blank(z.optional(z.string())),
      OPENAI_IMAGE_MODEL: blank(z._default(z.string().check(z.minLength(1), z.maxLength(100)), 'gpt-image-1-mini')),
      OPENAI_IMAGE_QUALITY: blank(z._default(z.enum(['low', 'medium', 'high', 'auto']), 'low')),
      OPENAI_IMAGE_BASE_URL: blank(z.optional(z.url())),
      OPENAI_BASE_URL: blank(z.optional(z.url())),
      OPENAI_IMAGE_TIMEOUT_MS: blank(z._default(z.coerce.number().check(z.int(), z.minimum(1_000), z.maximum(300_000)), 120_000)),
      OPENAI_MAX_RETRIES: blank(z._default(z.coerce.number().check(z.int(), z.minimum(0), z.maximum(5)), 2)),
      OPENAI_IMAGE_PRICE_USD: blank(z.optional(z.coerce.number().check(z.minimum(0), z.maximum(10)))),
    },
    source,
  );
  return {
    apiKey: isUnsetKey(env.OPENAI_API_KEY) ? null : env.OPENAI_API_KEY!.trim(),
    secretArn: env.OPENAI_SECRET_ARN ?? null,
    model: env.OPENAI_IMAGE_MODEL,
    quality: env.OPENAI_IMAGE_QUALITY,
    baseURL: env.OPENAI_IMAGE_BASE_URL ?? env.OPENAI_BASE_URL ?? null,
    timeoutMs: env.OPENAI_IMAGE_TIMEOUT_MS,
    maxRetries: env.OPENAI_MAX_RETRIES,
    priceUsdPerImage: env.OPENAI_IMAGE_PRICE_USD ?? imagePrice(env.OPENAI_IMAGE_MODEL, env.OPENAI_IMAGE_QUALITY),
  };
}

export interface GeneratedImage {
  /** The model's image bytes (PNG or whatever it answered; the worker re-encodes to WebP). */
  bytes: Buffer;
  model: string;
  costUsd: number;
  inputTokens: number;
  outputTokens: number;
}

export interface ImageModel {
  /** Null when no key is configured: the worker draws the offline pictogram. */
  available(): Promise<boolean>;
  generate(prompt: string): Promise<GeneratedImage>;
}

export function openAiImageModel(settings: ImageSettings): ImageModel {
  const key = apiKeyResolver(settings);
  let client: OpenAI | null = null;
  return {
    available: async () => (await key()) !== null,
    async generate(prompt) {
      const apiKey = await key();
      if (!apiKey) throw new Error('no OpenAI key configured for the image model');
      // The SDK is read only when the image model is used (its own chunk), not at every cold start.
      if (!client) {
        const { default: OpenAISdk } = await import('openai');
        client = new OpenAISdk({ apiKey, baseURL: settings.baseURL ?? undefined, timeout: settings.timeoutMs, maxRetries: settings.maxRetries });
      }
      const dallE = settings.model.startsWith('dall-e');
      const response = await client.images.generate({
        model: settings.model,
        prompt,
        n: 1,
        size: '1024x1024',
        ...(dallE ? { response_format: 'b64_json' as const } : { quality: settings.quality }),
      });
      const b64 = response.data?.[0]?.b64_json;
      if (!b64) throw new Error(`the image model ${settings.model} answered without image data (b64_json)`);
      return {
        bytes: Buffer.from(b64, 'base64'),
        model: settings.model,
        costUsd: settings.priceUsdPerImage,
        inputTokens: response.usage?.input_tokens ?? 0,
        outputTokens: response.usage?.output_tokens ?? 0,
      };
    },
  };
}
