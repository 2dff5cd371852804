import { tableContextFromEnv } from '../../shared/db/context';
import { createOAuthState } from '../../shared/db/entities/oauth-state';
import { codeChallengeS256, newOAuthState } from '../../shared/domain/wearables/oauth-state';
import { httpHandler } from '../../shared/http/http-handler';
import { json } from '../../shared/http/response';
import { route } from './connect.route';
import { callbackUrl } from './public-urls';
import { requireProvider } from './providers';

const ctx = tableContextFromEnv();

/** POST /wearables/{provider}/connect: stores a fresh state (+ PKCE verifier) and answers the provider's authorize URL. */
export const handler = httpHandler(route, async ({ caller, params, body, event }) => {
  const provider = await requireProvider(params.provider);
  const redirectUri = callbackUrl(event, provider.id);
  const state = newOAuthState({ userId: caller.userId, provider: provider.id, redirectUri, returnTo: body.returnTo ?? null, now: new Date() });
  await createOAuthState(ctx, state);
  const authorizeUrl = provider.authorizeUrl({ state: state.state, codeChallenge: codeChallengeS256(state.codeVerifier), redirectUri });
  return json(200, { authorizeUrl, expiresAt: state.validUntil });
});
