import { createHash } from 'node:crypto';
import { ProviderAuthError, ProviderUnavailableError, type ChargeRequest, type ProviderBudget, type ProviderDay, type ProviderWorkout, type WearableProvider } from '../../domain/wearables/provider';
import type { ProviderConfig } from './config';
import { expiryFrom, form, providerRequest } from './http';
import { plainSport } from './sports';

/** ISO 8601 duration (PT1H2M3.5S) → seconds. */
export function isoDurationSeconds(value: string): number {
  const match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?)?$/.exec(value);
  if (!match) return 0;
  const [, d, h, m, s] = match;
  return Number(d ?? 0) * 86_400 + Number(h ?? 0) * 3600 + Number(m ?? 0) * 60 + Number(s ?? 0);
}

interface PolarSample {
  'recording-rate': number;
  'sample-type': string;
  data: string;
}
interface PolarExercise {
  id: string;
  upload_time?: string;
  start_time: string;
  start_time_utc_offset: number;
  duration: string;
  calories?: number;
  distance?: number;
  heart_rate?: { average?: number; maximum?: number };
  sport?: string;
  detailed_sport_info?: string;
  samples?: PolarSample[];
}
interface PolarActivity {
  start_time: string;
  calories?: number;
  active_calories?: number;
  steps?: number;
}

/** Polar's local start time + UTC offset (minutes) → the UTC instant. */
const utcStart = (exercise: PolarExercise) => new Date(Date.parse(`${exercise.start_time.slice(0, 19)}Z`) - exercise.start_time_utc_offset * 60_000);

/** Heart-rate samples (sample type "0") as timed readings; Polar writes 0 or blanks for gaps. */
function heartRateSamples(exercise: PolarExercise, start: Date): { samples: ProviderWorkout['samples']; interval: number | null } {
  const hr = exercise.samples?.find((sample) => sample['sample-type'] === '0');
  if (!hr) return { samples: [], interval: null };
  const rate = hr['recording-rate'] || 1;
  const samples = hr.data.split(',').flatMap((value, index) => {
    const bpm = Number(value);
    return value !== '' && Number.isFinite(bpm) && bpm > 0 ? [{ t: start.getTime() / 1000 + index * rate, bpm }] : [];
  });
  return { samples, interval: rate };
}

export function polarWorkout(exercise: PolarExercise): ProviderWorkout {
  const start = utcStart(exercise);
  const end = new Date(start.getTime() + isoDurationSeconds(exercise.duration) * 1000);
  const { samples, interval } = heartRateSamples(exercise, start);
  const sport = exercise.detailed_sport_info ?? exercise.sport ?? 'workout';
  return {
    externalId: exercise.id,
    type: plainSport(sport),
    title: `Polar ${plainSport(sport)}`.slice(0, 120),
    startAt: start.toISOString(),
    endAt: end.toISOString(),
    calories: exercise.calories ?? null,
    distanceKm: exercise.distance ? exercise.distance / 1000 : null,
    avgHr: exercise.heart_rate?.average ?? null,
    maxHr: exercise.heart_rate?.maximum ?? null,
    samples,
    samplingIntervalSec: interval,
    sourceUpdatedAt: exercise.upload_time ? new Date(exercise.upload_time).toISOString() : null,
  };
}

/**
 * Polar AccessLink v3. Authorization code flow with HTTP Basic client authentication; the access
 * token is long-lived and there is no refresh token. After the exchange the user is registered
 * with our client (`POST /v3/users`, 409 = already registered). Exercises of the last 30 days
 * come with their samples (`GET /v3/exercises?samples=true`), daily activity by date range.
 * Budget (AccessLink "Rate limiting"): per partner client, 500 + 20 × registered users per 15 minutes
 * and 5,000 + 100 × registered users per 24 hours, updated daily and told on every answer in
 * `RateLimit-Limit` ("short,long"): the floors until an answer tells. New data is pushed to our
 * webhook (polarWebhooks), so devices are polled only to reconcile.
 */
export const POLAR_BUDGET: ProviderBudget = { windows: [{ requests: 500, windowSeconds: 900 }, { requests: 5000, windowSeconds: 86_400 }], scope: 'app' };

/** Polar's documented limits for `registeredUsers` users: [15 min, 24 h]. */
export const polarLimits = (registeredUsers: number) => [500 + 20 * registeredUsers, 5000 + 100 * registeredUsers];

/** The events our webhook asks for: what the poller reads (exercises, daily activity). */
export const POLAR_WEBHOOK_EVENTS = ['EXERCISE', 'ACTIVITY_SUMMARY'] as const;

export interface PolarWebhook {
  id: string;
  events: string[];
  url: string;
  /** Only in the answer to its creation: Polar never returns it again. */
  signatureSecretKey?: string;
}

interface PolarWebhookBody {
  id: string;
  events?: string[];
  url: string;
  signature_secret_key?: string;
}
const webhookOf = (body: PolarWebhookBody): PolarWebhook => ({ id: body.id, events: body.events ?? [], url: body.url, signatureSecretKey: body.signature_secret_key });

