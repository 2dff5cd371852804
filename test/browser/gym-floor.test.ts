import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectConsoleErrors, launchBrowser, screenshot, seriousA11yViolations, signUpThroughUi, type Browser, apiAsSignedIn } from '../support/browser';

const endpoints = inject('endpoints');
const localDir = inject('localDir');

/** Swap mid-session, warm-up ramp and plate calculator, through the UI of a live session. */
describe('gym floor: swap, warm-up ramp, plate calculator (Chromium, phone)', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let sessionId: string;
  const email = `gym-${randomUUID()}@example.test`;

  const api = (method: string, path: string, body?: unknown) => apiAsSignedIn(page, endpoints.apiUrl, method, path, body);

  beforeAll(async () => {
    browser = await launchBrowser({ viewport: 'phone' });
    page = browser.page;
    page.setDefaultTimeout(15_000);
    errors = collectConsoleErrors(page);
    await signUpThroughUi(page, endpoints.webUrl, localDir, email);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    // A home gym with few plates: one pair of 20s, two of 10s, one of 5s.
    const garage = await api('POST', '/training/locations', {
      name: 'Garage',
      kind: 'home',
      equipment: ['barbell', 'rack'],
      plates: { unit: 'kg', bar: 20, plates: [{ weight: 20, pairs: 1 }, { weight: 10, pairs: 2 }, { weight: 5, pairs: 1 }] },
    });
    const session = await api('POST', '/training/sessions', {
      locationId: garage.id,
      coach: 'force',
      discipline: 'strength',
      title: 'Squat day',
      exercises: [{ exerciseId: 'back-squat', sets: [{ reps: 5, loadKg: 100 }, { reps: 5, loadKg: 100 }, { reps: 5, loadKg: 100 }] }],
    });
    sessionId = session.id;
  });
  afterAll(async () => browser?.close());

  it('shows the warm-up ramp above the working sets and logs a step as a warm-up set', async () => {
    await page.goto(`${endpoints.webUrl}/training/sessions/${sessionId}`);
    await page.getByRole('button', { name: 'Start the session' }).click();
    await page.getByRole('heading', { name: 'Live session' }).waitFor();
    const ramp = page.locator('.warmup-sets');
    await ramp.getByText('Warm-up: 4 sets up to 80 kg').waitFor();
    for (const step of ['10 × 20 kg (empty bar)', '5 × 40 kg', '3 × 60 kg', '1 × 80 kg']) await ramp.getByText(step).waitFor();
    await ramp.getByRole('button', { name: 'Log warm-up set 1 of Back squat' }).click();
    await ramp.getByRole('img', { name: 'Warm-up set 1 of Back squat logged' }).waitFor();
    // Not a row of the working sets: the table still has its 3 planned sets.
    const table = page.getByRole('table', { name: 'Sets of Back squat' });
    expect(await table.getByRole('row').count()).toBe(4);
    // The outbox sends it (now, or once back online).
    await expect.poll(async () => (await api('GET', `/training/sessions/${sessionId}`)).loggedSets.map((s: any) => [s.type, s.loadKg, s.reps]), { timeout: 10_000 }).toEqual([['warmup', 20, 10]]);
  });

  it('opens the plate calculator on a barbell set with the location’s plates, and says when a load cannot be made', async () => {
    const table = page.getByRole('table', { name: 'Sets of Back squat' });
    await table.getByRole('button', { name: 'Plates for set 1 of Back squat' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Plates for 100 kg' }).waitFor();
    // One pair of 20s only: 20 + 10 + 10 on each side.
    await dialog.getByText('1 × 20 kg').waitFor();
    await dialog.getByText('2 × 10 kg').waitFor();
    await dialog.getByText('This location’s plates: 2 × 20 kg, 4 × 10 kg, 2 × 5 kg.').waitFor();
    await dialog.getByLabel('Load').fill('101');
    await dialog.getByText('101 kg cannot be made exactly with these plates. Loaded instead: 100 kg.').waitFor();
    await dialog.getByText('Nearest loads: 100 kg below, 110 kg above.').waitFor();
    // Pounds: the standard pound plates (the location's are in kg).
    await dialog.getByLabel('lb').check();
    await dialog.getByLabel('Load').fill('225');
    await dialog.getByText('2 × 45 lb').waitFor();
    await screenshot(page, 'gym-floor-plates');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('swaps the exercise mid-session: alternatives with why, confirm → the new exercise with the logged sets kept', async () => {
    const table = page.getByRole('table', { name: 'Sets of Back squat' });
    await table.getByRole('button', { name: 'Log set 1 of Back squat' }).click();
    await table.getByRole('img', { name: 'Set 1 of Back squat logged' }).waitFor();

    await page.getByRole('button', { name: 'Swap Back squat for another exercise' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Swap Back squat' }).waitFor();
    const front = dialog.getByRole('radio', { name: /Front squat/ });
    await front.waitFor();
    await dialog.locator('label', { hasText: 'Front squat' }).getByText(/Same movement · Works quads, glutes/).waitFor();
    await screenshot(page, 'gym-floor-swap');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await front.check();
    await dialog.getByRole('button', { name: 'Swap', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });

    const swapped = page.getByRole('table', { name: 'Sets of Front squat' });
    await swapped.waitFor();
    await page.getByText('Replaces Back squat').waitFor();
    await swapped.getByRole('img', { name: 'Set 1 of Front squat logged' }).waitFor();
    await swapped.getByText('done as Back squat').waitFor();
    await swapped.getByRole('button', { name: 'Log set 2 of Front squat' }).click();
    await swapped.getByRole('img', { name: 'Set 2 of Front squat logged' }).waitFor();

    const stored = await api('GET', `/training/sessions/${sessionId}`);
    expect(stored.swaps).toEqual([expect.objectContaining({ exerciseIndex: 0, from: 'back-squat', to: 'front-squat' })]);
    await expect
      .poll(async () => (await api('GET', `/training/sessions/${sessionId}`)).loggedSets.map((s: any) => [s.exerciseId, s.setIndex, s.type ?? 'planned']), { timeout: 10_000 })
      .toEqual([['back-squat', 3, 'warmup'], ['back-squat', 0, 'planned'], ['front-squat', 1, 'planned']]);
    await screenshot(page, 'gym-floor-after-swap');
    expect(errors).toEqual([]);
  });

  it('edits a location’s plates in the Locations screen (and refuses what is not weight × pairs)', async () => {
    await page.goto(`${endpoints.webUrl}/training/locations`);
    await page.getByRole('button', { name: 'Edit location Garage' }).click();
    const form = page.getByRole('form', { name: 'Edit location Garage' });
    const field = form.getByLabel('Plates (pairs)');
    expect(await field.inputValue()).toBe('20×1 10×2 5×1');
    await field.fill('20×2 ten');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByText('Write each plate as weight × pairs, e.g. 20×2').waitFor();
    await field.fill('20×2, 10×2, 2,5×1');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(async () => (await api('GET', '/training/locations')).items.find((l: any) => l.name === 'Garage')?.plates, { timeout: 10_000 })
      .toEqual({ unit: 'kg', bar: 20, plates: [{ weight: 20, pairs: 2 }, { weight: 10, pairs: 2 }, { weight: 2.5, pairs: 1 }] });
    expect(errors).toEqual([]);
  });
});
