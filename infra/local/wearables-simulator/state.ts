import { uniformRandom } from '../../../shared/domain/rng';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { generateHeartRate, seedOf } from './heart-rate';

export type SimProvider = 'polar' | 'withings' | 'oura';
export const SIM_PROVIDERS: SimProvider[] = ['polar', 'withings', 'oura'];

/** The client credentials the simulator accepts (the local stack is configured with them). */
export const simClient = (provider: SimProvider) => ({ clientId: `twinforge-local-${provider}`, clientSecret: `local-secret-${provider}` });

/** Each provider's token lifetimes and request limits for our client (from their documentation). */
export const PROVIDER_RULES: Record<SimProvider, { accessTtlSec: number; rotatesRefresh: boolean; sampleStepSec: number; limit: { requests: number; windowSeconds: number }; limitScope: 'client' | 'token' }> = {
  polar: { accessTtlSec: 315_360_000, rotatesRefresh: false, sampleStepSec: 1, limit: { requests: 500, windowSeconds: 900 }, limitScope: 'client' },
  withings: { accessTtlSec: 10_800, rotatesRefresh: true, sampleStepSec: 5, limit: { requests: 120, windowSeconds: 60 }, limitScope: 'client' },
  // Oura API v2: 5,000 requests per 5 minutes per access token.
  oura: { accessTtlSec: 86_400, rotatesRefresh: true, sampleStepSec: 5, limit: { requests: 5000, windowSeconds: 300 }, limitScope: 'token' },
};

export interface SimWorkout {
  id: string;
  sport: string;
  startAt: string;
  durationSec: number;
  calories: number;
  distanceM: number | null;
  /** One reading per the provider's sample step (null = dropout). */
  bpm: Array<number | null>;
  stepSec: number;
  uploadedAt: string;
}

export interface SimDay {
  day: string;
  steps: number;
  activeCalories: number;
  totalCalories: number;
  restingHr: number;
}

export interface SimAccount {
  provider: SimProvider;
  login: string;
  userId: string;
  registered: boolean;
  workouts: SimWorkout[];
  days: SimDay[];
  refreshes: number;
  refusedRefreshes: number;
  requests: number;
}

interface Grant {
  provider: SimProvider;
  login: string;
  redirectUri: string;
  codeChallenge: string | null;
  expiresAt: number;
}

interface TokenRecord {
  provider: SimProvider;
  login: string;
  kind: 'access' | 'refresh';
  expiresAt: number;
  valid: boolean;
}

/** Our client's Polar webhook (one per client), with the key it signs deliveries with. */
export interface SimWebhook {
  id: string;
  events: string[];
  url: string;
  secret: string;
  /** Polar stops delivering to a deactivated webhook (after 7 days of failed deliveries) until it is activated. */
  active?: boolean;
}

/** A Withings notification subscription: one user's callback URL for one `appli`. */
export interface SimSubscription {
  login: string;
  callbackurl: string;
  appli: number;
}

/** One of our app's Oura webhook subscriptions (per data type and event type), with the token Oura's verification GET carries. */
export interface SimOuraSubscription {
  id: string;
  callbackUrl: string;
  verificationToken: string;
  eventType: string;
  dataType: string;
  expiresAt: string;
}

interface Persisted {
  accounts: Record<string, SimAccount>;
  tokens: Record<string, TokenRecord>;
  polarWebhook?: SimWebhook | null;
  withingsSubscriptions?: SimSubscription[];
  ouraSubscriptions?: SimOuraSubscription[];
}

/** Polar AccessLink's documented limits for a partner with `users` registered users: 15 min and 24 h. */
export const polarWindows = (users: number) => [
  { requests: 500 + 20 * users, windowSeconds: 900 },
  { requests: 5000 + 100 * users, windowSeconds: 86_400 },
];

const token = () => randomBytes(24).toString('base64url');
const accountKey = (provider: SimProvider, login: string) => `${provider}:${login}`;

const SPORTS = ['running', 'cycling', 'strength'];

