import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import * as z from '../../zod';
import { CONNECTABLE_PROVIDERS, type ConnectableProvider } from '../../domain/wearables/provider';
import { logger } from '../../logging/logger';
import { traced } from '../../logging/tracer';

export interface ProviderCredentials {
  clientId: string;
  clientSecret: string;
}

/** Reads a secret's string value (Secrets Manager GetSecretValue). */
export type SecretReader = (secretId: string) => Promise<string | null>;

let client: SecretsManagerClient | undefined;
const readSecretString: SecretReader = async (secretId) => {
  client ??= traced(new SecretsManagerClient({}));
  const result = await client.send(new GetSecretValueCommand({ SecretId: secretId }));
  return result.SecretString ?? null;
};

const credentialsSchema = z.object({ clientId: z.string().check(z.trim(), z.minLength(1)), clientSecret: z.string().check(z.trim(), z.minLength(1)) });

/**
 * The providers' client credentials inside the secret's JSON value
 * (`{ "polar": { "clientId", "clientSecret" }, "withings": …, "oura": … }`). A missing, empty or
 * malformed entry leaves that provider out (unavailable); a value that is not JSON gives none.
 */
export function credentialsFromSecretValue(value: string | null): Partial<Record<ConnectableProvider, ProviderCredentials>> {
  let parsed: unknown;
  try {
    parsed = value ? JSON.parse(value) : null;
  } catch {
    logger.warn('the wearable provider credentials secret is not JSON; every provider is unavailable');
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null) return {};
  const entries = parsed as Record<string, unknown>;
  return Object.fromEntries(
    CONNECTABLE_PROVIDERS.flatMap((provider) => {
      const credentials = credentialsSchema.safeParse(entries[provider]);
      return credentials.success ? [[provider, credentials.data]] : [];
    }),
  );
}

const RETRY_AFTER_FAILURE_MS = 60_000;

let fromSecret: Partial<Record<ConnectableProvider, ProviderCredentials>> = {};
let pending: Promise<void> | null = null;
let failedAt = 0;

/**
 * Loads the providers' client credentials from the Secrets Manager secret named by
 * WEARABLES_SECRET_ARN (on AWS), once per container; await it before building a provider. Without
 * the variable (local runs, the simulator) it does nothing: the WEARABLES_<PROVIDER>_CLIENT_ID /
 * _CLIENT_SECRET variables are read instead, and they win over the secret wherever both are set.
 * A failed read leaves every provider unavailable and is retried after a minute.
 */
export function loadProviderCredentials(env: NodeJS.ProcessEnv = process.env, readSecret: SecretReader = readSecretString): Promise<void> {
  const secretArn = env.WEARABLES_SECRET_ARN;
  if (!secretArn) return Promise.resolve();
  if (pending && failedAt > 0 && Date.now() - failedAt > RETRY_AFTER_FAILURE_MS) pending = null;
  pending ??= readSecret(secretArn).then(
    (value) => {
      failedAt = 0;
      fromSecret = credentialsFromSecretValue(value);
    },
    (error: unknown) => {
      failedAt = Date.now();
      fromSecret = {};
      logger.warn('could not read the wearable provider credentials from Secrets Manager; every provider is unavailable', { error: error as Error });
    },
  );
  return pending;
}

/** The credentials loaded from the secret for one provider, or null. */
export const secretCredentials = (provider: ConnectableProvider): ProviderCredentials | null => fromSecret[provider] ?? null;

/** Forgets what was loaded (a new container, for tests). */
export function resetProviderCredentials(): void {
  fromSecret = {};
  pending = null;
  failedAt = 0;
}
