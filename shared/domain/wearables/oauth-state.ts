import { createHash, randomBytes } from 'node:crypto';
import * as z from '../../zod';
import { providerIdSchema } from './provider';

/** How long an authorization request may take, from redirect to callback. */
export const OAUTH_STATE_TTL_MS = 10 * 60_000;

/**
 * `OAUTH#<state>`: binds the OAuth `state` of one authorization request to the user who started it
 * and holds the PKCE verifier until the callback. Single use; invalid after 10 minutes whether or
 * not TTL has deleted it yet.
 */
export const oauthStateSchema = z.object({
  state: z.string().check(z.minLength(32), z.maxLength(128)),
  userId: z.string(),
  provider: providerIdSchema,
  codeVerifier: z.string().check(z.minLength(43), z.maxLength(128)),
  redirectUri: z.nullable(z.string()),
  /** Where the callback sends the browser back to (the app's Devices screen). */
  returnTo: z.optional(z.nullable(z.string())),
  createdAt: z.iso.datetime(),
  validUntil: z.iso.datetime(),
});
export type OAuthState = z.infer<typeof oauthStateSchema>;

const token = () => randomBytes(32).toString('base64url');

/** A fresh state and PKCE verifier (RFC 7636: 43 characters from 32 random bytes). */
export function newOAuthState(args: { userId: string; provider: string; redirectUri?: string | null; returnTo?: string | null; now: Date }): OAuthState {
  return oauthStateSchema.parse({
    state: token(),
    userId: args.userId,
    provider: args.provider,
    codeVerifier: token(),
    redirectUri: args.redirectUri ?? null,
    returnTo: args.returnTo ?? null,
    createdAt: args.now.toISOString(),
    validUntil: new Date(args.now.getTime() + OAUTH_STATE_TTL_MS).toISOString(),
  });
}

/** PKCE S256 code challenge of a verifier. */
export const codeChallengeS256 = (verifier: string): string => createHash('sha256').update(verifier).digest('base64url');

export const isOAuthStateExpired = (state: Pick<OAuthState, 'validUntil'>, now: Date): boolean => Date.parse(state.validUntil) <= now.getTime();

export type OAuthStateProblem = 'unknown' | 'expired' | 'provider';

/** The callback's state is unknown (never issued, or already used), expired, or for another provider. */
export class InvalidOAuthStateError extends Error {
  constructor(readonly reason: OAuthStateProblem) {
    super(
      reason === 'expired'
        ? 'the authorization request expired (10 minutes); start connecting again'
        : reason === 'provider'
          ? 'the authorization request was started for another provider; start connecting again'
          : 'unknown or already used authorization state; start connecting again',
    );
    this.name = 'InvalidOAuthStateError';
  }
}