export function newWorkout(provider: SimProvider, args: { startAt: string; durationMin: number; sport: string; seed: number; now: Date }): SimWorkout {
  const stepSec = PROVIDER_RULES[provider].sampleStepSec;
  const durationSec = Math.round(args.durationMin * 60);
  const bpm = generateHeartRate({ sport: args.sport, durationSec, stepSec, seed: args.seed });
  const valid = bpm.filter((b): b is number => b !== null);
  const avg = valid.reduce((a, b) => a + b, 0) / Math.max(1, valid.length);
  return {
    id: provider === 'oura' ? `${Date.parse(args.startAt).toString(36)}-${(args.seed % 100_000).toString(36)}` : String(Date.parse(args.startAt) / 1000 + (args.seed % 997)),
    sport: args.sport,
    startAt: new Date(args.startAt).toISOString(),
    durationSec,
    // Keytel-like: ~ 0.1 kcal per beat above resting per minute.
    calories: Math.round(((avg - 60) * 0.11 + 3) * args.durationMin),
    distanceM: args.sport === 'running' ? Math.round(args.durationMin * 180) : args.sport === 'cycling' ? Math.round(args.durationMin * 450) : null,
    bpm,
    stepSec,
    uploadedAt: args.now.toISOString(),
  };
}

/** A week of history: a workout on most mornings, daily steps, calories and resting HR. */
function history(provider: SimProvider, login: string, now: Date): Pick<SimAccount, 'workouts' | 'days'> {
  const rand = uniformRandom(seedOf(`${provider}:${login}`));
  const workouts: SimWorkout[] = [];
  const days: SimDay[] = [];
  for (let back = 7; back >= 1; back -= 1) {
    const day = new Date(now.getTime() - back * 86_400_000).toISOString().slice(0, 10);
    days.push({ day, steps: Math.round(6000 + rand() * 8000), activeCalories: Math.round(300 + rand() * 500), totalCalories: Math.round(2100 + rand() * 700), restingHr: Math.round(52 + rand() * 10) });
    if (back % 3 === 0) continue;
    const sport = SPORTS[back % SPORTS.length]!;
    workouts.push(newWorkout(provider, { startAt: `${day}T06:${String(Math.floor(rand() * 50)).padStart(2, '0')}:00.000Z`, durationMin: 30 + Math.round(rand() * 40), sport, seed: seedOf(`${login}:${day}`), now }));
  }
  return { workouts, days };
}

/** The simulator's whole state, kept in a JSON file beside the local stack's data (if given). */
export class SimState {
  private data: Persisted = { accounts: {}, tokens: {} };
  private readonly grants = new Map<string, Grant>();
  private readonly windows = new Map<string, { start: number; used: number }>();
  /** A limit set through the control surface (tests); Polar's otherwise follows its formula. */
  private readonly overrides: Partial<Record<SimProvider, { requests: number; windowSeconds: number }>> = {};

  constructor(private readonly file: string | null) {
    if (file && existsSync(file)) this.data = JSON.parse(readFileSync(file, 'utf8')) as Persisted;
  }

  save() {
    if (this.file) writeFileSync(this.file, JSON.stringify(this.data));
  }

  account(provider: SimProvider, login: string, now = new Date()): SimAccount {
    const key = accountKey(provider, login);
    let account = this.data.accounts[key];
    if (!account) {
      const userId = provider === 'oura' ? createHash('sha256').update(key).digest('hex').slice(0, 24) : String(10_000_000 + (seedOf(key) % 89_999_999));
      account = { provider, login, userId, registered: false, ...history(provider, login, now), refreshes: 0, refusedRefreshes: 0, requests: 0 };
      this.data.accounts[key] = account;
      this.save();
    }
    return account;
  }

  findAccount(provider: SimProvider, login: string): SimAccount | null {
    return this.data.accounts[accountKey(provider, login)] ?? null;
  }

  issueCode(grant: Omit<Grant, 'expiresAt'>, now = Date.now()): string {
    const code = token();
    this.grants.set(code, { ...grant, expiresAt: now + 10 * 60_000 });
    return code;
  }

  /** Single use: a code is gone once presented, valid or not. */
  takeCode(code: string, now = Date.now()): Grant | null {
    const grant = this.grants.get(code);
    this.grants.delete(code);
    return grant && grant.expiresAt > now ? grant : null;
  }

  issueTokens(provider: SimProvider, login: string, now = Date.now()) {
    const access = token();
    const refresh = token();
    const ttl = PROVIDER_RULES[provider].accessTtlSec;
    this.data.tokens[access] = { provider, login, kind: 'access', expiresAt: now + ttl * 1000, valid: true };
    if (provider !== 'polar') this.data.tokens[refresh] = { provider, login, kind: 'refresh', expiresAt: now + 365 * 86_400_000, valid: true };
    this.save();
    return { accessToken: access, refreshToken: provider === 'polar' ? null : refresh, expiresIn: ttl };
  }

