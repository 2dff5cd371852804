import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { logger } from '../logging/logger';
import { traced } from '../logging/tracer';
import { isUnsetKey, type AiSettings } from './settings';

/** Reads a secret's string value (Secrets Manager GetSecretValue). */
export type SecretReader = (secretId: string) => Promise<string | null>;

let client: SecretsManagerClient | undefined;
const readSecretString: SecretReader = async (secretId) => {
  client ??= traced(new SecretsManagerClient({}));
  const result = await client.send(new GetSecretValueCommand({ SecretId: secretId }));
  return result.SecretString ?? null;
};

/**
 * The API key inside a secret value: the plain string, or the `apiKey` / `OPENAI_API_KEY` field of
 * a JSON object. The placeholder "unset" (what the CDK stack creates) and empty values mean no key.
 */
export function keyFromSecretValue(value: string | null): string | null {
  if (value == null) return null;
  let key = value.trim();
  if (key.startsWith('{')) {
    try {
      const parsed = JSON.parse(key) as Record<string, unknown>;
      const field = parsed.apiKey ?? parsed.OPENAI_API_KEY ?? parsed.key;
      key = typeof field === 'string' ? field.trim() : '';
    } catch {
      return null;
    }
  }
  return isUnsetKey(key) ? null : key;
}

const RETRY_AFTER_FAILURE_MS = 60_000;

/**
 * Resolves the OpenAI key once per container: OPENAI_API_KEY when set (local runs), else the
 * Secrets Manager secret named by OPENAI_SECRET_ARN (on AWS), fetched at cold start. A failed
 * read counts as "no key" (offline coach) and is retried after a minute.
 */
export function apiKeyResolver(settings: Pick<AiSettings, 'apiKey' | 'secretArn'>, readSecret: SecretReader = readSecretString): () => Promise<string | null> {
  if (settings.apiKey) {
    const key = settings.apiKey;
    return async () => key;
  }
  const secretArn = settings.secretArn;
  if (!secretArn) return async () => null;
  let pending: Promise<string | null> | null = null;
  let failedAt = 0;
  const load = () =>
    readSecret(secretArn).then(keyFromSecretValue, (error: unknown) => {
      failedAt = Date.now();
      logger.warn('could not read the OpenAI key from Secrets Manager; using the offline coach', { error: error as Error });
      return null;
    });
  pending = load(); // cold start: start reading now, await on first use
  return async () => {
    if (failedAt > 0 && Date.now() - failedAt > RETRY_AFTER_FAILURE_MS) {
      failedAt = 0;
      pending = load();
    }
    return pending ?? null;
  };
}
