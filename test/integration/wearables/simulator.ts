import { expect } from 'vitest';
import { endpoints, type TestUser } from '../../support/stack';

/** Test helpers driving the provider simulator the local cloud runs (infra/local/wearables-simulator). */
export const simulatorUrl = () => endpoints().wearablesSimulatorUrl;

export async function simControl<T = any>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  const response = await fetch(`${simulatorUrl()}/_sim${path}`, { method, headers: body ? { 'content-type': 'application/json' } : {}, body: body ? JSON.stringify(body) : undefined });
  return { status: response.status, body: (await response.json()) as T };
}

/** POST /wearables/{provider}/connect: the authorize URL and the state it carries. */
export async function startConnect(user: TestUser, provider: string) {
  const started = await user.call('POST', `/wearables/${provider}/connect`, { body: { returnTo: `${endpoints().webUrl}/devices` } });
  expect(started.status).toBe(200);
  const authorizeUrl = new URL(started.body.authorizeUrl);
  return { authorizeUrl, state: authorizeUrl.searchParams.get('state')!, redirectUri: authorizeUrl.searchParams.get('redirect_uri')! };
}

/** The consent page as a browser would submit it: the provider's 302 back to our callback, with a code. */
export async function consent(provider: string, authorizeUrl: URL, login: string): Promise<URL> {
  const page = await fetch(authorizeUrl);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('<form method="post"');
  const fields = new URLSearchParams({ login, decision: 'allow' });
  for (const name of ['client_id', 'redirect_uri', 'state', 'scope', 'code_challenge']) fields.set(name, authorizeUrl.searchParams.get(name) ?? '');
  const decided = await fetch(`${simulatorUrl()}/${provider}/authorize`, { method: 'POST', body: fields, redirect: 'manual' });
  expect(decided.status).toBe(302);
  return new URL(decided.headers.get('location')!);
}

/** Follows the provider's redirect to our public callback (no token: it is public). */
export async function followCallback(callback: URL): Promise<Response> {
  return fetch(callback, { redirect: 'manual' });
}

/** The whole real redirect flow: connect → consent page → callback → back to the app with ?connected. */
export async function connectThroughSimulator(user: TestUser, provider: string, login: string) {
  const { authorizeUrl } = await startConnect(user, provider);
  const callback = await consent(provider, authorizeUrl, login);
  expect(callback.pathname).toBe(`/wearables/${provider}/callback`);
  const answer = await followCallback(callback);
  expect(answer.status).toBe(302);
  const back = new URL(answer.headers.get('location')!);
  expect(back.toString()).toBe(`${endpoints().webUrl}/devices?connected=${provider}`);
}

/** A session completed now through the API (started a few seconds ago). */
export async function completedSessionNow(user: TestUser): Promise<{ id: string; startedAt: string; completedAt: string }> {
  const body = { coach: 'force', discipline: 'strength', title: 'Legs', exercises: [{ exerciseId: 'back-squat', sets: [{ reps: 5, loadKg: 100 }] }] };
  const session = (await user.call('POST', '/training/sessions', { body })).body;
  expect((await user.call('POST', `/training/sessions/${session.id}/start`)).status).toBe(200);
  await user.call('POST', `/training/sessions/${session.id}/sets`, { body: { id: 's0', exerciseIndex: 0, setIndex: 0, reps: 5, loadKg: 100, rpe: 8 } });
  const completed = await user.call('POST', `/training/sessions/${session.id}/complete`, { body: { rpeAvg: 8 } });
  expect(completed.status).toBe(200);
  return completed.body;
}