  /** Rotation: the presented refresh token is spent whatever happens next; a spent one is refused. */
  refresh(provider: SimProvider, refreshToken: string, now = Date.now()) {
    const record = this.data.tokens[refreshToken];
    if (!record || record.provider !== provider || record.kind !== 'refresh' || !record.valid || record.expiresAt <= now) {
      if (record) this.account(provider, record.login).refusedRefreshes += 1;
      this.save();
      return null;
    }
    record.valid = false;
    const account = this.account(provider, record.login);
    account.refreshes += 1;
    return { login: record.login, ...this.issueTokens(provider, record.login, now) };
  }

  accountOfAccessToken(provider: SimProvider, accessToken: string, now = Date.now()): SimAccount | null {
    const record = this.data.tokens[accessToken];
    if (!record || record.provider !== provider || record.kind !== 'access' || !record.valid || record.expiresAt <= now) return null;
    return this.account(provider, record.login);
  }

  /** Access tokens stop working (as when they expire); with `refreshToo`, the user revoked our access. */
  expireAccessTokens(provider: SimProvider, login: string, refreshToo = false) {
    for (const record of Object.values(this.data.tokens)) {
      if (record.provider === provider && record.login === login && (record.kind === 'access' || refreshToo)) record.valid = false;
    }
    this.save();
  }

  tokenCounts(provider: SimProvider, login: string, now = Date.now()) {
    const mine = Object.values(this.data.tokens).filter((r) => r.provider === provider && r.login === login && r.valid && r.expiresAt > now);
    return { validAccessTokens: mine.filter((r) => r.kind === 'access').length, validRefreshTokens: mine.filter((r) => r.kind === 'refresh').length };
  }

  registeredUsers(provider: SimProvider): number {
    return Object.values(this.data.accounts).filter((a) => a.provider === provider && a.registered).length;
  }

  /** The provider's limit windows now: an override, Polar's formula on its registered users, or the documented flat limit. */
  limitWindows(provider: SimProvider): Array<{ requests: number; windowSeconds: number }> {
    const override = this.overrides[provider];
    if (override) return [override];
    return provider === 'polar' ? polarWindows(this.registeredUsers('polar')) : [PROVIDER_RULES[provider].limit];
  }

  /**
   * Fixed windows per provider and, where the provider limits each access token, per bearer token
   * (requests without one, like the token endpoint's, count against our client id): refused once
   * any window's requests are used (a refused request still counts toward the longer windows, as
   * Polar documents). `windows` tells each window's limit, usage and seconds to reset (Polar's headers).
   */
  allow(provider: SimProvider, bearer: string, now = Date.now()): { allowed: boolean; retryAfterSeconds: number; windows: Array<{ limit: number; used: number; resetSeconds: number }> } {
    const scope = PROVIDER_RULES[provider].limitScope === 'token' && bearer ? `${provider}#${bearer}` : provider;
    const windows = this.limitWindows(provider).map(({ requests, windowSeconds }) => {
      const start = Math.floor(now / 1000 / windowSeconds) * windowSeconds;
      const key = `${scope}@${windowSeconds}`;
      const window = this.windows.get(key);
      const current = window && window.start === start ? window : { start, used: 0 };
      this.windows.set(key, current);
      return { requests, current, resetSeconds: Math.max(1, Math.ceil(start + windowSeconds - now / 1000)) };
    });
    const spent = windows.filter((w) => w.current.used >= w.requests);
    for (const w of windows) if (spent.length === 0 || w.current.used < w.requests) w.current.used += 1;
    const told = windows.map((w) => ({ limit: w.requests, used: w.current.used, resetSeconds: w.resetSeconds }));
    if (spent.length > 0) return { allowed: false, retryAfterSeconds: Math.max(...spent.map((w) => w.resetSeconds)), windows: told };
    return { allowed: true, retryAfterSeconds: 0, windows: told };
  }

  setLimit(provider: SimProvider, limit: { requests: number; windowSeconds: number } | null) {
    if (limit) this.overrides[provider] = limit;
    else delete this.overrides[provider];
    for (const key of this.windows.keys()) if (key.startsWith(`${provider}@`) || key.startsWith(`${provider}#`)) this.windows.delete(key);
  }

  get polarWebhook(): SimWebhook | null {
    return this.data.polarWebhook ?? null;
  }

  set polarWebhook(webhook: SimWebhook | null) {
    this.data.polarWebhook = webhook;
    this.save();
  }

  get withingsSubscriptions(): SimSubscription[] {
    return (this.data.withingsSubscriptions ??= []);
  }

  get ouraSubscriptions(): SimOuraSubscription[] {
    return (this.data.ouraSubscriptions ??= []);
  }
}
