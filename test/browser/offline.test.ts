import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSpa, serveBuiltSpa, type WebServer } from '../../infra/local/web-server';
import { launchBrowser, screenshot, seriousA11yViolations, signUpThroughUi, type Browser } from '../support/browser';

const endpoints = inject('endpoints');
const localDir = inject('localDir');

interface LoggedSet {
  id: string;
  setIndex: number;
  reps: number | null;
}

/**
 * The gym with no connection (issue 17): the production build with its service worker, served
 * like CloudFront serves it; the live session goes offline, logs sets, reloads offline (from the
 * service worker alone: the web server is stopped), comes back online, and the server ends with
 * every set exactly once.
 */
describe('offline live session (production build, service worker, outbox)', () => {
  let browser: Browser;
  let page: Page;
  let web: WebServer;
  const outDir = mkdtempSync(join(tmpdir(), 'twinforge-offline-spa-'));
  const email = `offline-${randomUUID()}@example.test`;
  let sessionId = '';

  /** The API as the test sees it (Node's fetch: never offline), with the athlete's token. */
  const serverSets = async (): Promise<LoggedSet[]> => {
    const token = await page.evaluate<string>("JSON.parse(localStorage.getItem('twinforge.auth')).idToken");
    const response = await fetch(`${endpoints.apiUrl}/training/sessions/${sessionId}`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    return ((await response.json()) as { loggedSets: LoggedSet[] }).loggedSets;
  };
  const bench = () => page.getByRole('table', { name: 'Sets of Bench press' });
  const logSet = async (n: number) => {
    await bench().getByRole('button', { name: `Log set ${n} of Bench press` }).click();
    await bench().getByRole('img', { name: `Set ${n} of Bench press logged` }).waitFor();
  };
  const status = () => page.getByTestId('outbox-status').first();

  beforeAll(async () => {
    await buildSpa(outDir);
    const { apiUrl, region, cognitoEndpoint, userPoolId, userPoolClientId, illustrationsBaseUrl } = endpoints;
    web = await serveBuiltSpa(outDir, { apiUrl, region, cognitoEndpoint, userPoolId, userPoolClientId, illustrationsBaseUrl });
    browser = await launchBrowser({ viewport: 'phone' });
    page = browser.page;
    page.setDefaultTimeout(15_000);
    await signUpThroughUi(page, web.url, localDir, email);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await web?.stop();
    rmSync(outDir, { recursive: true, force: true });
  });

  it('is installable: a web manifest with PNG icons, and a service worker controlling the app', async () => {
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = (await (await fetch(new URL(href!, web.url))).json()) as { name: string; display: string; start_url: string; theme_color: string; icons: { sizes: string; type: string; purpose: string }[] };
    expect(manifest).toMatchObject({ name: 'TwinForge', display: 'standalone', start_url: '/', theme_color: '#14213d' });
    for (const size of ['192x192', '512x512']) expect(manifest.icons).toContainEqual(expect.objectContaining({ sizes: size, type: 'image/png', purpose: 'any' }));
    expect(manifest.icons).toContainEqual(expect.objectContaining({ purpose: 'maskable', type: 'image/png' }));
    const icon = await fetch(new URL('/icon-512.png', web.url));
    expect(icon.headers.get('content-type')).toBe('image/png');
    // Installed and in control (it claims the page it was installed from).
    await expect.poll(() => page.evaluate<string>("navigator.serviceWorker.controller?.scriptURL ?? ''"), { timeout: 30_000 }).toBe(`${web.url}/sw.js`);
  });

  it('starts a session online', async () => {
    await page.goto(`${web.url}/training/new`);
    await page.getByRole('heading', { name: 'New session', level: 1 }).waitFor();
    await page.getByLabel('Title').fill('Basement bench');
    const first = page.getByRole('listitem', { name: 'Exercise 1' });
    await first.getByLabel('Exercise (catalog id)').fill('bench-press');
    await first.getByLabel('Sets', { exact: true }).fill('5');
    await first.getByLabel('Reps').fill('5');
    await first.getByLabel('Rest (s)').fill('60');
    await page.getByRole('button', { name: 'Create session' }).click();
    await page.getByRole('heading', { name: 'Basement bench', level: 1 }).waitFor();
    sessionId = decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1)!);
    await page.getByRole('button', { name: 'Start the session' }).click();
    await page.getByRole('heading', { name: 'Live session' }).waitFor();
    await logSet(1);
    await expect.poll(async () => (await serverSets()).length, { timeout: 15_000 }).toBe(1);
  });

  it('keeps logging with no connection: the sets show logged, the rest runs, "offline — N sets waiting"', async () => {
    await browser.context.setOffline(true);
    await logSet(2);
    await status().filter({ hasText: 'Offline — 1 set waiting' }).waitFor();
    await page.getByTestId('rest-timer').waitFor();
    await logSet(3);
    await status().filter({ hasText: 'Offline — 2 sets waiting' }).waitFor();
    expect(await serverSets()).toHaveLength(1);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'offline-live-waiting');
  });

  it('reloads with no connection from the service worker alone, rebuilt from the last server state and the outbox', async () => {
    // No web server any more: only the service worker can answer the reload.
    await web.stop();
    const response = await page.reload();
    expect(response?.fromServiceWorker()).toBe(true);
    await page.getByRole('heading', { name: 'Basement bench', level: 1 }).waitFor({ timeout: 30_000 });
    const resume = page.getByRole('button', { name: 'Resume' });
    const live = page.getByRole('heading', { name: 'Live session' });
    await resume.or(live).first().waitFor();
    if (await resume.isVisible()) await resume.click();
    await live.waitFor();
    for (const n of [1, 2, 3]) await bench().getByRole('img', { name: `Set ${n} of Bench press logged` }).waitFor();
    await status().filter({ hasText: 'Offline — 2 sets waiting' }).waitFor();
    await logSet(4);
    await status().filter({ hasText: 'Offline — 3 sets waiting' }).waitFor();
    expect(await serverSets()).toHaveLength(1);
    await screenshot(page, 'offline-live-after-reload');
  });

  it('sends every waiting set once back online, in order: each set is on the server exactly once', async () => {
    await browser.context.setOffline(false);
    await expect.poll(async () => (await serverSets()).length, { timeout: 30_000 }).toBe(4);
    await expect.poll(() => status().textContent(), { timeout: 15_000 }).toBe('');
    const sets = await serverSets();
    expect(new Set(sets.map((set) => set.id)).size).toBe(4);
    expect(sets.map((set) => set.setIndex)).toEqual([0, 1, 2, 3]);
    expect(sets.every((set) => set.reps === 5)).toBe(true);
  });
});
