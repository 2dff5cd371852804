import * as z from '../../zod';
import { providerIdSchema } from './provider';

/**
 * A connected wearable provider (`DEVICE#<provider>`). `connected` devices are polled (they sit in
 * the sparse GSI3 `WEARABLE#POLL` partition); `reauth_required` ones wait for the user to connect
 * again (the refresh token was refused) and are not polled.
 */
export const deviceStatusSchema = z.enum(['connected', 'reauth_required']);
export type DeviceStatus = z.infer<typeof deviceStatusSchema>;

export const deviceSchema = z.object({
  userId: z.string(),
  provider: providerIdSchema,
  status: deviceStatusSchema,
  scopes: z.array(z.string()),
  /** The user's id at the provider, when it tells. */
  externalUserId: z.nullable(z.string()),
  connectedAt: z.iso.datetime(),
  lastSyncAt: z.nullable(z.iso.datetime()),
  /** When the poller should look at this device again. */
  nextPollAt: z.iso.datetime(),
  lastError: z.nullable(z.string().check(z.maxLength(500))),
  /** Latest imported effort score (0–100), kept here so Today reads it with the open items. */
  latestEffortScore: z._default(z.nullable(z.number().check(z.minimum(0), z.maximum(100))), null),
  latestEffortAt: z._default(z.nullable(z.iso.datetime()), null),
  updatedAt: z.iso.datetime(),
  version: z.int().check(z.minimum(1)),
});
export type Device = z.infer<typeof deviceSchema>;

/** A secret as stored: ciphertext from the caller's cipher, the key that sealed it, and when the secret expires. */
export const sealedSecretSchema = z.object({
  ciphertext: z.string().check(z.minLength(1)),
  keyId: z.string().check(z.minLength(1)),
  expiresAt: z.nullable(z.iso.datetime()),
});
export type SealedSecret = z.infer<typeof sealedSecretSchema>;

/** `DEVICE#<provider>#TOKENS`: only ciphertexts, never plaintext; never returned to clients or exported. */
export const deviceTokensSchema = z.object({
  userId: z.string(),
  provider: providerIdSchema,
  accessToken: sealedSecretSchema,
  refreshToken: z.nullable(sealedSecretSchema),
  updatedAt: z.iso.datetime(),
  /** Optimistic lock: a rotation only lands on the tokens it refreshed. */
  version: z.int().check(z.minimum(1)),
});
export type DeviceTokens = z.infer<typeof deviceTokensSchema>;

/** What a cipher binds a ciphertext to (KMS encryption context / AES-GCM additional data). */
export interface TokenContext {
  /** The user; APP_SECRET_HOLDER for a secret of our client app (a provider webhook's signature key). */
  userId: string;
  provider: string;
  kind: 'access' | 'refresh' | 'webhook';
}

/** Stands for "our app" where a secret is no user's (a Cognito sub is a UUID: never this). */
export const APP_SECRET_HOLDER = 'app';

/**
 * The encryption port (KMS on AWS, AES-256-GCM locally), supplied by the caller. Ciphertexts are
 * bound to their user, provider and kind, so one copied into another item does not decrypt.
 */
export interface TokenCipher {
  encrypt(plaintext: string, context: TokenContext): Promise<{ ciphertext: string; keyId: string }>;
  decrypt(sealed: { ciphertext: string; keyId: string }, context: TokenContext): Promise<string>;
}

/** Plain tokens as the OAuth token endpoint returns them (only ever in memory). */
export interface OAuthTokens {
  accessToken: string;
  accessTokenExpiresAt: string | null;
  /** null when the provider did not send one (on refresh: it did not rotate it). */
  refreshToken: string | null;
  refreshTokenExpiresAt?: string | null;
}

/** Whatever the poller and the callback decrypt: the tokens and the version to guard a rotation with. */
export interface DecryptedTokens extends OAuthTokens {
  version: number;
}
