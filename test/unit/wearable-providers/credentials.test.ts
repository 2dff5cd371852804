import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { REAL_ENDPOINTS } from '../../../shared/wearables/providers/config';
import { loadProviderCredentials, resetProviderCredentials } from '../../../shared/wearables/providers/credentials';
import { configuredProviders, wearableProvider } from '../../../shared/wearables/providers';
import { providerConfig } from '../../../shared/wearables/providers/config';

const secrets = mockClient(SecretsManagerClient);
const onAws = { WEARABLES_SECRET_ARN: 'arn:aws:secretsmanager:eu-west-3:1:secret:wearables' };
const secretValue = {
  polar: { clientId: 'polar-id', clientSecret: 'polar-secret' },
  withings: { clientId: '', clientSecret: '' },
};

beforeEach(() => {
  secrets.reset();
  resetProviderCredentials();
});
afterAll(() => secrets.restore());

describe('wearable provider credentials from Secrets Manager', () => {
  it('reads the secret once per container, however many calls await it', async () => {
    secrets.on(GetSecretValueCommand).resolves({ SecretString: JSON.stringify(secretValue) });
    await Promise.all([loadProviderCredentials(onAws), loadProviderCredentials(onAws)]);
    await loadProviderCredentials(onAws);
    expect(secrets.commandCalls(GetSecretValueCommand)).toHaveLength(1);
    expect(secrets.commandCalls(GetSecretValueCommand)[0]!.args[0].input).toEqual({ SecretId: onAws.WEARABLES_SECRET_ARN });
    expect(providerConfig('polar', onAws)).toEqual({ ...REAL_ENDPOINTS.polar, clientId: 'polar-id', clientSecret: 'polar-secret' });
  });

  it('leaves a provider with an empty or missing entry unavailable', async () => {
    secrets.on(GetSecretValueCommand).resolves({ SecretString: JSON.stringify(secretValue) });
    await loadProviderCredentials(onAws);
    expect(wearableProvider('withings', onAws)).toBeNull(); // empty strings
    expect(wearableProvider('oura', onAws)).toBeNull(); // no entry
    expect(configuredProviders(onAws).map((p) => p.id)).toEqual(['polar']);
  });

  it('prefers the environment variables over the secret', async () => {
    secrets.on(GetSecretValueCommand).resolves({ SecretString: JSON.stringify(secretValue) });
    const env = { ...onAws, WEARABLES_POLAR_CLIENT_ID: 'env-id', WEARABLES_POLAR_CLIENT_SECRET: 'env-secret' };
    await loadProviderCredentials(env);
    expect(providerConfig('polar', env)).toMatchObject({ clientId: 'env-id', clientSecret: 'env-secret' });
  });

  it('never calls Secrets Manager without WEARABLES_SECRET_ARN (local runs, the simulator)', async () => {
    await loadProviderCredentials({ WEARABLES_OURA_CLIENT_ID: 'id', WEARABLES_OURA_CLIENT_SECRET: 's' });
    expect(secrets.commandCalls(GetSecretValueCommand)).toHaveLength(0);
    expect(wearableProvider('oura', { WEARABLES_OURA_CLIENT_ID: 'id', WEARABLES_OURA_CLIENT_SECRET: 's' })).not.toBeNull();
  });

  it('treats an unreadable or malformed secret as no credentials, without failing the caller', async () => {
    secrets.on(GetSecretValueCommand).rejects(new Error('AccessDeniedException'));
    await expect(loadProviderCredentials(onAws)).resolves.toBeUndefined();
    expect(configuredProviders(onAws)).toEqual([]);

    resetProviderCredentials();
    secrets.on(GetSecretValueCommand).resolves({ SecretString: 'not json' });
    await loadProviderCredentials(onAws);
    expect(configuredProviders(onAws)).toEqual([]);
  });
});
