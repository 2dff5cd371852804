import { ProviderAuthError, ProviderRateLimitedError, ProviderUnavailableError, type ChargeRequest, type ProviderWorkout, type WearableProvider } from '../../domain/wearables/provider';
import { WITHINGS_APPLIS } from '../../domain/wearables/push';
import type { ProviderConfig } from './config';
import { expiryFrom, form, isoFromEpoch, providerRequest } from './http';

/** Withings answers HTTP 200 with its own `status`: 0 is success. */
interface Envelope<T> {
  status: number;
  body?: T;
  error?: string;
}
/** Statuses meaning the token is invalid, expired or revoked. */
const AUTH_STATUSES = new Set([100, 101, 102, 200, 401]);
const TOO_MANY_REQUESTS = 601;

/** Withings workout categories we map to plain words; others are "workout". */
const CATEGORIES: Record<number, string> = { 1: 'walking', 2: 'running', 3: 'hiking', 6: 'cycling', 7: 'swimming', 16: 'strength', 17: 'elliptical', 18: 'pilates', 19: 'basketball', 28: 'yoga', 36: 'rowing', 187: 'hiit', 272: 'indoor cycling' };

interface WithingsWorkout {
  id: number;
  category: number;
  startdate: number;
  enddate: number;
  modified?: number;
  data?: { calories?: number; hr_average?: number; hr_max?: number; hr_min?: number; distance?: number };
}
interface WithingsActivity {
  date: string;
  steps?: number;
  calories?: number;
  totalcalories?: number;
  hr_average?: number;
  hr_min?: number;
  hr_max?: number;
  modified?: number;
}

/**
 * Withings Public API. Authorization code flow (no PKCE); `action=requesttoken` on /v2/oauth2
 * for the code and for refreshes: access tokens last 3 h and the refresh token rotates on every
 * use (the previous one stops working). Data through /v2/measure: `getworkouts`,
 * `getintradayactivity` (heart_rate per timestamp) and `getactivity` (daily). 120 requests per
 * minute for the client; errors are HTTP 200 with a non-zero `status` (601 = too many requests).
 * New data is pushed: each user's `notify` subscription (appli 16, activity) to our callback URL,
 * made on connect and revoked on disconnect; their devices are then only polled to reconcile.
 */
