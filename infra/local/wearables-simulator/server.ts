import { createHash, createHmac, randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { seedOf } from './heart-rate';
import { newWorkout, PROVIDER_RULES, simClient, SIM_PROVIDERS, SimState, type SimAccount, type SimDay, type SimOuraSubscription, type SimProvider, type SimWorkout } from './state';

/**
 * The provider simulator of the local cloud: Polar AccessLink v3, Withings and Oura v2 under
 * `/<provider>/…` with each provider's own paths, OAuth flow (authorize page, token endpoint,
 * rotation of single-use refresh tokens), data shapes, error conventions and request limits.
 * `/_sim/…` is the test and bench control surface (add a workout or a day, expire access tokens,
 * read counters, change a limit). The functions reach it through WEARABLES_SIMULATOR_URL.
 * Push as the providers do it: Polar's one webhook per client (`/v3/webhooks`, a PING to the URL on
 * creation, deliveries signed with HMAC-SHA256 of the body), Withings' per-user `notify`
 * subscriptions (a HEAD to the URL first, form-encoded deliveries), Oura's app subscriptions per
 * data and event type (`/v2/webhook/subscription`: a verification GET echoing a challenge on
 * creation, renewal, deliveries signed with HMAC-SHA256 of timestamp + body under the client
 * secret, upper-case hex); a workout or day added through
 * the control surface is notified, and the control answer says what the delivery got back.
 */

interface Request {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  form: URLSearchParams;
  json: Record<string, unknown>;
}

type Answer = { status: number; body?: unknown; headers?: Record<string, string>; html?: string };
const json = (status: number, body: unknown, headers: Record<string, string> = {}): Answer => ({ status, body, headers });

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function authorizePage(provider: SimProvider, query: URLSearchParams): Answer {
  const hidden = ['client_id', 'redirect_uri', 'state', 'scope', 'code_challenge', 'code_challenge_method']
    .map((name) => `<input type="hidden" name="${name}" value="${escape(query.get(name) ?? '')}">`)
    .join('');
  const name = provider[0]!.toUpperCase() + provider.slice(1);
  return {
    status: 200,
    html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name} (simulated): authorize TwinForge</title></head>
<body><main><h1>${name} — simulated provider</h1><p>TwinForge asks to read your workouts, heart rate and daily activity (${escape(query.get('scope') ?? '')}).</p>
<form method="post" action="/${provider}/authorize">${hidden}<label>Account <input name="login" value="athlete" required></label>
<button type="submit" name="decision" value="allow">Allow</button> <button type="submit" name="decision" value="deny">Deny</button></form></main></body></html>`,
  };
}

function validClient(provider: SimProvider, request: Request): boolean {
  const expected = simClient(provider);
  if (provider === 'polar') {
    const basic = Buffer.from(`${expected.clientId}:${expected.clientSecret}`).toString('base64');
    return request.headers.authorization === `Basic ${basic}`;
  }
  return request.form.get('client_id') === expected.clientId && request.form.get('client_secret') === expected.clientSecret;
}

const samplesOf = (workout: SimWorkout) => workout.bpm.map((bpm, index) => ({ t: Date.parse(workout.startAt) / 1000 + index * workout.stepSec, bpm }));
const inDays = (day: string, from: string | null, to: string | null) => (!from || day >= from) && (!to || day <= to);

function polarExercise(account: SimAccount, w: SimWorkout, withSamples: boolean) {
  const offset = 60;
  const local = new Date(Date.parse(w.startAt) + offset * 60_000).toISOString().slice(0, 19);
  const valid = w.bpm.filter((b): b is number => b !== null);
  return {
    id: w.id,
    upload_time: w.uploadedAt,
    polar_user: `https://www.polaraccesslink.com/v3/users/${account.userId}`,
    device: 'Polar Vantage V3',
    start_time: local,
    start_time_utc_offset: offset,
    duration: `PT${Math.floor(w.durationSec / 3600)}H${Math.floor((w.durationSec % 3600) / 60)}M${w.durationSec % 60}S`,
    calories: w.calories,
    distance: w.distanceM ?? undefined,
    heart_rate: { average: Math.round(valid.reduce((a, b) => a + b, 0) / Math.max(1, valid.length)), maximum: Math.max(...valid) },
    sport: w.sport.toUpperCase(),
    detailed_sport_info: w.sport.toUpperCase(),
    ...(withSamples ? { samples: [{ 'recording-rate': w.stepSec, 'sample-type': '0', data: w.bpm.map((b) => (b === null ? '' : String(b))).join(',') }] } : {}),
  };
}

