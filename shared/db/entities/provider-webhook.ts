import { DeleteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import * as z from '../../zod';
import { APP_SECRET_HOLDER, type TokenCipher } from '../../domain/wearables/device';
import { documentClient } from '../client';
import type { TableContext } from '../context';
import { withoutStorageAttributes } from '../item';

export const PROVIDER_WEBHOOK_ENTITY = 'providerWebhook';

/**
 * Our webhook at a provider (Polar: one per client app; Oura: the app's subscriptions, one per data
 * and event type): `WEARABLE#WEBHOOK#<provider>` / `WEBHOOK`, with the signature key the provider
 * returned once (Polar), sealed by the token cipher (KMS on AWS, AES-256-GCM locally) bound to
 * (app, provider, "webhook"); Oura signs with our client secret, so it has none but an expiry (the
 * earliest of its subscriptions'). It names no user.
 */
export const webhookKey = (provider: string) => ({ PK: `WEARABLE#WEBHOOK#${provider}`, SK: 'WEBHOOK' });

const storedWebhookSchema = z.object({
  provider: z.string(),
  webhookId: z.string(),
  url: z.url(),
  events: z.array(z.string()),
  signatureKey: z.optional(z.object({ ciphertext: z.string(), keyId: z.string() })),
  /** Not `expiresAt`: that name is the table's TTL attribute. */
  validUntil: z.optional(z.iso.datetime()),
  createdAt: z.iso.datetime(),
});
export type StoredWebhook = z.infer<typeof storedWebhookSchema>;

const secretContext = (provider: string) => ({ userId: APP_SECRET_HOLDER, provider, kind: 'webhook' as const });

export async function getWebhook(ctx: TableContext, provider: string): Promise<StoredWebhook | null> {
  const item = (await documentClient.send(new GetCommand({ TableName: ctx.tableName, Key: webhookKey(provider), ConsistentRead: true }))).Item;
  return item ? storedWebhookSchema.parse(withoutStorageAttributes(item)) : null;
}

/** `cipher` seals the signature key; a webhook without one (Oura's) needs none. */
export async function putWebhook(
  ctx: TableContext,
  cipher: TokenCipher | null,
  args: { provider: string; webhookId: string; url: string; events: string[]; signatureKey?: string; validUntil?: string; now?: Date },
): Promise<StoredWebhook> {
  if (args.signatureKey !== undefined && !cipher) throw new Error('a signature key must be sealed: pass the token cipher');
  const webhook: StoredWebhook = {
    provider: args.provider,
    webhookId: args.webhookId,
    url: args.url,
    events: args.events,
    ...(args.signatureKey === undefined ? {} : { signatureKey: await cipher!.encrypt(args.signatureKey, secretContext(args.provider)) }),
    ...(args.validUntil === undefined ? {} : { validUntil: args.validUntil }),
    createdAt: (args.now ?? new Date()).toISOString(),
  };
  await documentClient.send(new PutCommand({ TableName: ctx.tableName, Item: { ...webhookKey(args.provider), entity: PROVIDER_WEBHOOK_ENTITY, ...webhook } }));
  return webhook;
}

export async function deleteWebhook(ctx: TableContext, provider: string): Promise<void> {
  await documentClient.send(new DeleteCommand({ TableName: ctx.tableName, Key: webhookKey(provider) }));
}

/** The plaintext signature key (only ever in memory). */
export function openSignatureKey(cipher: TokenCipher, webhook: StoredWebhook): Promise<string> {
  if (!webhook.signatureKey) throw new Error(`our ${webhook.provider} webhook holds no signature key`);
  return cipher.decrypt(webhook.signatureKey, secretContext(webhook.provider));
}
