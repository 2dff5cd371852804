import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { createConfirmedUser, signIn } from '../infra/local/users';
import { HEADROOM } from '../shared/db/entities/provider-budget';
import { round } from './load';

/**
 * Poll throughput: devices synced per minute by the real `poll-wearables` job against the
 * simulator, within the provider's rate limit. Each device connects through the real OAuth
 * redirect flow first. The job stops taking a provider's devices once its shared budget (90 % of
 * the provider's limit for our client) is spent in the current window, so the throughput is
 * bounded by the limit: devices per window × windows per minute.
 */
export interface PollThroughput {
  provider: string;
  devices: number;
  synced: number;
  rateLimited: number;
  requests: number;
  /** The provider's documented limit for our client. */
  limit: { requests: number; windowSeconds: number };
  requestsPerDevice: number;
  elapsedMs: number;
  /** Synced devices per minute, the budget's refill included. */
  devicesPerMinute: number;
  /** What the poll's share of the limit (HEADROOM) allows once there are more devices than one window holds: whole devices per window × windows per minute. */
  sustainedDevicesPerMinute: number;
}

interface Deps {
  apiUrl: string;
  simulatorUrl: string;
  cognito: CognitoIdentityProviderClient;
  userPoolId: string;
  clientId: string;
  runJob: (name: string) => Promise<unknown>;
}

async function connect(deps: Deps, token: string, provider: string, login: string) {
  const started = await fetch(`${deps.apiUrl}/wearables/${provider}/connect`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
  const authorizeUrl = new URL(((await started.json()) as { authorizeUrl: string }).authorizeUrl);
  const fields = new URLSearchParams({ login, decision: 'allow' });
  for (const name of ['client_id', 'redirect_uri', 'state', 'scope']) fields.set(name, authorizeUrl.searchParams.get(name) ?? '');
  const decided = await fetch(`${deps.simulatorUrl}/${provider}/authorize`, { method: 'POST', body: fields, redirect: 'manual' });
  const callback = await fetch(decided.headers.get('location')!, { redirect: 'manual' });
  if (callback.status !== 302 || !callback.headers.get('location')?.includes('connected=')) throw new Error(`connecting ${provider} failed: ${callback.status}`);
}

export async function benchPollThroughput(deps: Deps, options: { provider?: string; devices?: number } = {}): Promise<PollThroughput> {
  const provider = options.provider ?? 'withings';
  const devices = options.devices ?? 20;
  const limits: Record<string, { requests: number; windowSeconds: number }> = { polar: { requests: 500, windowSeconds: 900 }, withings: { requests: 120, windowSeconds: 60 }, oura: { requests: 5000, windowSeconds: 300 } };
  for (let i = 0; i < devices; i++) {
    const email = `bench-wearables-${i}-${Date.now()}@example.test`;
    await createConfirmedUser(deps.cognito, deps.userPoolId, { email, password: 'Passw0rd!x' });
    const { accessToken } = await signIn(deps.cognito, deps.clientId, email, 'Passw0rd!x');
    await connect(deps, accessToken, provider, `bench-${i}-${Date.now()}`);
  }
  // Connecting used requests of this window: start the measured poll in a fresh one.
  const window = limits[provider]!.windowSeconds * 1000;
  await new Promise((resolve) => setTimeout(resolve, window - (Date.now() % window) + 50));
  const started = performance.now();
  let summary = { devices: 0, synced: 0, rateLimited: 0, requests: 0 };
  // Keep polling until every device synced (each run takes what the budget allows, then the window refills).
  let synced = 0;
  let requests = 0;
  let rateLimited = 0;
  while (synced < devices && performance.now() - started < 5 * window) {
    summary = (await deps.runJob('poll-wearables')) as typeof summary;
    synced += summary.synced;
    requests += summary.requests;
    rateLimited += summary.rateLimited;
    if (synced < devices) await new Promise((resolve) => setTimeout(resolve, window - (Date.now() % window) + 50));
  }
  const elapsedMs = performance.now() - started;
  return {
    provider,
    devices,
    synced,
    rateLimited,
    requests,
    limit: limits[provider]!,
    requestsPerDevice: round(requests / Math.max(1, synced), 1),
    elapsedMs: round(elapsedMs, 0),
    devicesPerMinute: round((synced / elapsedMs) * 60_000, 1),
    sustainedDevicesPerMinute: synced ? round(Math.floor(Math.floor(limits[provider]!.requests * HEADROOM) / (requests / synced)) * (60 / limits[provider]!.windowSeconds), 1) : 0,
  };
}

export function printPollThroughput(result: PollThroughput) {
  const { provider, devices, synced, rateLimited, limit } = result;
  console.log(
    `\nWearables poll (the poll-wearables job against the simulated ${provider}, ${devices} devices connected through its OAuth redirect; limit ${limit.requests} requests per ${limit.windowSeconds} s, the poll using ${Math.round(HEADROOM * 100)} % of it): ` +
      `${synced}/${devices} synced in ${round(result.elapsedMs / 1000, 1)} s, ${result.requestsPerDevice} requests per device, ${rateLimited} deferred by the budget → ` +
      `${result.devicesPerMinute} devices/min measured, ${result.sustainedDevicesPerMinute} devices/min sustained within the limit`,
  );
}
