import { randomUUID } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectConsoleErrors, launchBrowser, screenshot, seriousA11yViolations, signUpThroughUi, type Browser } from '../support/browser';

const endpoints = inject('endpoints');
const localDir = inject('localDir');

/** zod's and the API's English wording, which must never reach a French screen. */
const SERVER_ENGLISH = /Too big|Too small|Invalid input|expected|must be|is not|received|Required/;

/** The text of the hint/error elements a control names in aria-describedby. */
async function describedText(control: Locator): Promise<string> {
  const ids = (await control.getAttribute('aria-describedby'))?.split(/\s+/).filter(Boolean) ?? [];
  const texts = await Promise.all(ids.map((id) => control.page().locator(`[id="${id}"]`).textContent()));
  return texts.join(' | ');
}

/** Whether the control has the keyboard focus. */
const isFocused = (control: Locator) => control.evaluate((element) => element === element.ownerDocument.activeElement);

async function expectTitle(page: Page, heading: string | RegExp) {
  await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
  await expect.poll(() => page.title()).toMatch(/ · TwinForge$/);
}

const noSidewaysScroll = (page: Page) => page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth');

/** Sessions made through the API as test setup (History paging), with the signed-in user's token. */
async function createSessions(page: Page, count: number, coach: 'force' | 'endurance') {
  const token = await page.evaluate<string>("JSON.parse(localStorage.getItem('twinforge.auth')).idToken");
  for (let i = 0; i < count; i++) {
    const response = await fetch(`${endpoints.apiUrl}/training/sessions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        coach,
        discipline: coach === 'force' ? 'strength' : 'running',
        title: `${coach} ${i + 1}`,
        exercises: [{ exerciseId: coach === 'force' ? 'back-squat' : 'easy-run', sets: [{ reps: coach === 'force' ? 5 : null, durationSec: coach === 'force' ? null : 600 }] }],
      }),
    });
    if (response.status !== 201) throw new Error(`setup: POST /training/sessions → ${response.status} ${await response.text()}`);
  }
}

describe('forms that help (Chromium, French)', () => {
  let browser: Browser;
  let page: Page;
  let consoleErrors: string[];
  const email = `forms-${randomUUID()}@example.test`;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = browser.page;
    page.setDefaultTimeout(15_000);
    consoleErrors = collectConsoleErrors(page);
  });
  afterAll(async () => browser?.close());

  it('signs up through the UI; the sign-in screen and the landing screen have their titles', async () => {
    await page.goto(endpoints.webUrl);
    await expectTitle(page, 'Sign in to TwinForge');
    await signUpThroughUi(page, endpoints.webUrl, localDir, email);
    await expect.poll(() => page.title()).toMatch(/^.+ · TwinForge$/);
  });

  it('profile: out-of-range heart rates get French messages under their own fields, focus on the first', async () => {
    await page.getByLabel('Language').selectOption('fr');
    await page.getByRole('link', { name: 'Profil' }).click();
    await expectTitle(page, 'Votre profil');
    const max = page.getByLabel('Fréquence cardiaque max (bpm)');
    const resting = page.getByLabel('Fréquence cardiaque au repos (bpm)');
    await max.fill('300');
    await resting.fill('10');
    await page.getByRole('button', { name: 'Enregistrer' }).click();

    await expect.poll(() => max.getAttribute('aria-invalid')).toBe('true');
    expect(await resting.getAttribute('aria-invalid')).toBe('true');
    expect(await describedText(max)).toContain('Doit être au plus 240');
    expect(await describedText(resting)).toContain('Doit être au moins 25');
    await page.getByRole('alert').filter({ hasText: 'Certaines valeurs sont à corriger' }).waitFor();
    expect(await page.locator('main').innerText()).not.toMatch(SERVER_ENGLISH);
    // Focus lands on the first field to fix.
    expect(await isFocused(max)).toBe(true);
    await screenshot(page, 'forms-profile-fr-errors');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('profile: the time-zone picker finds a zone by city, and it is saved', async () => {
    await page.getByLabel('Fréquence cardiaque max (bpm)').fill('');
    await page.getByLabel('Fréquence cardiaque au repos (bpm)').fill('');
    await page.getByLabel('Chercher un fuseau horaire').fill('tokyo');
    await page.getByRole('status').filter({ hasText: 'Un fuseau horaire correspond' }).waitFor();
    const zone = page.getByLabel('Fuseau horaire', { exact: true });
    // One match: picked at once, shown with its offset.
    await expect.poll(() => zone.inputValue()).toBe('Asia/Tokyo');
    expect(await zone.locator('option:checked').textContent()).toMatch(/^Asia\/Tokyo — UTC\+09:00/);
    // The suggestions (first group) hold the current zone and this device's.
    const suggested = await zone.locator('optgroup').first().locator('option').allTextContents();
    expect(suggested.some((text) => text.includes('(Cet appareil)'))).toBe(true);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('status').filter({ hasText: 'Profil enregistré.' }).waitFor();
    await page.reload();
    await expectTitle(page, 'Votre profil');
    expect(await page.getByLabel('Fuseau horaire', { exact: true }).inputValue()).toBe('Asia/Tokyo');
  });

  it('custom session: a 1000 kg load is refused under that exercise’s load field, in French', async () => {
    await page.goto(`${endpoints.webUrl}/training/new`);
    await expectTitle(page, 'Nouvelle séance');
    await page.getByLabel('Titre').fill('Jambes lourdes');
    const exercise = page.getByLabel('Exercice (identifiant du catalogue)');
    await exercise.fill('back-squat');
    const load = page.getByLabel('Charge (kg)');
    await load.fill('1000');
    await page.getByRole('button', { name: 'Créer la séance' }).click();

    await expect.poll(() => load.getAttribute('aria-invalid')).toBe('true');
    expect(await describedText(load)).toContain('Doit être au plus 600');
    expect(await exercise.getAttribute('aria-invalid')).toBe('false');
    expect(await describedText(exercise)).not.toContain('Doit');
    expect(await isFocused(load)).toBe(true);
    expect(await page.locator('main').innerText()).not.toMatch(SERVER_ENGLISH);
    await screenshot(page, 'forms-custom-session-error');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('custom session: an exercise that is not in the catalog is named on its field', async () => {
    const exercise = page.getByLabel('Exercice (identifiant du catalogue)');
    await page.getByLabel('Charge (kg)').fill('100');
    await exercise.fill('moon-walk');
    await page.getByRole('button', { name: 'Créer la séance' }).click();
    await expect.poll(() => describedText(exercise)).toContain('Absent du catalogue d’exercices');
    expect(await page.getByLabel('Charge (kg)').getAttribute('aria-invalid')).toBe('false');
  });

  it('a 160-character title wraps at phone width: no sideways scrolling', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const title = `Séance${'X'.repeat(154)}`;
    expect(title).toHaveLength(160);
    await page.getByLabel('Titre').fill(title);
    await page.getByLabel('Exercice (identifiant du catalogue)').fill('back-squat');
    await page.getByRole('button', { name: 'Créer la séance' }).click();
    await page.waitForURL(/\/training\/sessions\//);
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    await expect.poll(() => page.title()).toMatch(/ · TwinForge$/);
    expect(await noSidewaysScroll(page)).toBe(true);
    await screenshot(page, 'forms-phone-long-title');
    await page.goto(`${endpoints.webUrl}/training/history`);
    await expectTitle(page, 'Historique d’entraînement');
    await page.getByText(title).waitFor();
    expect(await noSidewaysScroll(page)).toBe(true);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('History: "Afficher plus" appends the next page (filters respected) and goes away at the end', async () => {
    // 1 force session from the UI above, plus 22 force and 3 endurance ones.
    await createSessions(page, 22, 'force');
    await createSessions(page, 3, 'endurance');
    await page.goto(`${endpoints.webUrl}/training/history`);
    await expectTitle(page, 'Historique d’entraînement');
    const rows = page.locator('.session-list > li');
    const more = page.getByRole('button', { name: 'Afficher plus' });
    await expect.poll(() => rows.count()).toBe(20);
    await more.click();
    await expect.poll(() => rows.count()).toBe(26);
    await expect.poll(() => more.count()).toBe(0);

    await page.getByLabel('Coach', { exact: true }).selectOption('force');
    await expect.poll(() => rows.count()).toBe(20);
    await more.click();
    await expect.poll(() => rows.count()).toBe(23);
    await expect.poll(() => more.count()).toBe(0);
    expect(await page.locator('.session-list').innerText()).not.toMatch(/endurance \d/);

    // Exactly one page of endurance sessions: no "load more" that would fetch nothing.
    await page.getByLabel('Coach', { exact: true }).selectOption('endurance');
    await expect.poll(() => rows.count()).toBe(3);
    expect(await more.count()).toBe(0);
  });

  it('no console error along the way (favicon included), other than the two refusals the test asked for', async () => {
    const icon = await fetch(`${endpoints.webUrl}/favicon.svg`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toMatch(/svg/);
    expect(await page.locator('link[rel="icon"]').getAttribute('href')).toBe('/favicon.svg');
    // Chromium logs every 4xx answer to fetch; the deliberate refusals (PUT /me, POST /training/sessions) are the input of the tests above.
    const deliberate = (line: string) => /status of 400/.test(line) && (line.includes(`${endpoints.apiUrl}/me`) || line.includes(`${endpoints.apiUrl}/training/sessions`));
    expect(consoleErrors.filter((line) => !deliberate(line))).toEqual([]);
    expect(consoleErrors.filter(deliberate).length).toBeGreaterThanOrEqual(2);
  });
});
