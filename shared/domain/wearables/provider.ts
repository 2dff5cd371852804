import * as z from '../../zod';
import type { OAuthTokens } from './device';
import type { HrSample } from '../science/heart-rate/timeline';

/**
 * Wearable provider ids ("polar", "withings", "oura", "file"…). They appear inside keys and ids
 * (`DEVICE#<provider>`, `WORKOUT#<provider>#<externalId>`, `wb_<provider>_<externalId>`), so they
 * never contain `_` or `#`: no provider's prefix can match another provider's items.
 */
export const providerIdSchema = z
  .string()
  .check(z.regex(/^[a-z][a-z0-9-]{1,31}$/, 'must be 2–32 lower-case letters, digits or dashes, starting with a letter'));
export type ProviderId = z.infer<typeof providerIdSchema>;

/** A provider's own id for a workout: printable ASCII, no spaces. */
export const externalIdSchema = z.string().check(z.minLength(1), z.maxLength(128), z.regex(/^[\x21-\x7e]+$/, 'must be printable ASCII without spaces'));

/**
 * Providers a user can connect with OAuth. Strava is deliberately absent: its API agreement
 * forbids feeding its data to AI, and every imported workout may reach the coaches' prompts.
 */
export const CONNECTABLE_PROVIDERS = ['polar', 'withings', 'oura'] as const;
export const connectableProviderSchema = z.enum(CONNECTABLE_PROVIDERS, {
  error: `must be one of ${CONNECTABLE_PROVIDERS.join(', ')}`,
});
export type ConnectableProvider = z.infer<typeof connectableProviderSchema>;

/** A workout as a provider reports it, with its heart-rate timeline when the provider has one. */
export interface ProviderWorkout {
  externalId: string;
  /** Activity type in plain words ("running", "cycling", "strength"). */
  type: string;
  title: string;
  startAt: string;
  endAt: string;
  calories: number | null;
  distanceKm: number | null;
  /** The provider's own averages, kept when the samples are missing. */
  avgHr: number | null;
  maxHr: number | null;
  samples: HrSample[];
  /** Device cadence of `samples` in seconds, when the provider says. */
  samplingIntervalSec: number | null;
  sourceUpdatedAt: string | null;
}

/** One local day of a provider's daily data. */
export interface ProviderDay {
  localDay: string;
  steps: number | null;
  activeCalories: number | null;
  totalCalories: number | null;
  restingHr: number | null;
  minHr: number | null;
  avgHr: number | null;
  maxHr: number | null;
  sourceUpdatedAt: string | null;
}

/** What the token endpoint answered to an authorization code. */
export interface CodeExchange {
  tokens: OAuthTokens;
  externalUserId: string | null;
  scopes: string[];
}

/** One fixed window of a provider's request limit. */
export interface BudgetWindow {
  requests: number;
  windowSeconds: number;
}

/**
 * A provider's request limit, and whose it is: `app` when the provider limits our client id (all
 * our users share it), `token` when it limits each access token (each connected user has their own).
 * Every window is charged for each request (Polar: 15 minutes and 24 hours); `requests` is the floor
 * used until the provider tells its current limit (Polar's `RateLimit-Limit`, one value per window).
 */
export interface ProviderBudget {
  windows: BudgetWindow[];
  scope: 'app' | 'token';
}

/** Charged before each provider request; throws ProviderRateLimitedError when the budget is spent. */
export interface ChargeRequest {
  (): Promise<void>;
  /** The provider's current limits, one per budget window in order (from its response headers): remembered for later charges. */
  observeLimits?: (limits: number[]) => Promise<void>;
}

/**
 * How a provider tells us about new data: `webhook` (one per client app, signed deliveries: Polar),
 * `subscription` (one per user, made with their token: Withings). Pushed devices are polled only to
 * reconcile (every 24 h) and whenever a notification makes them due.
 */
export type PushKind = 'webhook' | 'subscription';

/**
 * The port every provider implements (shared/wearables/providers/*): OAuth 2.0 authorization
 * code flow, refresh, and the two data paths the poller reads.
 */
export interface WearableProvider {
  id: ConnectableProvider;
  displayName: string;
  /** Whether the authorize request carries a PKCE S256 challenge (and the exchange its verifier). */
  pkce: boolean;
  /** Whether access tokens expire and are refreshed (Polar's do not: it issues no refresh token). */
  refreshes: boolean;
  /** What the app reads: workouts with HR, daily data. */
  features: Array<'workouts' | 'heart_rate' | 'daily'>;
  budget: ProviderBudget;
  /** How the provider notifies us of new data; none: the device is polled every 15 minutes. */
  push?: PushKind;
  /** `subscription` providers: subscribe and revoke the user's notifications to our callback URL. */
  subscribeNotifications?(accessToken: string, callbackUrl: string, charge: ChargeRequest): Promise<void>;
  revokeNotifications?(accessToken: string, callbackUrl: string, charge: ChargeRequest): Promise<void>;
  authorizeUrl(args: { state: string; codeChallenge: string; redirectUri: string }): string;
  exchangeCode(args: { code: string; codeVerifier: string; redirectUri: string }, charge: ChargeRequest): Promise<CodeExchange>;
  /** A new access token (and, when the provider rotates them, a new refresh token: the old one is spent). */
  refresh(refreshToken: string, charge: ChargeRequest): Promise<OAuthTokens>;
  /** Workouts that started within [from, to), their HR samples included. */
  fetchWorkouts(accessToken: string, range: { from: Date; to: Date }, charge: ChargeRequest): Promise<ProviderWorkout[]>;
  /** Daily data of the local days [fromDay, toDay]. */
  fetchDays(accessToken: string, range: { fromDay: string; toDay: string }, charge: ChargeRequest): Promise<ProviderDay[]>;
}

/** The provider refused a token (revoked, expired, already used): the user must connect again. */
export class ProviderAuthError extends Error {
  constructor(readonly provider: string, readonly kind: 'access' | 'refresh' | 'code', detail: string) {
    super(`${provider} refused the ${kind === 'code' ? 'authorization code' : `${kind} token`}: ${detail}`);
    this.name = 'ProviderAuthError';
  }
}

/** The provider (or our own budget for it) says wait. */
export class ProviderRateLimitedError extends Error {
  constructor(readonly provider: string, readonly retryAfterSeconds: number, readonly origin: 'provider' | 'budget') {
    super(`${provider} rate limit reached (${origin}); retry in ${retryAfterSeconds} s`);
    this.name = 'ProviderRateLimitedError';
  }
}

/** The provider answered something we cannot use (5xx, malformed body). */
export class ProviderUnavailableError extends Error {
  constructor(readonly provider: string, detail: string) {
    super(`${provider} is unavailable: ${detail}`);
    this.name = 'ProviderUnavailableError';
  }
}

/**
 * Devices of one provider synced at once. A sync is ~1 s of provider round trips, mostly waiting,
 * so one run of (900 − 90) s syncs 810 × this many devices per provider: 32 → 25,920
 * (docs/scale.md §8: past 1 M MAU with every provider pushing). Three providers × 32 = 96 syncs in
 * flight, each with one DynamoDB call at a time: within the document client's 128 sockets
 * (shared/db/client.ts). The budgets hold at any bound (each request is charged by one conditional
 * write first).
 */
export const DEVICES_IN_FLIGHT_PER_PROVIDER = 32;