export function withingsProvider(config: ProviderConfig): WearableProvider {
  async function call<T>(url: string, fields: Record<string, string | number | undefined>, charge: ChargeRequest, auth: { accessToken?: string; kind: 'access' | 'refresh' | 'code' }): Promise<T> {
    const { body } = await providerRequest<Envelope<T>>(
      'withings',
      url,
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...(auth.accessToken ? { authorization: `Bearer ${auth.accessToken}` } : {}) },
        body: form(fields),
        authKind: auth.kind,
      },
      charge,
    );
    if (!body) throw new ProviderUnavailableError('withings', 'empty answer');
    if (body.status === 0) return (body.body ?? {}) as T;
    if (body.status === TOO_MANY_REQUESTS) throw new ProviderRateLimitedError('withings', 60, 'provider');
    if (AUTH_STATUSES.has(body.status) || (auth.kind !== 'access' && body.status === 503)) throw new ProviderAuthError('withings', auth.kind, `status ${body.status}`);
    throw new ProviderUnavailableError('withings', `status ${body.status}`);
  }

  const tokens = (body: { access_token: string; refresh_token: string; expires_in?: number }) => ({
    accessToken: body.access_token,
    accessTokenExpiresAt: expiryFrom(body.expires_in),
    refreshToken: body.refresh_token,
  });
  const measure = `${config.apiBase}/v2/measure`;

  async function heartRate(accessToken: string, start: number, end: number, charge: ChargeRequest): Promise<ProviderWorkout['samples']> {
    const body = await call<{ series: Record<string, { heart_rate?: number }> }>(measure, { action: 'getintradayactivity', startdate: start, enddate: end, data_fields: 'heart_rate' }, charge, { accessToken, kind: 'access' });
    return Object.entries(body.series ?? {})
      .flatMap(([t, value]) => (typeof value.heart_rate === 'number' ? [{ t: Number(t), bpm: value.heart_rate }] : []))
      .sort((a, b) => a.t - b.t);
  }

  return {
    id: 'withings',
    displayName: 'Withings',
    pkce: false,
    refreshes: true,
    features: ['workouts', 'heart_rate', 'daily'],
    budget: { windows: [{ requests: 120, windowSeconds: 60 }], scope: 'app' },
    push: 'subscription',
    async subscribeNotifications(accessToken, callbackUrl, charge) {
      for (const appli of WITHINGS_APPLIS) await call(`${config.apiBase}/notify`, { action: 'subscribe', callbackurl: callbackUrl, appli }, charge, { accessToken, kind: 'access' });
    },
    async revokeNotifications(accessToken, callbackUrl, charge) {
      for (const appli of WITHINGS_APPLIS) await call(`${config.apiBase}/notify`, { action: 'revoke', callbackurl: callbackUrl, appli }, charge, { accessToken, kind: 'access' });
    },
    authorizeUrl({ state, redirectUri }) {
      const url = new URL(config.authorizeUrl);
      url.search = form({ response_type: 'code', client_id: config.clientId, redirect_uri: redirectUri, scope: 'user.activity,user.metrics', state }).toString();
      return url.toString();
    },
    async exchangeCode({ code, redirectUri }, charge) {
      const body = await call<{ userid: string | number; access_token: string; refresh_token: string; expires_in?: number; scope?: string }>(
        config.tokenUrl,
        { action: 'requesttoken', grant_type: 'authorization_code', client_id: config.clientId, client_secret: config.clientSecret, code, redirect_uri: redirectUri },
        charge,
        { kind: 'code' },
      );
      return { tokens: tokens(body), externalUserId: String(body.userid), scopes: (body.scope ?? 'user.activity,user.metrics').split(',') };
    },
    async refresh(refreshToken, charge) {
      const body = await call<{ access_token: string; refresh_token: string; expires_in?: number }>(
        config.tokenUrl,
        { action: 'requesttoken', grant_type: 'refresh_token', client_id: config.clientId, client_secret: config.clientSecret, refresh_token: refreshToken },
        charge,
        { kind: 'refresh' },
      );
      return tokens(body);
    },
    async fetchWorkouts(accessToken, range, charge) {
      const workouts: ProviderWorkout[] = [];
      let offset: number | undefined;
      do {
        const body = await call<{ series: WithingsWorkout[]; more: boolean | number; offset?: number }>(
          measure,
          { action: 'getworkouts', startdateymd: range.from.toISOString().slice(0, 10), enddateymd: range.to.toISOString().slice(0, 10), data_fields: 'calories,hr_average,hr_max,hr_min,distance', offset },
          charge,
          { accessToken, kind: 'access' },
        );
        for (const w of body.series ?? []) {
          if (w.startdate * 1000 < range.from.getTime() || w.startdate * 1000 >= range.to.getTime()) continue;
          const type = CATEGORIES[w.category] ?? 'workout';
          workouts.push({
            externalId: String(w.id),
            type,
            title: `Withings ${type}`,
            startAt: isoFromEpoch(w.startdate),
            endAt: isoFromEpoch(w.enddate),
            calories: w.data?.calories ?? null,
            distanceKm: w.data?.distance ? w.data.distance / 1000 : null,
            avgHr: w.data?.hr_average ?? null,
            maxHr: w.data?.hr_max ?? null,
            samples: await heartRate(accessToken, w.startdate, w.enddate, charge),
            samplingIntervalSec: null,
            sourceUpdatedAt: w.modified ? isoFromEpoch(w.modified) : null,
          });
        }
        offset = body.more ? body.offset : undefined;
      } while (offset !== undefined);
      return workouts;
    },
    async fetchDays(accessToken, range, charge) {
      const body = await call<{ activities: WithingsActivity[] }>(
        measure,
        { action: 'getactivity', startdateymd: range.fromDay, enddateymd: range.toDay, data_fields: 'steps,calories,totalcalories,hr_average,hr_min,hr_max' },
        charge,
        { accessToken, kind: 'access' },
      );
      return (body.activities ?? []).map((day) => ({
        localDay: day.date,
        steps: day.steps ?? null,
        activeCalories: day.calories ?? null,
        totalCalories: day.totalcalories ?? null,
        restingHr: null,
        minHr: day.hr_min ?? null,
        avgHr: day.hr_average ?? null,
        maxHr: day.hr_max ?? null,
        sourceUpdatedAt: day.modified ? isoFromEpoch(day.modified) : null,
      }));
    },
  };
}
