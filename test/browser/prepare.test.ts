import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectConsoleErrors, launchBrowser, screenshot, seriousA11yViolations, signUpThroughUi, type Browser } from '../support/browser';

const endpoints = inject('endpoints');
const localDir = inject('localDir');

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { name, level: 1 }).waitFor();

/** Today → "New session" → Prepare, as an athlete reaches it. */
async function openPrepare(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Today' }).click();
  await heading(page, 'Today');
  await page.getByRole('link', { name: 'New session' }).click();
  await heading(page, 'Prepare a session');
}

/** Asks the chosen coach (already set up on the form), then checks the session page says who wrote it. */
async function askCoach(page: Page, coach: string): Promise<{ title: string; meta: string }> {
  const submit = page.getByRole('button', { name: `Ask the ${coach} coach` });
  await submit.click();
  await page.waitForURL(/\/training\/sessions\/[^/]+$/, { timeout: 20_000 });
  const title = page.getByRole('heading', { level: 1 });
  await title.waitFor();
  const note = page.getByText(/^Written by/);
  await note.waitFor();
  const noteText = (await note.textContent()) ?? '';
  expect(noteText).toContain('offline coach');
  expect(noteText).toContain('no OpenAI key');
  // The session page's header line: day · "<Coach> coach" · discipline · duration.
  const meta = (await page.getByText(`${coach} coach ·`).first().textContent()) ?? '';
  expect(meta).toContain(`${coach} coach`);
  return { title: ((await title.textContent()) ?? '').trim(), meta };
}

async function setMinutes(page: Page, minutes: number): Promise<void> {
  const quick = page.getByRole('button', { name: `${minutes} min`, exact: true });
  if (await quick.count()) {
    await quick.click();
    expect(await quick.getAttribute('aria-pressed')).toBe('true');
  } else {
    await page.getByLabel('Minutes (10–180)').fill(String(minutes));
  }
  expect(await page.getByLabel('Minutes (10–180)').inputValue()).toBe(String(minutes));
}

async function pressChip(page: Page, name: string): Promise<void> {
  const chip = page.getByRole('button', { name, exact: true });
  await chip.click();
  expect(await chip.getAttribute('aria-pressed')).toBe('true');
}

