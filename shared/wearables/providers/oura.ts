import { ProviderUnavailableError, type ChargeRequest, type ProviderBudget, type ProviderDay, type ProviderWorkout, type WearableProvider } from '../../domain/wearables/provider';
import type { ProviderConfig } from './config';
import { expiryFrom, form, providerRequest } from './http';
import { plainSport } from './sports';

interface Page<T> {
  data: T[];
  next_token?: string | null;
}
interface OuraWorkout {
  id: string;
  activity: string;
  calories?: number | null;
  distance?: number | null;
  start_datetime: string;
  end_datetime: string;
  label?: string | null;
}
interface OuraHeartRate {
  bpm: number;
  timestamp: string;
}
interface OuraDailyActivity {
  day: string;
  steps?: number;
  active_calories?: number;
  total_calories?: number;
  timestamp?: string;
}
interface OuraSleep {
  day: string;
  lowest_heart_rate?: number | null;
  type?: string;
}

/** 5,000 requests per 5 minutes per access token (our app's subscription calls count as one more holder). */
export const OURA_BUDGET: ProviderBudget = { windows: [{ requests: 5000, windowSeconds: 300 }], scope: 'token' };

export interface OuraSubscription {
  id: string;
  callbackUrl: string;
  eventType: string;
  dataType: string;
  expiresAt: string;
}
interface OuraSubscriptionBody {
  id: string;
  callback_url: string;
  event_type: string;
  data_type: string;
  expiration_time: string;
}
const subscriptionOf = (body: OuraSubscriptionBody): OuraSubscription => ({
  id: body.id,
  callbackUrl: body.callback_url,
  eventType: body.event_type,
  dataType: body.data_type,
  expiresAt: new Date(body.expiration_time).toISOString(),
});

/**
 * Oura's webhook subscriptions: per app and per (data_type, event_type), authenticated by our client
 * id and secret; they expire and are renewed. On creation Oura checks the callback with a GET
 * carrying our verification token and a challenge to echo.
 */
export function ouraWebhooks(config: ProviderConfig) {
  const headers = { 'x-client-id': config.clientId, 'x-client-secret': config.clientSecret, 'content-type': 'application/json' };
  const url = `${config.apiBase}/v2/webhook/subscription`;
  return {
    async list(charge: ChargeRequest): Promise<OuraSubscription[]> {
      const { body } = await providerRequest<OuraSubscriptionBody[] | null>('oura', url, { headers }, charge);
      return (Array.isArray(body) ? body : []).map(subscriptionOf);
    },
    /** Oura first checks `callbackUrl` with its verification GET; `exists` when another creator just made the same one (409). */
    async create(args: { callbackUrl: string; verificationToken: string; eventType: string; dataType: string }, charge: ChargeRequest): Promise<OuraSubscription | 'exists'> {
      const payload = { callback_url: args.callbackUrl, verification_token: args.verificationToken, event_type: args.eventType, data_type: args.dataType };
      const { status, body } = await providerRequest<OuraSubscriptionBody>('oura', url, { method: 'POST', headers, body: JSON.stringify(payload) }, charge);
      if (status === 409) return 'exists';
      if (status >= 300 || !body?.id) throw new ProviderUnavailableError('oura', `the ${args.dataType}.${args.eventType} subscription was not created (HTTP ${status})`);
      return subscriptionOf(body);
    },
    async renew(id: string, charge: ChargeRequest): Promise<OuraSubscription> {
      const { status, body } = await providerRequest<OuraSubscriptionBody>('oura', `${url}/renew/${encodeURIComponent(id)}`, { method: 'PUT', headers }, charge);
      if (status >= 300 || !body?.id) throw new ProviderUnavailableError('oura', `subscription ${id} was not renewed (HTTP ${status})`);
      return subscriptionOf(body);
    },
    async remove(id: string, charge: ChargeRequest): Promise<void> {
      await providerRequest('oura', `${url}/${encodeURIComponent(id)}`, { method: 'DELETE', headers }, charge);
    },
  };
}

/**
 * Oura API v2. Authorization code flow (client secret in the body); access tokens expire and each
 * refresh token works once (Oura: "token already used or revoked"), so every refresh stores the
 * new pair. Collections under /v2/usercollection, paged with `next_token`: workout, heartrate
 * (for a workout's window), daily_activity, sleep (its lowest HR is the day's resting HR).
 * Budget: 5,000 requests per 5 minutes. New data is pushed to our app's webhook subscriptions
 * (ouraWebhooks), so devices are polled only to reconcile.
 */