/** AccessLink's webhook API (one webhook per client, HTTP Basic client authentication). */
export function polarWebhooks(config: ProviderConfig) {
  const headers = { authorization: `Basic ${Buffer.from(`${config.clientId}:${config.clientSecret}`).toString('base64')}`, 'content-type': 'application/json' };
  const url = `${config.apiBase}/v3/webhooks`;
  return {
    async list(charge: ChargeRequest): Promise<PolarWebhook[]> {
      const { body } = await providerRequest<{ data?: PolarWebhookBody[] | PolarWebhookBody }>('polar', url, { headers }, charge);
      const data = body?.data;
      return (Array.isArray(data) ? data : data ? [data] : []).map(webhookOf);
    },
    /** Polar first sends a PING to `target`, which must answer 200; `exists` when the client already has one (409). */
    async create(target: string, charge: ChargeRequest): Promise<PolarWebhook | 'exists'> {
      const { status, body } = await providerRequest<{ data: PolarWebhookBody }>('polar', url, { method: 'POST', headers, body: JSON.stringify({ events: POLAR_WEBHOOK_EVENTS, url: target }) }, charge);
      if (status === 409) return 'exists';
      if (!body?.data?.signature_secret_key) throw new ProviderUnavailableError('polar', 'the created webhook came without its signature key');
      return webhookOf(body.data);
    },
    /** Polar deactivates a webhook after 7 days of failed deliveries; this turns it back on (harmless when active). */
    async activate(charge: ChargeRequest): Promise<void> {
      await providerRequest('polar', `${url}/activate`, { method: 'POST', headers }, charge);
    },
    async remove(id: string, charge: ChargeRequest): Promise<void> {
      await providerRequest('polar', `${url}/${encodeURIComponent(id)}`, { method: 'DELETE', headers }, charge);
    },
  };
}

export function polarProvider(config: ProviderConfig): WearableProvider {
  const basic = `Basic ${Buffer.from(`${config.clientId}:${config.clientSecret}`).toString('base64')}`;
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  return {
    id: 'polar',
    displayName: 'Polar',
    pkce: false,
    refreshes: false,
    features: ['workouts', 'heart_rate', 'daily'],
    budget: POLAR_BUDGET,
    push: 'webhook',
    authorizeUrl({ state, redirectUri }) {
      const url = new URL(config.authorizeUrl);
      url.search = form({ response_type: 'code', client_id: config.clientId, redirect_uri: redirectUri, scope: 'accesslink.read_all', state }).toString();
      return url.toString();
    },
    async exchangeCode({ code, redirectUri }, charge) {
      const { body } = await providerRequest<{ access_token: string; expires_in?: number; x_user_id?: number | string }>(
        'polar',
        config.tokenUrl,
        { method: 'POST', headers: { authorization: basic, 'content-type': 'application/x-www-form-urlencoded' }, body: form({ grant_type: 'authorization_code', code, redirect_uri: redirectUri }), authKind: 'code' },
        charge,
      );
      const externalUserId = body.x_user_id === undefined ? null : String(body.x_user_id);
      // Registering is what lets us read the user's data; the member id is opaque to Polar.
      const memberId = createHash('sha256').update(`${externalUserId}`).digest('hex').slice(0, 32);
      await providerRequest('polar', `${config.apiBase}/v3/users`, { method: 'POST', headers: { ...bearer(body.access_token), 'content-type': 'application/json' }, body: JSON.stringify({ 'member-id': memberId }) }, charge);
      return { tokens: { accessToken: body.access_token, accessTokenExpiresAt: expiryFrom(body.expires_in), refreshToken: null }, externalUserId, scopes: ['accesslink.read_all'] };
    },
    async refresh() {
      throw new ProviderAuthError('polar', 'refresh', 'Polar issues no refresh token; connect again');
    },
    async fetchWorkouts(accessToken, range, charge) {
      const { body } = await providerRequest<PolarExercise[]>('polar', `${config.apiBase}/v3/exercises?samples=true`, { headers: bearer(accessToken) }, charge);
      return (body ?? []).map(polarWorkout).filter((w) => Date.parse(w.startAt) >= range.from.getTime() && Date.parse(w.startAt) < range.to.getTime());
    },
    async fetchDays(accessToken, range, charge): Promise<ProviderDay[]> {
      const url = `${config.apiBase}/v3/users/activities?${form({ from: range.fromDay, to: range.toDay })}`;
      const { body } = await providerRequest<PolarActivity[]>('polar', url, { headers: bearer(accessToken) }, charge);
      return (body ?? []).map((day) => ({
        localDay: day.start_time.slice(0, 10),
        steps: day.steps ?? null,
        activeCalories: day.active_calories ?? null,
        totalCalories: day.calories ?? null,
        restingHr: null,
        minHr: null,
        avgHr: null,
        maxHr: null,
        sourceUpdatedAt: null,
      }));
    },
  };
}
