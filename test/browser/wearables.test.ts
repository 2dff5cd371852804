import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectConsoleErrors, launchBrowser, screenshot, seriousA11yViolations, signUpThroughUi, type Browser } from '../support/browser';

const endpoints = inject('endpoints');
const localDir = inject('localDir');
const fixture = (name: string) => join(import.meta.dirname, '../fixtures/wearables', name);
const heading = (page: Page, name: string) => page.getByRole('heading', { name, level: 1 }).waitFor();
const devicesLink = (page: Page) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Devices' });
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

/** The simulator's test controls (what a real provider would have recorded on the athlete's watch). */
async function simControl(method: string, path: string, body?: unknown): Promise<number> {
  const response = await fetch(`${endpoints.wearablesSimulatorUrl}/_sim${path}`, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return response.status;
}

/** A custom session created, started, logged and completed through the Training UI: its id. */
async function completeSessionThroughUi(page: Page, title: string): Promise<string> {
  await page.goto(`${endpoints.webUrl}/training/new`);
  await heading(page, 'New session');
  await page.getByLabel('Title').fill(title);
  const exercise = page.getByRole('listitem', { name: 'Exercise 1' });
  await exercise.getByLabel('Exercise (catalog id)').fill('back-squat');
  await exercise.getByLabel('Sets', { exact: true }).fill('1');
  await exercise.getByLabel('Reps').fill('5');
  await exercise.getByLabel('Load (kg)').fill('100');
  await exercise.getByLabel('Rest (s)').fill('0');
  await page.getByRole('button', { name: 'Create session' }).click();
  await heading(page, title);
  const id = decodeURIComponent(page.url().split('/').pop()!);
  await page.getByRole('button', { name: 'Start the session' }).click();
  const sets = page.getByRole('table', { name: 'Sets of Back squat' });
  await sets.getByRole('button', { name: 'Log set 1 of Back squat' }).click();
  await sets.getByRole('img', { name: 'Set 1 of Back squat logged' }).waitFor();
  await page.getByRole('button', { name: 'Finish the session' }).click();
  await page.getByLabel('How hard was it? (RPE 1–10)').fill('8');
  await page.getByRole('button', { name: 'Complete the session' }).click();
  await page.getByRole('heading', { name: 'What it came to' }).waitFor();
  return id;
}

async function expectClean(page: Page, name: string) {
  expect(await seriousA11yViolations(page), `axe on ${name}`).toEqual([]);
  const width = (await page.evaluate('document.documentElement.scrollWidth')) as number;
  expect(width, `${name} scrolls sideways`).toBeLessThanOrEqual(page.viewportSize()!.width);
  await screenshot(page, `wearables-${name}`);
}

describe('Devices and the session heart rate in the browser (Chromium)', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let sessionId: string;
  const login = `athlete-${randomUUID()}`;

  beforeAll(async () => {
    browser = await launchBrowser({ viewport: 'desktop' });
    page = browser.page;
    page.setDefaultTimeout(15_000);
    errors = collectConsoleErrors(page);
    await signUpThroughUi(page, endpoints.webUrl, localDir, `wearables-${randomUUID()}@example.test`);
    await page.getByRole('link', { name: 'Profile' }).click();
    await heading(page, 'Your profile');
    await page.getByLabel('Max heart rate (bpm)').fill('190');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Profile saved.').waitFor();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('a completed session without a recording says how to add one', async () => {
    sessionId = await completeSessionThroughUi(page, 'Squats with HR');
    const panel = page.getByRole('region', { name: 'Heart rate' });
    await panel.getByText('No heart-rate recording is linked to this session.').waitFor();
  });

  it('connects Polar from the Devices screen through the provider’s consent page, back to Devices', async () => {
    await devicesLink(page).click();
    await heading(page, 'Devices and files');
    await expectClean(page, 'devices-empty');
    await page.getByRole('button', { name: 'Connect Polar' }).click();
    // The provider's own page (the simulator's), then its redirect to our callback and back to the app.
    await page.getByLabel('Account').fill(login);
    await page.getByRole('button', { name: 'Allow' }).click();
    await heading(page, 'Devices and files');
    await page.getByRole('status').filter({ hasText: 'Polar is connected.' }).waitFor();
    expect(new URL(page.url()).search).toBe('');
    const polar = page.getByRole('listitem', { name: 'Polar' });
    await polar.getByText('Connected', { exact: true }).waitFor();
    await polar.getByText('Not synced yet').waitFor();
    await expectClean(page, 'devices-connected');
  });

  it('Sync now imports the workout recorded during the session; the session shows its HR chart, zones and quality badge', async () => {
    expect(await simControl('POST', `/polar/accounts/${login}/workouts`, { startAt: minutesAgo(30), durationMin: 40, sport: 'strength' })).toBe(201);
    const polar = page.getByRole('listitem', { name: 'Polar' });
    await polar.getByRole('button', { name: 'Sync now' }).click();
    await page.getByRole('status').filter({ hasText: /Polar: 1 linked to sessions/ }).waitFor();
    await polar.getByText(/Last sync/).waitFor();

    await page.goto(`${endpoints.webUrl}/training/sessions/${encodeURIComponent(sessionId)}`);
    await heading(page, 'Squats with HR');
    const panel = page.getByRole('region', { name: 'Heart rate' });
    await panel.getByText(/Recorded by Polar/).waitFor();
    await panel.getByText(/^Data quality: (excellent|good)$/).waitFor();
    await panel.getByRole('figure', { name: 'Heart rate over the session' }).locator('canvas').waitFor();
    const zones = panel.getByRole('figure', { name: 'Time in heart-rate zones' });
    await zones.locator('canvas').waitFor();
    await zones.getByText('Z1 (95–114 bpm)').waitFor({ state: 'attached' });
    await panel.getByText('Zones are 50–60–70–80–90–100 % of your max heart rate (190 bpm, from your profile).').waitFor();
    await panel.getByText(/^Effort \d+\/100$/).waitFor();
    await expectClean(page, 'session-heart-rate');
  });

  it('uploads a FIT file with progress; it becomes a Forge activity from a workout file', async () => {
    await devicesLink(page).click();
    await heading(page, 'Devices and files');
    await page.getByLabel('Choose a file').setInputFiles(fixture('run-45min.fit'));
    await page.getByRole('status').filter({ hasText: /Running \(45 min\) is now in Forge\./ }).waitFor();
    await page.getByRole('link', { name: 'See it in Forge' }).click();
    await heading(page, 'Activity history');
    await page.getByLabel('From').fill('2026-03-01');
    await page.getByLabel('To', { exact: true }).fill('2026-03-03');
    await page.getByText('Imported from a workout file: read-only.').waitFor();
  });

  it('a corrupt file says why it failed', async () => {
    await devicesLink(page).click();
    await page.getByLabel('Choose a file').setInputFiles({ name: 'cut.fit', mimeType: 'application/octet-stream', buffer: readFileSync(fixture('truncated.fit')) });
    await page.getByRole('alert').filter({ hasText: '“cut.fit” could not be imported: the file is incomplete; export or download it again.' }).waitFor();
    await expectClean(page, 'devices-import-failed');
  });

  it('disconnects after a confirmation; the session loses its recording', async () => {
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('listitem', { name: 'Polar' }).getByRole('button', { name: 'Disconnect' }).click();
    await page.getByRole('status').filter({ hasText: 'Polar is disconnected; everything imported from it was deleted.' }).waitFor();
    await page.getByRole('button', { name: 'Connect Polar' }).waitFor();
    await page.goto(`${endpoints.webUrl}/training/sessions/${encodeURIComponent(sessionId)}`);
    await page.getByRole('region', { name: 'Heart rate' }).getByText('No heart-rate recording is linked to this session.').waitFor();
    // The provider's consent page is the simulator's, not the app's: its missing favicon is not ours.
    expect(errors.filter((error) => !error.includes(`${endpoints.wearablesSimulatorUrl}/favicon.ico`))).toEqual([]);
  });
});