export function ouraProvider(config: ProviderConfig): WearableProvider {
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  async function collection<T>(accessToken: string, name: string, query: Record<string, string>, charge: ChargeRequest): Promise<T[]> {
    const items: T[] = [];
    let next: string | undefined;
    do {
      const url = `${config.apiBase}/v2/usercollection/${name}?${form({ ...query, next_token: next })}`;
      const { body } = await providerRequest<Page<T>>('oura', url, { headers: bearer(accessToken) }, charge);
      items.push(...(body?.data ?? []));
      next = body?.next_token ?? undefined;
    } while (next);
    return items;
  }

  async function token(fields: Record<string, string>, kind: 'code' | 'refresh', charge: ChargeRequest) {
    const { body } = await providerRequest<{ access_token: string; refresh_token: string; expires_in?: number; scope?: string }>(
      'oura',
      config.tokenUrl,
      { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form({ ...fields, client_id: config.clientId, client_secret: config.clientSecret }), authKind: kind },
      charge,
    );
    return { tokens: { accessToken: body.access_token, accessTokenExpiresAt: expiryFrom(body.expires_in), refreshToken: body.refresh_token }, scope: body.scope };
  }

  return {
    id: 'oura',
    displayName: 'Oura',
    pkce: false,
    refreshes: true,
    features: ['workouts', 'heart_rate', 'daily'],
    budget: OURA_BUDGET,
    push: 'webhook',
    authorizeUrl({ state, redirectUri }) {
      const url = new URL(config.authorizeUrl);
      url.search = form({ response_type: 'code', client_id: config.clientId, redirect_uri: redirectUri, scope: 'personal daily heartrate workout', state }).toString();
      return url.toString();
    },
    async exchangeCode({ code, redirectUri }, charge) {
      const { tokens, scope } = await token({ grant_type: 'authorization_code', code, redirect_uri: redirectUri }, 'code', charge);
      const { body } = await providerRequest<{ id?: string }>('oura', `${config.apiBase}/v2/usercollection/personal_info`, { headers: bearer(tokens.accessToken) }, charge);
      return { tokens, externalUserId: body?.id ?? null, scopes: (scope ?? 'personal daily heartrate workout').split(' ') };
    },
    async refresh(refreshToken, charge) {
      return (await token({ grant_type: 'refresh_token', refresh_token: refreshToken }, 'refresh', charge)).tokens;
    },
    async fetchWorkouts(accessToken, range, charge) {
      const workouts = await collection<OuraWorkout>(accessToken, 'workout', { start_date: range.from.toISOString().slice(0, 10), end_date: range.to.toISOString().slice(0, 10) }, charge);
      const result: ProviderWorkout[] = [];
      for (const w of workouts) {
        const start = Date.parse(w.start_datetime);
        if (start < range.from.getTime() || start >= range.to.getTime()) continue;
        const samples = await collection<OuraHeartRate>(accessToken, 'heartrate', { start_datetime: new Date(start).toISOString(), end_datetime: new Date(w.end_datetime).toISOString() }, charge);
        const type = plainSport(w.activity);
        result.push({
          externalId: w.id,
          type,
          title: (w.label ?? `Oura ${type}`).slice(0, 120),
          startAt: new Date(start).toISOString(),
          endAt: new Date(w.end_datetime).toISOString(),
          calories: w.calories ?? null,
          distanceKm: w.distance ? w.distance / 1000 : null,
          avgHr: null,
          maxHr: null,
          samples: samples.map((s) => ({ t: s.timestamp, bpm: s.bpm })),
          samplingIntervalSec: null,
          sourceUpdatedAt: null,
        });
      }
      return result;
    },
    async fetchDays(accessToken, range, charge): Promise<ProviderDay[]> {
      const query = { start_date: range.fromDay, end_date: range.toDay };
      const [activity, sleep] = [await collection<OuraDailyActivity>(accessToken, 'daily_activity', query, charge), await collection<OuraSleep>(accessToken, 'sleep', query, charge)];
      const resting = new Map<string, number>();
      for (const night of sleep) {
        if (typeof night.lowest_heart_rate === 'number') resting.set(night.day, Math.min(resting.get(night.day) ?? Infinity, night.lowest_heart_rate));
      }
      return activity.map((day) => ({
        localDay: day.day,
        steps: day.steps ?? null,
        activeCalories: day.active_calories ?? null,
        totalCalories: day.total_calories ?? null,
        restingHr: resting.get(day.day) ?? null,
        minHr: null,
        avgHr: null,
        maxHr: null,
        sourceUpdatedAt: day.timestamp ? new Date(day.timestamp).toISOString() : null,
      }));
    },
  };
}