/** Prepare → a coach writes the session → its page says who wrote it (through the UI only). */
describe('Prepare: asking a coach for a session (Chromium)', () => {
  let desktop: Browser;
  let page: Page;
  let consoleErrors: string[];
  const email = `prepare-${randomUUID()}@example.test`;
  const password = 'Passw0rd!prep';

  beforeAll(async () => {
    desktop = await launchBrowser({ viewport: 'desktop' });
    page = desktop.page;
    page.setDefaultTimeout(15_000);
    consoleErrors = collectConsoleErrors(page);
    await signUpThroughUi(page, endpoints.webUrl, localDir, email, password);
  });
  afterAll(async () => desktop?.close());

  it('is reached from Today’s "New session", with the five coaches and a way to write one’s own', async () => {
    await openPrepare(page);
    expect(await page.title()).toBe('Prepare a session · TwinForge');
    for (const coach of ['Force', 'Endurance', 'Functional', 'Calisthenics', 'Competitions']) await page.getByRole('radio', { name: coach, exact: true }).waitFor();
    expect(await page.getByRole('radio', { name: 'Force', exact: true }).isChecked()).toBe(true);
    await page.getByText('Programs: Running, Cycling, Rowing, SkiErg, Swimming').waitFor();
    await page.getByRole('link', { name: 'Write my own session' }).waitFor();
    for (const word of ['Exhausted', 'Tired', 'OK', 'Good', 'Fresh']) await page.getByRole('radio', { name: new RegExp(word) }).waitFor();
    await page.getByRole('radio', { name: 'Fast' }).waitFor();
    await page.getByText(/added in the background/).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'prepare-desktop');
  });

  it('offers only the disciplines the chosen coach programs (each its own, and mobility)', async () => {
    const offered = () => page.getByLabel('Discipline').locator('option').allTextContents();
    await page.getByRole('radio', { name: 'Force', exact: true }).check();
    expect(await offered()).toEqual(['Let the coach choose', 'Strength', 'Mobility']);
    await page.getByRole('radio', { name: 'Endurance', exact: true }).check();
    expect(await offered()).toEqual(['Let the coach choose', 'Running', 'Cycling', 'Rowing', 'SkiErg', 'Swimming', 'Mobility']);
    await page.getByRole('radio', { name: 'Functional', exact: true }).check();
    expect(await offered()).toEqual(['Let the coach choose', 'Metcon', 'Mobility']);
  });

  it('puts the API’s refusal on its field and focuses it', async () => {
    await page.getByRole('radio', { name: 'Force', exact: true }).check();
    const minutes = page.getByLabel('Minutes (10–180)');
    await minutes.fill('5');
    await page.getByRole('button', { name: 'Ask the Force coach' }).click();
    await expect.poll(() => minutes.getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe(await minutes.getAttribute('id'));
    const describedBy = (await minutes.getAttribute('aria-describedby')) ?? '';
    const errorId = describedBy.split(' ').find((id) => id.endsWith('-error'));
    expect(errorId).toBeTruthy();
    const message = ((await page.locator(`[id="${errorId}"]`).textContent()) ?? '').trim();
    expect(message).toMatch(/10/);
    expect(message).not.toMatch(/expected number/); // the UI's words, not the server's
    expect(page.url()).toMatch(/\/training\/prepare$/);
    expect(await seriousA11yViolations(page)).toEqual([]);
    // Chromium logs the refused request itself; that one 400 is the point of this step, anything else is not.
    const refused = consoleErrors.filter((line) => /status of 400 .*\/training\/sessions\)$/.test(line));
    expect(refused).toHaveLength(1);
    consoleErrors.splice(consoleErrors.indexOf(refused[0]!), 1);
    expect(consoleErrors).toEqual([]);
  });

  it('the Force coach writes a session for the equipment chips picked', async () => {
    await page.getByRole('radio', { name: 'Force', exact: true }).check();
    for (const item of ['Barbell', 'Rack', 'Bench']) await pressChip(page, item);
    await setMinutes(page, 45);
    await page.getByRole('radio', { name: /Good/ }).check();
    const { title } = await askCoach(page, 'Force');
    expect(title).not.toBe('');
    await screenshot(page, 'prepare-generated');
  });

  it('remembers the last choices on this device', async () => {
    await openPrepare(page);
    await page.getByText('Your last choices on this device are filled in.').waitFor();
    expect(await page.getByRole('radio', { name: 'Force', exact: true }).isChecked()).toBe(true);
    expect(await page.getByRole('button', { name: 'Barbell', exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('radio', { name: /Good/ }).isChecked()).toBe(true);
    expect(await page.getByLabel('Minutes (10–180)').inputValue()).toBe('45');
  });

  it('the Endurance coach writes a cycling session in the chosen discipline', async () => {
    await page.getByRole('radio', { name: 'Endurance', exact: true }).check();
    await page.getByLabel('Discipline').selectOption({ label: 'Cycling' });
    // Clear the remembered strength equipment, then say there is a bike: the hint about it goes away.
    for (const item of ['Barbell', 'Rack', 'Bench']) await page.getByRole('button', { name: item, exact: true }).click();
    const needsBike = page.getByText('Cycling needs this equipment: Bike.');
    await needsBike.waitFor();
    await pressChip(page, 'Bike');
    await needsBike.waitFor({ state: 'detached' });
    await setMinutes(page, 60);
    await page.getByRole('radio', { name: /Tired/ }).check();
    const { meta } = await askCoach(page, 'Endurance');
    expect(meta).toContain('Cycling');
  });

  it('the Functional coach writes a full-mode session for a location saved on the Locations screen', async () => {
    await openPrepare(page);
    await page.getByRole('link', { name: 'Manage locations' }).click();
    await heading(page, 'Locations');
    await page.getByLabel('Name').fill('Garage box');
    await page.getByLabel('Kind of place').selectOption({ label: 'Home' });
    for (const item of ['Kettlebells', 'Plyo box', 'Jump rope', 'Pull-up bar']) await page.getByRole('checkbox', { name: item, exact: true }).check();
    await page.getByRole('button', { name: 'Add location' }).click();
    await page.getByText('Location “Garage box” added.').waitFor();

    await openPrepare(page);
    await page.getByRole('radio', { name: 'Functional', exact: true }).check();
    await page.getByLabel('Saved location').selectOption({ label: 'Garage box (Home)' });
    const atLocation = page.getByRole('list', { name: 'Equipment at Garage box' });
    await atLocation.waitFor();
    expect(await atLocation.getByRole('listitem').allTextContents()).toEqual(['Kettlebells', 'Pull-up bar', 'Plyo box', 'Jump rope']);
    // What the location has is not offered again as a chip.
    expect(await page.getByRole('button', { name: 'Kettlebells', exact: true }).count()).toBe(0);
    await setMinutes(page, 20);
    await page.getByRole('radio', { name: /Fresh/ }).check();
    await page.getByRole('radio', { name: 'Full' }).check();
    const { meta } = await askCoach(page, 'Functional');
    expect(meta).toContain('Metcon');
  });

  it('the Calisthenics coach writes a session that avoids what the athlete asks', async () => {
    await openPrepare(page);
    await page.getByRole('radio', { name: 'Calisthenics', exact: true }).check();
    await page.getByLabel('Saved location').selectOption({ label: 'No location' });
    await pressChip(page, 'Rings');
    await page.getByLabel('Minutes (10–180)').fill('35');
    await page.getByRole('radio', { name: /OK/ }).check();
    await page.getByLabel('Other focus (optional)').fill('first muscle-up');
    await page.getByLabel('Avoid (optional)').fill('knees, wrists');
    const { meta } = await askCoach(page, 'Calisthenics');
    expect(meta).toContain('Calisthenics');
    expect(consoleErrors).toEqual([]);
  });

  it('the Competitions coach writes a session on a phone (390 px), without horizontal scroll', async () => {
    const phone = await launchBrowser({ viewport: 'phone' });
    try {
      const phonePage = phone.page;
      phonePage.setDefaultTimeout(15_000);
      const phoneErrors = collectConsoleErrors(phonePage);
      await phonePage.goto(endpoints.webUrl);
      await phonePage.getByLabel('E-mail').fill(email);
      await phonePage.getByLabel('Password').fill(password);
      await phonePage.getByRole('button', { name: 'Sign in' }).click();
      await phonePage.getByRole('navigation').waitFor();
      await openPrepare(phonePage);
      const noHorizontalScroll = () => phonePage.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth');
      expect(await noHorizontalScroll()).toBe(true);
      expect(await seriousA11yViolations(phonePage)).toEqual([]);
      await screenshot(phonePage, 'prepare-phone');

      await phonePage.getByRole('radio', { name: 'Competitions', exact: true }).check();
      expect(await phonePage.getByLabel('Discipline').locator('option').allTextContents()).toEqual(['Let the coach choose', 'Hyrox', 'Mobility']);
      for (const item of ['Rowing machine', 'SkiErg', 'Wall ball', 'Sled']) await pressChip(phonePage, item);
      await setMinutes(phonePage, 90);
      await phonePage.getByRole('radio', { name: /Fresh/ }).check();
      const { meta } = await askCoach(phonePage, 'Competitions');
      expect(meta).toContain('Hyrox');
      expect(await noHorizontalScroll()).toBe(true);
      expect(phoneErrors).toEqual([]);
    } finally {
      await phone.close();
    }
  });
});
