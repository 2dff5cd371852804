import { randomUUID } from 'node:crypto';
import type { TableContext } from '../db/context';
import { markDeviceReauthRequired } from '../db/entities/device';
import { acquireRefreshLease, readDeviceTokens, releaseRefreshLease, rotateDeviceTokens } from '../db/entities/device-tokens';
import { VersionConflictError } from '../db/item';
import type { DecryptedTokens, TokenCipher } from '../domain/wearables/device';
import { ProviderAuthError, type ChargeRequest, type WearableProvider } from '../domain/wearables/provider';

/** Refresh this long before the access token expires. */
const EXPIRY_MARGIN_MS = 5 * 60_000;
/** A refresher holds the lock at most this long (the provider call has a 15 s timeout). */
const LEASE_MS = 30_000;
const WAIT_STEP_MS = 200;

export interface TokenDeps {
  ctx: TableContext;
  cipher: TokenCipher;
  provider: WearableProvider;
  charge: ChargeRequest;
  now?: () => Date;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function tokensOrThrow(deps: TokenDeps, userId: string): Promise<DecryptedTokens> {
  const tokens = await readDeviceTokens(deps.ctx, deps.cipher, userId, deps.provider.id);
  if (!tokens) throw new ProviderAuthError(deps.provider.id, 'access', 'not connected');
  return tokens;
}

/**
 * A usable access token for the user's device. When it expires soon (or `rejected` is the token
 * the provider just refused), one refresher takes the refresh lease and rotates the tokens; any
 * concurrent caller waits for the new version instead of spending the same single-use refresh
 * token. A refused refresh marks the device `reauth_required` (shown in the app) and throws.
 */
export async function usableAccessToken(deps: TokenDeps, userId: string, rejected?: string): Promise<string> {
  const clock = deps.now ?? (() => new Date());
  const deadline = Date.now() + LEASE_MS + 5_000;
  let tokens = await tokensOrThrow(deps, userId);
  for (;;) {
    const expiresAt = tokens.accessTokenExpiresAt ? Date.parse(tokens.accessTokenExpiresAt) : Infinity;
    const stale = tokens.accessToken === rejected || expiresAt - EXPIRY_MARGIN_MS <= clock().getTime();
    if (!stale) return tokens.accessToken;
    if (!deps.provider.refreshes || !tokens.refreshToken) throw new ProviderAuthError(deps.provider.id, 'access', 'the access token expired and cannot be refreshed');

    const leaseId = randomUUID();
    if (await acquireRefreshLease(deps.ctx, { userId, provider: deps.provider.id, expectedVersion: tokens.version, leaseId, leaseMs: LEASE_MS, now: clock() })) {
      try {
        const fresh = await deps.provider.refresh(tokens.refreshToken, deps.charge);
        await rotateDeviceTokens(deps.ctx, deps.cipher, { userId, provider: deps.provider.id, expectedVersion: tokens.version, tokens: fresh, now: clock() });
        return fresh.accessToken;
      } catch (error) {
        await releaseRefreshLease(deps.ctx, { userId, provider: deps.provider.id, leaseId });
        if (error instanceof ProviderAuthError) await markDeviceReauthRequired(deps.ctx, userId, deps.provider.id, 'The provider refused to renew access; connect it again.');
        // The user reconnected meanwhile (new tokens, new version): use those.
        if (!(error instanceof VersionConflictError)) throw error;
      }
    } else {
      await sleep(WAIT_STEP_MS);
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for another refresh of ${deps.provider.id} tokens`);
    const previous = tokens.version;
    tokens = await tokensOrThrow(deps, userId);
    // Another refresher landed new tokens: they are fresh whatever `rejected` was.
    if (tokens.version !== previous) rejected = undefined;
  }
}

/**
 * Runs a provider call with a usable token; if the provider refuses that token (revoked early,
 * clock skew), refreshes once and retries.
 */
export async function withAccessToken<T>(deps: TokenDeps, userId: string, run: (accessToken: string) => Promise<T>): Promise<T> {
  const token = await usableAccessToken(deps, userId);
  try {
    return await run(token);
  } catch (error) {
    if (!(error instanceof ProviderAuthError) || error.kind !== 'access' || !deps.provider.refreshes) throw error;
    return run(await usableAccessToken(deps, userId, token));
  }
}
