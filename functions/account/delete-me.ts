import { AdminDeleteUserCommand, CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import * as z from '../../shared/zod';
import { readEnv } from '../../shared/config/env';
import { tableContextFromEnv } from '../../shared/db/context';
import { deleteUserData } from '../../shared/db/entities/account';
import { markAccountErased } from '../../shared/db/entities/erased-account';
import { traced } from '../../shared/logging/tracer';
import { httpHandler } from '../../shared/http/http-handler';
import { noContent } from '../../shared/http/response';
import { CONNECTABLE_PROVIDERS } from '../../shared/domain/wearables/provider';
import { loadProviderCredentials, wearableProvider } from '../../shared/wearables/providers';
import { providerConfig } from '../../shared/wearables/providers/config';
import { revokeUser, withingsCallbackUrl } from '../../shared/wearables/push';
import { tokenCipherFromEnv } from '../../shared/wearables/token-cipher';
import { apiBaseUrl } from '../wearables/public-urls';
import { route } from './delete-me.route';

const ctx = tableContextFromEnv();
const env = readEnv({ USER_POOL_ID: z.string().check(z.minLength(1)) });
const cognito = traced(new CognitoIdentityProviderClient({}));
const cipher = tokenCipherFromEnv();

/**
 * DELETE /me: the erasure mark (from then on the caller's tokens write nothing: 401), the
 * providers' notification subscriptions revoked while their tokens still exist (best effort, as a
 * disconnect does), all of the caller's data, then the Cognito user. The data goes before the user
 * so a failure leaves a signed-in user who can retry (this route accepts an erased account's
 * token), never orphaned data without an owner who can delete it.
 */
export const handler = httpHandler(route, async ({ caller, event }) => {
  await markAccountErased(ctx, caller.userId, new Date());
  await loadProviderCredentials();
  for (const id of CONNECTABLE_PROVIDERS) {
    const provider = wearableProvider(id);
    const config = providerConfig(id);
    if (provider?.push === 'subscription' && config) await revokeUser(ctx, cipher, provider, { userId: caller.userId, callbackUrl: withingsCallbackUrl(apiBaseUrl(event), config) });
  }
  await deleteUserData(ctx, caller.userId);
  await cognito.send(new AdminDeleteUserCommand({ UserPoolId: env.USER_POOL_ID, Username: caller.userId })).catch((error: Error) => {
    if (error.name !== 'UserNotFoundException') throw error;
  });
  return noContent();
});