/** POSTs one delivery as a provider would; the status it got back (0: unreachable or no answer in 10 s). */
async function postDelivery(url: string, headers: Record<string, string>, body: string | URLSearchParams): Promise<number> {
  try {
    const response = await fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(10_000) });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}

/** Posts a signed Polar delivery to the webhook's URL; what it answered (0: unreachable). */
async function deliverPolar(webhook: { url: string; secret: string }, payload: Record<string, unknown>): Promise<number> {
  const body = JSON.stringify(payload);
  const signature = createHmac('sha256', webhook.secret).update(body).digest('hex');
  return postDelivery(webhook.url, { 'content-type': 'application/json', 'polar-webhook-event': String(payload.event), 'polar-webhook-signature': signature }, body);
}

/** `/v3/webhooks`: create (PING first: the URL must answer 200), list, delete. One per client: 409 when it exists. */
async function polarWebhooksApi(state: SimState, request: Request, path: string): Promise<Answer> {
  const existing = state.polarWebhook;
  if (request.method === 'GET' && path === '/v3/webhooks') {
    return json(200, { data: existing ? [{ id: existing.id, events: existing.events, url: existing.url, active: existing.active !== false }] : [] });
  }
  if (request.method === 'POST' && path === '/v3/webhooks') {
    if (existing) return json(409, { title: 'Webhook already exists' });
    const events = Array.isArray(request.json.events) ? (request.json.events as unknown[]).map(String) : [];
    const url = typeof request.json.url === 'string' ? request.json.url : '';
    if (events.length === 0 || !/^https?:\/\//.test(url)) return json(400, { title: 'events and url are required' });
    const webhook = { id: randomBytes(4).toString('hex'), events, url, secret: randomBytes(24).toString('base64url') };
    const ping = await deliverPolar(webhook, { timestamp: new Date().toISOString(), event: 'PING' });
    if (ping !== 200) return json(400, { title: `The webhook URL answered the PING with ${ping || 'nothing'}, not 200` });
    state.polarWebhook = webhook;
    return json(201, { data: { id: webhook.id, events, url, signature_secret_key: webhook.secret } });
  }
  if (request.method === 'POST' && (path === '/v3/webhooks/activate' || path === '/v3/webhooks/deactivate')) {
    if (!existing) return json(404, { title: 'No webhook' });
    state.polarWebhook = { ...existing, active: path.endsWith('/activate') };
    return { status: 204 };
  }
  const id = /^\/v3\/webhooks\/([^/]+)$/.exec(path)?.[1];
  if (request.method === 'DELETE' && id) {
    if (!existing || existing.id !== id) return json(404, { title: 'No such webhook' });
    state.polarWebhook = null;
    return { status: 204 };
  }
  return json(404, { title: 'Not found' });
}

/** Withings `notify`: subscribe (after a HEAD to the callback URL, which must answer 2xx), revoke, list. */
async function withingsNotify(state: SimState, account: SimAccount, request: Request): Promise<Answer> {
  const action = request.form.get('action');
  const callbackurl = request.form.get('callbackurl') ?? '';
  const appli = Number(request.form.get('appli'));
  const mine = (s: { login: string; callbackurl: string; appli: number }) => s.login === account.login && s.callbackurl === callbackurl && s.appli === appli;
  if (action === 'subscribe') {
    if (!/^https?:\/\//.test(callbackurl) || !Number.isInteger(appli)) return json(200, { status: 2555, error: 'Invalid Params' });
    const reachable = await fetch(callbackurl, { method: 'HEAD', signal: AbortSignal.timeout(5_000) }).then((r) => r.status, () => 0);
    if (reachable < 200 || reachable >= 300) return json(200, { status: 293, error: `The callback URL answered the HEAD with ${reachable || 'nothing'}` });
    if (!state.withingsSubscriptions.some(mine)) state.withingsSubscriptions.push({ login: account.login, callbackurl, appli });
    state.save();
    return json(200, { status: 0, body: {} });
  }
  if (action === 'revoke') {
    const before = state.withingsSubscriptions.length;
    const kept = state.withingsSubscriptions.filter((s) => !mine(s));
    state.withingsSubscriptions.splice(0, state.withingsSubscriptions.length, ...kept);
    state.save();
    return kept.length < before ? json(200, { status: 0, body: {} }) : json(200, { status: 294, error: 'No such subscription' });
  }
  if (action === 'list') {
    return json(200, { status: 0, body: { profiles: state.withingsSubscriptions.filter((s) => s.login === account.login).map((s) => ({ appli: s.appli, callbackurl: s.callbackurl, expires: 2147483647 })) } });
  }
  return json(200, { status: 2554, error: 'Unknown action' });
}

/** Oura subscriptions live this long and are renewed for as long again. */
const OURA_SUBSCRIPTION_DAYS = 30;
const ouraExpiry = () => new Date(Date.now() + OURA_SUBSCRIPTION_DAYS * 86_400_000).toISOString();
const ouraSubscriptionBody = (s: SimOuraSubscription) => ({ id: s.id, callback_url: s.callbackUrl, event_type: s.eventType, data_type: s.dataType, expiration_time: s.expiresAt });

/** `/v2/webhook/subscription`: create (the callback must echo the challenge of a verification GET), list, renew, delete; the client's id and secret in headers. */
async function ouraSubscriptionsApi(state: SimState, request: Request, path: string): Promise<Answer> {
  const client = simClient('oura');
  if (request.headers['x-client-id'] !== client.clientId || request.headers['x-client-secret'] !== client.clientSecret) return json(401, { detail: 'Invalid client credentials' });
  const all = state.ouraSubscriptions;
  if (request.method === 'GET' && path === '/v2/webhook/subscription') return json(200, all.map(ouraSubscriptionBody));
  if (request.method === 'POST' && path === '/v2/webhook/subscription') {
    const field = (name: string) => (typeof request.json[name] === 'string' ? (request.json[name] as string) : '');
    const [callbackUrl, verificationToken, eventType, dataType] = ['callback_url', 'verification_token', 'event_type', 'data_type'].map(field) as [string, string, string, string];
    if (!/^https?:\/\//.test(callbackUrl) || !verificationToken || !['create', 'update', 'delete'].includes(eventType) || !dataType) return json(422, { detail: 'callback_url, verification_token, event_type and data_type are required' });
    const exists = () => all.some((s) => s.callbackUrl === callbackUrl && s.eventType === eventType && s.dataType === dataType);
    if (exists()) return json(409, { detail: 'Subscription already exists' });
    const challenge = randomBytes(12).toString('hex');
    const check = new URL(callbackUrl);
    check.searchParams.set('verification_token', verificationToken);
    check.searchParams.set('challenge', challenge);
    const echoed = await fetch(check, { signal: AbortSignal.timeout(10_000) }).then(
      async (r) => (r.status === 200 ? ((await r.json().catch(() => null)) as { challenge?: unknown } | null)?.challenge : undefined),
      () => undefined,
    );
    if (echoed !== challenge) return json(400, { detail: 'The callback URL did not echo the verification challenge' });
    // Another create of the same subscription may have finished while the callback was checked.
    if (exists()) return json(409, { detail: 'Subscription already exists' });
    const subscription = { id: randomUUID(), callbackUrl, verificationToken, eventType, dataType, expiresAt: ouraExpiry() };
    all.push(subscription);
    state.save();
    return json(201, ouraSubscriptionBody(subscription));
  }
  const renew = /^\/v2\/webhook\/subscription\/renew\/([^/]+)$/.exec(path)?.[1];
  if (request.method === 'PUT' && renew) {
    const subscription = all.find((s) => s.id === renew);
    if (!subscription) return json(404, { detail: 'No such subscription' });
    subscription.expiresAt = ouraExpiry();
    state.save();
    return json(200, ouraSubscriptionBody(subscription));
  }
  const id = /^\/v2\/webhook\/subscription\/([^/]+)$/.exec(path)?.[1];
  if (request.method === 'DELETE' && id) {
    const index = all.findIndex((s) => s.id === id);
    if (index < 0) return json(404, { detail: 'No such subscription' });
    all.splice(index, 1);
    state.save();
    return { status: 204 };
  }
  return json(404, { detail: 'Not found' });
}

/** Posts Oura's delivery of one change to each unexpired subscription of its type: signed as Oura signs; what each answered (0: unreachable). */
async function deliverOura(state: SimState, account: SimAccount, change: { dataType: string; objectId: string }): Promise<number[]> {
  const now = Date.now();
  const subscriptions = state.ouraSubscriptions.filter((s) => s.dataType === change.dataType && s.eventType === 'create' && Date.parse(s.expiresAt) > now);
  const body = JSON.stringify({ event_type: 'create', data_type: change.dataType, object_id: change.objectId, event_time: new Date(now).toISOString(), user_id: account.userId });
  const timestamp = String(Math.floor(now / 1000));
  const signature = createHmac('sha256', simClient('oura').clientSecret).update(timestamp + body).digest('hex').toUpperCase();
  return Promise.all(subscriptions.map((s) => postDelivery(s.callbackUrl, { 'content-type': 'application/json', 'x-oura-signature': signature, 'x-oura-timestamp': timestamp }, body)));
}

/** Notifies the account's new data as its provider would; the statuses its deliveries got back. */
async function notifyNewData(state: SimState, account: SimAccount, what: { workout?: SimWorkout; day?: SimDay }): Promise<number[]> {
  if (account.provider === 'polar') {
    const webhook = state.polarWebhook;
    const event = what.workout ? 'EXERCISE' : 'ACTIVITY_SUMMARY';
    if (!webhook || webhook.active === false || !account.registered || !webhook.events.includes(event)) return [];
    const base = 'https://www.polaraccesslink.com/v3';
    const payload = what.workout
      ? { event, user_id: Number(account.userId), entity_id: what.workout.id, timestamp: new Date().toISOString(), url: `${base}/exercises/${what.workout.id}` }
      : { event, user_id: Number(account.userId), date: what.day!.day, timestamp: new Date().toISOString(), url: `${base}/users/activities/${what.day!.day}` };
    return [await deliverPolar(webhook, payload)];
  }
  if (account.provider === 'withings') {
    const start = what.workout ? Date.parse(what.workout.startAt) / 1000 : Date.parse(`${what.day!.day}T00:00:00Z`) / 1000;
    const end = what.workout ? start + what.workout.durationSec : start + 86_399;
    const subscriptions = state.withingsSubscriptions.filter((s) => s.login === account.login && s.appli === 16);
    const form = new URLSearchParams({ userid: account.userId, appli: '16', startdate: String(start), enddate: String(end) });
    return Promise.all(subscriptions.map((s) => postDelivery(s.callbackurl, { 'content-type': 'application/x-www-form-urlencoded' }, form)));
  }
  if (account.provider === 'oura') {
    if (what.workout) return deliverOura(state, account, { dataType: 'workout', objectId: what.workout.id });
    const day = what.day!.day;
    return [...(await deliverOura(state, account, { dataType: 'daily_activity', objectId: `activity-${day}` })), ...(await deliverOura(state, account, { dataType: 'sleep', objectId: `sleep-${day}` }))];
  }
  return [];
}

const WITHINGS_CATEGORY: Record<string, number> = { walking: 1, running: 2, cycling: 6, swimming: 7, strength: 16, rowing: 36 };

async function handle(state: SimState, request: Request): Promise<Answer> {
  const [, first, ...rest] = request.path.split('/');
  if (first === '_sim') return control(state, rest, request);
  const provider = SIM_PROVIDERS.find((p) => p === first);
  if (!provider) return json(404, { title: 'unknown provider' });
  const path = `/${rest.join('/')}`;

  const authorizePath = { polar: '/oauth2/authorization', withings: '/oauth2_user/authorize2', oura: '/oauth/authorize' }[provider];
  if (request.method === 'GET' && path === authorizePath) return authorizePage(provider, request.query);
  if (request.method === 'POST' && path === '/authorize') {
    const redirect = new URL(request.form.get('redirect_uri') ?? '');
    if (request.form.get('client_id') !== simClient(provider).clientId) return json(400, { title: 'unknown client_id' });
    if (request.form.get('decision') === 'deny') redirect.searchParams.set('error', 'access_denied');
    else {
      const login = request.form.get('login')?.trim() || 'athlete';
      state.account(provider, login);
      redirect.searchParams.set('code', state.issueCode({ provider, login, redirectUri: request.form.get('redirect_uri') ?? '', codeChallenge: request.form.get('code_challenge') || null }));
    }
    redirect.searchParams.set('state', request.form.get('state') ?? '');
    return { status: 302, headers: { location: redirect.toString() } };
  }

  // Every call below counts against our client's limit (Oura's: the access token's).
  const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
  const decision = state.allow(provider, bearer);
  // Polar tells its limits, usage and resets ("short,long") on every answer.
  const told = (answer: Answer): Answer => {
    if (provider !== 'polar') return answer;
    const list = (pick: (w: (typeof decision.windows)[number]) => number) => decision.windows.map(pick).join(',');
    return { ...answer, headers: { ...answer.headers, 'ratelimit-usage': list((w) => w.used), 'ratelimit-limit': list((w) => w.limit), 'ratelimit-reset': list((w) => w.resetSeconds) } };
  };
  if (!decision.allowed) {
    if (provider === 'withings') return json(200, { status: 601, error: 'Too Many Requests' });
    return told(json(429, { status: 429, title: 'Too Many Requests' }, { 'retry-after': String(decision.retryAfterSeconds) }));
  }
  if (provider === 'polar' && (path === '/v3/webhooks' || path.startsWith('/v3/webhooks/'))) {
    if (!validClient('polar', request)) return told(json(401, { title: 'Unauthorized client' }));
    return told(await polarWebhooksApi(state, request, path));
  }
  if (provider === 'oura' && path.startsWith('/v2/webhook/subscription')) return ouraSubscriptionsApi(state, request, path);

  const tokenPath = { polar: '/v2/oauth2/token', withings: '/v2/oauth2', oura: '/oauth/token' }[provider];
  if (request.method === 'POST' && path === tokenPath) return told(tokenEndpoint(state, provider, request));

  const account = state.accountOfAccessToken(provider, bearer);
  if (provider === 'withings') {
    if (!account) return json(200, { status: 401, error: 'XRequestID: Not provided invalid_token: The access token provided is invalid' });
    account.requests += 1;
    if (path === '/notify') return withingsNotify(state, account, request);
    return withingsMeasure(account, request);
  }
  if (!account) return told(json(401, { status: 401, title: 'Invalid Access token' }));
  account.requests += 1;
  return provider === 'polar' ? told(polarApi(state, account, request, path)) : ouraApi(account, request, path);
}

function tokenEndpoint(state: SimState, provider: SimProvider, request: Request): Answer {
  const withings = provider === 'withings';
  const refused = (error: string, status = 400): Answer => (withings ? json(200, { status: 503, error: `Invalid Params: ${error}` }) : json(status, { error }));
  if (withings && request.form.get('action') !== 'requesttoken') return refused('unknown action');
  if (!validClient(provider, request)) return refused('invalid_client', 401);
  const grantType = request.form.get('grant_type');
  let issued: { accessToken: string; refreshToken: string | null; expiresIn: number };
  let login: string;
  if (grantType === 'authorization_code') {
    const grant = state.takeCode(request.form.get('code') ?? '');
    if (!grant || grant.provider !== provider || grant.redirectUri !== request.form.get('redirect_uri')) return refused('invalid_grant');
    if (grant.codeChallenge) {
      const verifier = request.form.get('code_verifier') ?? '';
      if (createHash('sha256').update(verifier).digest('base64url') !== grant.codeChallenge) return refused('invalid_grant');
    }
    login = grant.login;
    issued = state.issueTokens(provider, login);
  } else if (grantType === 'refresh_token' && PROVIDER_RULES[provider].rotatesRefresh) {
    const rotated = state.refresh(provider, request.form.get('refresh_token') ?? '');
    if (!rotated) return refused('invalid_grant');
    ({ login, ...issued } = rotated);
  } else return refused('unsupported_grant_type');
  const account = state.account(provider, login);
  if (provider === 'polar') return json(200, { access_token: issued.accessToken, token_type: 'bearer', expires_in: issued.expiresIn, x_user_id: Number(account.userId) });
  const body = { access_token: issued.accessToken, refresh_token: issued.refreshToken, expires_in: issued.expiresIn, token_type: 'Bearer' };
  if (withings) return json(200, { status: 0, body: { ...body, userid: account.userId, scope: 'user.activity,user.metrics' } });
  return json(200, { ...body, scope: 'personal daily heartrate workout' });
}

function polarApi(state: SimState, account: SimAccount, request: Request, path: string): Answer {
  if (request.method === 'POST' && path === '/v3/users') {
    if (account.registered) return json(409, { title: 'User already registered' });
    account.registered = true;
    state.save();
    return json(200, { 'polar-user-id': Number(account.userId), 'member-id': request.json['member-id'] });
  }
  if (!account.registered) return json(403, { title: 'User not registered' });
  const withSamples = request.query.get('samples') === 'true';
  if (request.method === 'GET' && path === '/v3/exercises') {
    const since = Date.now() - 30 * 86_400_000;
    return json(200, account.workouts.filter((w) => Date.parse(w.startAt) >= since).map((w) => polarExercise(account, w, withSamples)));
  }
  if (request.method === 'GET' && path === '/v3/users/activities') {
    return json(200, account.days.filter((d) => inDays(d.day, request.query.get('from'), request.query.get('to'))).map((d) => ({
      start_time: `${d.day}T00:00:00`, end_time: `${d.day}T23:59:59`, calories: d.totalCalories, active_calories: d.activeCalories, steps: d.steps,
    })));
  }
  return json(404, { title: 'Not found' });
}

function withingsMeasure(account: SimAccount, request: Request): Answer {
  const action = request.form.get('action');
  const day = (value: string | null) => value ?? '';
  if (action === 'getworkouts') {
    const from = day(request.form.get('startdateymd'));
    const to = day(request.form.get('enddateymd'));
    const series = account.workouts
      .filter((w) => inDays(w.startAt.slice(0, 10), from, to))
      .map((w) => {
        const valid = w.bpm.filter((b): b is number => b !== null);
        const start = Date.parse(w.startAt) / 1000;
        return {
          id: Number(w.id), category: WITHINGS_CATEGORY[w.sport] ?? 36, startdate: start, enddate: start + w.durationSec, date: w.startAt.slice(0, 10), modified: Date.parse(w.uploadedAt) / 1000,
          data: { calories: w.calories, hr_average: Math.round(valid.reduce((a, b) => a + b, 0) / Math.max(1, valid.length)), hr_max: Math.max(...valid), hr_min: Math.min(...valid), distance: w.distanceM ?? 0 },
        };
      });
    return json(200, { status: 0, body: { series, more: false, offset: 0 } });
  }
  if (action === 'getintradayactivity') {
    const start = Number(request.form.get('startdate'));
    const end = Number(request.form.get('enddate'));
    const series: Record<string, { heart_rate: number }> = {};
    for (const w of account.workouts) for (const s of samplesOf(w)) if (s.bpm !== null && s.t >= start && s.t <= end) series[String(s.t)] = { heart_rate: s.bpm };
    return json(200, { status: 0, body: { series } });
  }
  if (action === 'getactivity') {
    const activities = account.days
      .filter((d) => inDays(d.day, request.form.get('startdateymd'), request.form.get('enddateymd')))
      .map((d) => ({ date: d.day, steps: d.steps, calories: d.activeCalories, totalcalories: d.totalCalories, hr_average: d.restingHr + 22, hr_min: d.restingHr, hr_max: d.restingHr + 95 }));
    return json(200, { status: 0, body: { activities, more: false, offset: 0 } });
  }
  return json(200, { status: 2554, error: 'Unknown action' });
}

function ouraApi(account: SimAccount, request: Request, path: string): Answer {
  const q = request.query;
  if (path === '/v2/usercollection/personal_info') return json(200, { id: account.userId, age: 34 });
  if (path === '/v2/usercollection/workout') {
    const data = account.workouts.filter((w) => inDays(w.startAt.slice(0, 10), q.get('start_date'), q.get('end_date'))).map((w) => ({
      id: w.id, activity: w.sport, calories: w.calories, day: w.startAt.slice(0, 10), distance: w.distanceM, intensity: 'moderate', label: null, source: 'manual',
      start_datetime: w.startAt, end_datetime: new Date(Date.parse(w.startAt) + w.durationSec * 1000).toISOString(),
    }));
    return json(200, { data, next_token: null });
  }
  if (path === '/v2/usercollection/heartrate') {
    const from = Date.parse(q.get('start_datetime') ?? '') / 1000;
    const to = Date.parse(q.get('end_datetime') ?? '') / 1000;
    const data = account.workouts.flatMap((w) => samplesOf(w)).filter((s) => s.bpm !== null && s.t >= from && s.t <= to).map((s) => ({ bpm: s.bpm, source: 'workout', timestamp: new Date(s.t * 1000).toISOString() }));
    return json(200, { data, next_token: null });
  }
  if (path === '/v2/usercollection/daily_activity') {
    const data = account.days.filter((d) => inDays(d.day, q.get('start_date'), q.get('end_date'))).map((d) => ({ day: d.day, steps: d.steps, active_calories: d.activeCalories, total_calories: d.totalCalories, timestamp: `${d.day}T04:00:00+00:00` }));
    return json(200, { data, next_token: null });
  }
  if (path === '/v2/usercollection/sleep') {
    const data = account.days.filter((d) => inDays(d.day, q.get('start_date'), q.get('end_date'))).map((d) => ({ day: d.day, type: 'long_sleep', lowest_heart_rate: d.restingHr }));
    return json(200, { data, next_token: null });
  }
  return json(404, { status: 404, title: 'Not found' });
}

/** `/_sim/<provider>/accounts/<login>[/workouts|/expire-access|/revoke]`, `/_sim/<provider>/limits`. */
async function control(state: SimState, parts: string[], request: Request): Promise<Answer> {
  const provider = SIM_PROVIDERS.find((p) => p === parts[0]);
  if (!provider) return json(404, { title: 'unknown provider' });
  if (parts[1] === 'limits' && request.method === 'POST') {
    // `{ reset: true }` goes back to the provider's documented limits.
    state.setLimit(provider, request.json.reset ? null : { requests: Number(request.json.requests), windowSeconds: Number(request.json.windowSeconds) });
    return json(200, { windows: state.limitWindows(provider) });
  }
  if (parts[1] === 'webhook' && request.method === 'GET') {
    const webhook = state.polarWebhook;
    const subscriptions = provider === 'withings' ? state.withingsSubscriptions : provider === 'oura' ? state.ouraSubscriptions.map(({ verificationToken: _token, ...s }) => s) : [];
    return json(200, { webhook: webhook && provider === 'polar' ? { id: webhook.id, events: webhook.events, url: webhook.url } : null, subscriptions });
  }
  if (parts[1] === 'webhook' && parts[2] === 'expire-soon' && provider === 'oura' && request.method === 'POST') {
    // Brings every Oura subscription within a day of its expiry (what the renewal job must catch).
    for (const s of state.ouraSubscriptions) s.expiresAt = new Date(Date.now() + 86_400_000).toISOString();
    state.save();
    return json(200, { subscriptions: state.ouraSubscriptions.length });
  }
  if (parts[1] !== 'accounts' || !parts[2]) return json(404, { title: 'unknown control path' });
  const login = decodeURIComponent(parts[2]);
  const account = state.findAccount(provider, login);
  if (!account) return json(404, { title: `no ${provider} account "${login}" (authorize first)` });
  if (parts[3] === 'workouts' && request.method === 'POST') {
    const body = request.json as { startAt: string; durationMin: number; sport?: string };
    const workout = newWorkout(provider, { startAt: body.startAt, durationMin: body.durationMin, sport: body.sport ?? 'running', seed: seedOf(`${login}:${body.startAt}`), now: new Date() });
    account.workouts.push(workout);
    state.save();
    const notified = request.json.notify === false ? [] : await notifyNewData(state, account, { workout });
    return json(201, { id: workout.id, samples: workout.bpm.length, stepSec: workout.stepSec, notified });
  }
  if (parts[3] === 'days' && request.method === 'POST') {
    const body = request.json as Partial<SimDay> & { day: string };
    const day: SimDay = { day: body.day, steps: body.steps ?? 9000, activeCalories: body.activeCalories ?? 450, totalCalories: body.totalCalories ?? 2400, restingHr: body.restingHr ?? 55 };
    account.days = [...account.days.filter((d) => d.day !== day.day), day];
    state.save();
    const notified = request.json.notify === false ? [] : await notifyNewData(state, account, { day });
    return json(201, { day: day.day, notified });
  }
  if ((parts[3] === 'expire-access' || parts[3] === 'revoke') && request.method === 'POST') {
    state.expireAccessTokens(provider, login, parts[3] === 'revoke');
    return json(200, { expired: true, revoked: parts[3] === 'revoke' });
  }
  return json(200, { userId: account.userId, workouts: account.workouts.length, refreshes: account.refreshes, refusedRefreshes: account.refusedRefreshes, requests: account.requests, ...state.tokenCounts(provider, login) });
}

async function read(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(response: ServerResponse, answer: Answer) {
  const headers: Record<string, string> = { 'cache-control': 'no-store', ...answer.headers };
  if (answer.html !== undefined) {
    response.writeHead(answer.status, { ...headers, 'content-type': 'text/html; charset=utf-8' }).end(answer.html);
  } else if (answer.body !== undefined) {
    response.writeHead(answer.status, { ...headers, 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
  } else response.writeHead(answer.status, headers).end();
}

export interface WearablesSimulator {
  url: string;
  state: SimState;
  stop(): Promise<void>;
}

export async function startWearablesSimulator(options: { port: number; stateFile: string | null }): Promise<WearablesSimulator> {
  const state = new SimState(options.stateFile);
  const server = createServer((incoming, response) => {
    void (async () => {
      const url = new URL(incoming.url ?? '/', 'http://localhost');
      const text = await read(incoming);
      const type = incoming.headers['content-type'] ?? '';
      let body: Record<string, unknown> = {};
      if (type.includes('json') && text) {
        try {
          body = JSON.parse(text) as Record<string, unknown>;
        } catch {
          return send(response, json(400, { title: 'malformed JSON' }));
        }
      }
      const request: Request = { method: incoming.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: incoming.headers, form: new URLSearchParams(type.includes('form') ? text : ''), json: body };
      send(response, await handle(state, request));
      state.save();
    })().catch((error: Error) => send(response, json(500, { title: error.message })));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return { url: `http://127.0.0.1:${port}`, state, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}
