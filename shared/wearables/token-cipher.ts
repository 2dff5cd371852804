import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { DecryptCommand, GenerateDataKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import type { TokenCipher, TokenContext } from '../domain/wearables/device';

/**
 * OAuth tokens at rest: AES-256-GCM, the token's user, provider and kind as additional data (a
 * ciphertext copied into another item does not decrypt). On AWS each token gets its own data key
 * from KMS (envelope encryption; the KMS encryption context is the same triple), locally one key
 * kept with the local state. Ciphertexts never leave the table; plaintexts never leave memory.
 */

const contextString = (context: TokenContext) => `${context.userId}|${context.provider}|${context.kind}`;

function seal(key: Buffer, plaintext: string, context: TokenContext): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(contextString(context)));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

function open(key: Buffer, sealed: string, context: TokenContext): string {
  const raw = Buffer.from(sealed, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12)).setAAD(Buffer.from(contextString(context)));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}

/** Local cipher: one 32-byte key (base64); keyId names its fingerprint, never the key. */
export function localTokenCipher(keyBase64: string): TokenCipher {
  const key = Buffer.from(keyBase64, 'base64');
  if (key.length !== 32) throw new RangeError('the local wearables key must be 32 bytes (base64)');
  const keyId = `local:${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
  return {
    async encrypt(plaintext, context) {
      return { ciphertext: seal(key, plaintext, context), keyId };
    },
    async decrypt(sealed, context) {
      if (sealed.keyId !== keyId) throw new Error(`token sealed with another key (${sealed.keyId})`);
      return open(key, sealed.ciphertext, context);
    },
  };
}

const kmsContext = (context: TokenContext): Record<string, string> => ({ userId: context.userId, provider: context.provider, kind: context.kind });

/** KMS envelope cipher: `<base64 encrypted data key>.<base64 iv|tag|ciphertext>`. */
export function kmsTokenCipher(kms: KMSClient, keyId: string): TokenCipher {
  return {
    async encrypt(plaintext, context) {
      const dataKey = await kms.send(new GenerateDataKeyCommand({ KeyId: keyId, KeySpec: 'AES_256', EncryptionContext: kmsContext(context) }));
      const key = Buffer.from(dataKey.Plaintext!);
      try {
        return { ciphertext: `${Buffer.from(dataKey.CiphertextBlob!).toString('base64')}.${seal(key, plaintext, context)}`, keyId: dataKey.KeyId ?? keyId };
      } finally {
        key.fill(0);
      }
    },
    async decrypt(sealed, context) {
      const [wrappedKey, body] = sealed.ciphertext.split('.');
      if (!wrappedKey || !body) throw new Error('not a KMS envelope ciphertext');
      const dataKey = await kms.send(new DecryptCommand({ CiphertextBlob: Buffer.from(wrappedKey, 'base64'), EncryptionContext: kmsContext(context), KeyId: sealed.keyId }));
      const key = Buffer.from(dataKey.Plaintext!);
      try {
        return open(key, body, context);
      } finally {
        key.fill(0);
      }
    },
  };
}

/** KMS when WEARABLES_KMS_KEY_ID is set (AWS), else the local key WEARABLES_LOCAL_KEY. */
export function tokenCipherFromEnv(env: NodeJS.ProcessEnv = process.env): TokenCipher {
  if (env.WEARABLES_KMS_KEY_ID) return kmsTokenCipher(new KMSClient({}), env.WEARABLES_KMS_KEY_ID);
  if (env.WEARABLES_LOCAL_KEY) return localTokenCipher(env.WEARABLES_LOCAL_KEY);
  throw new Error('No token key configured: set WEARABLES_KMS_KEY_ID (AWS) or WEARABLES_LOCAL_KEY (local)');
}
