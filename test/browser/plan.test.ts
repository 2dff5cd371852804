import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectConsoleErrors, launchBrowser, screenshot, seriousA11yViolations, signUpThroughUi, type Browser } from '../support/browser';

const endpoints = inject('endpoints');
const localDir = inject('localDir');

/** The signed-in athlete's ID token, as the SPA keeps it. */
async function idToken(page: Page): Promise<string> {
  return page.evaluate<string>("JSON.parse(localStorage.getItem('twinforge.auth')).idToken");
}

/** Set-up only: a coach writes a session for this athlete (what is checked is how the SPA shows it). */
async function api<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${endpoints.apiUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${await idToken(page)}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

async function openSession(page: Page, id: string): Promise<void> {
  await page.goto(`${endpoints.webUrl}/training/sessions/${id}`);
  await page.getByRole('heading', { name: 'The plan', level: 2 }).waitFor();
}

async function noHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate<{ scrollWidth: number; innerWidth: number }>(
    '({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth })',
  );
  expect(scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(innerWidth);
}

/** Max heart rate 190 → zones of 50–60–70–80–90–100 %: Z2 = 114–133 bpm. */
const MAX_HR = 190;
const Z2 = '114–133 bpm';

/** The plan as the coach wrote it, with its enrichment, on the session page (Chromium, desktop and phone). */
describe('session plan as written, with enrichment (Chromium)', () => {
  let desktop: Browser;
  let page: Page;
  let consoleErrors: string[];
  const email = `plan-${randomUUID()}@example.test`;
  const password = 'Passw0rd!plan';
  let functionalId = '';
  let enduranceId = '';

  beforeAll(async () => {
    desktop = await launchBrowser({ viewport: 'desktop' });
    page = desktop.page;
    page.setDefaultTimeout(15_000);
    consoleErrors = collectConsoleErrors(page);
    await signUpThroughUi(page, endpoints.webUrl, localDir, email, password);
  });
  afterAll(async () => desktop?.close());

  it('saves a max heart rate in the profile, then gets a functional and a running session from the coaches', async () => {
    await page.getByRole('link', { name: 'Profile' }).click();
    await page.getByRole('heading', { name: 'Your profile', level: 1 }).waitFor();
    await page.getByLabel('Max heart rate (bpm)').fill(String(MAX_HR));
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Profile saved.').waitFor();

    const functional = await api<{ id: string }>(page, 'POST', '/training/sessions', { coach: 'functional', durationMin: 40, energy: 4 });
    const endurance = await api<{ id: string }>(page, 'POST', '/training/sessions', { coach: 'endurance', discipline: 'running', durationMin: 45, energy: 3 });
    functionalId = functional.id;
    enduranceId = endurance.id;
    expect(functionalId).toBeTruthy();
    expect(enduranceId).toBeTruthy();
  });

  it('shows the functional plan by blocks, with its format sentence, one line per exercise of the round, and its scaling panel', async () => {
    await openSession(page, functionalId);
    const formats = (await page.locator('.block-format').allTextContents()).join(' | ');
    expect(formats).toMatch(/\d+ rounds? for time · cap \d+ min|For time · cap \d+ min|AMRAP · \d+ min|EMOM · \d+ min/);
    // Blocks are headed by their kind.
    await page.getByRole('heading', { name: /^Warm-up/, level: 3 }).waitFor();
    await page.getByRole('heading', { name: /^Cool-down/, level: 3 }).waitFor();
    // In the AMRAP / EMOM / For Time block each exercise is one line of the round ("9 × Burpee"), not a row per set.
    const roundBlock = page.locator('.plan-block').filter({ has: page.locator('.block-format', { hasText: /for time|AMRAP|EMOM/i }) }).first();
    const lines = await roundBlock.locator('h4.round-line').allTextContents();
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join(' | ')).toMatch(/\d+ × \S|\d+ m \S|\d+ cal \S|\d+:\d\d \S/);
    // No raw seconds in any target ("1980 s"): times are m:ss.
    expect((await page.locator('.plan-sets, h4.round-line').allTextContents()).join(' | ')).not.toMatch(/\d s\b/);

    // The coach's own panel: scaling levels and the intended stimulus.
    await page.getByRole('heading', { name: 'Scaling', level: 2 }).waitFor();
    const scaling = page.locator('.coach-panel');
    await scaling.getByText('Rx (as written)').waitFor();
    await scaling.getByText('Scaled', { exact: true }).waitFor();
    await scaling.getByText('Foundations').waitFor();
    await scaling.getByText('Intended stimulus').waitFor();
    await screenshot(page, 'plan-functional');
  });

  it('follows the enrichment by itself until the coaching details are ready, then opens an exercise’s cues', async () => {
    const status = page.getByTestId('enrichment-status');
    await status.waitFor();
    const first = (await status.textContent()) ?? '';
    expect(first).toMatch(/Adding coaching details…|Coaching details ready/);
    // No reload: the status line polls until the worker is done.
    await status.filter({ hasText: 'Coaching details ready' }).waitFor({ timeout: 30_000 });
    expect(await status.getAttribute('role')).toBe('status');

    const toggle = page.getByRole('button', { name: /^▸? ?Coaching details/ }).first();
    await toggle.waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const panel = page.locator(`[id="${await toggle.getAttribute('aria-controls')}"]`);
    await panel.getByRole('heading', { name: 'Coaching cues' }).waitFor();
    const cues = await panel.locator('section').first().locator('li').allTextContents();
    expect(cues.length).toBeGreaterThan(0);
    expect(cues.every((cue) => cue.trim().length > 3)).toBe(true);
    for (const label of ['Common mistakes', 'Easier', 'Harder', 'Variation', 'Setup', 'Execution', 'Breathing']) await panel.getByText(label, { exact: true }).waitFor();

    // The coach analysis has its own panel.
    await page.getByRole('heading', { name: 'Coach analysis', level: 2 }).waitFor();
    await page.getByRole('heading', { name: 'Scaling guidance', level: 3 }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'plan-enriched-cues');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await panel.isHidden()).toBe(true);
  });

  it('shows the running plan with its heart-rate zones in the athlete’s bpm and the minutes per zone', async () => {
    await openSession(page, enduranceId);
    // Targets carry the zone with its bpm range, durations as m:ss.
    const plan = (await page.locator('.plan').textContent()) ?? '';
    expect(plan).toContain(`Z2 ${Z2}`);
    expect(plan).toMatch(/\d+:\d\d · RPE \d/);
    expect((await page.locator('.plan-sets, h4.round-line').allTextContents()).join(' | ')).not.toMatch(/\d s\b/);

    await page.getByRole('heading', { name: 'Zones', level: 2 }).waitFor();
    const zones = page.locator('.zones-table');
    await zones.waitFor();
    const z2 = zones.getByRole('row', { name: /^Z2/ });
    expect(await z2.textContent()).toMatch(new RegExp(`Z2${Z2}\\d+(\\.\\d)? min`));
    await page.locator('.coach-panel').getByText('Session type').waitFor();
    await page.locator('.coach-panel').getByText(`${MAX_HR} bpm`, { exact: false }).first().waitFor();
    await page.getByTestId('enrichment-status').filter({ hasText: 'Coaching details ready' }).waitFor({ timeout: 30_000 });
    await page.getByRole('heading', { name: 'Time in zones', level: 3 }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'plan-endurance');
  });

  it('marks logged sets against their targets', async () => {
    // Set-up: the session is started and two sets are logged (the live screen has its own tests).
    const force = await api<{ id: string; prescription: { blocks: { kind: string; exercises: { sets: unknown[] }[] }[] } }>(page, 'POST', '/training/sessions', {
      coach: 'force',
      durationMin: 45,
      energy: 3,
    });
    await api(page, 'POST', `/training/sessions/${force.id}/start`);
    const main = force.prescription.blocks.findIndex((block) => block.kind === 'main');
    const index = force.prescription.blocks.slice(0, main).reduce((sum, block) => sum + block.exercises.length, 0);
    for (const setIndex of [0, 1]) {
      await api(page, 'POST', `/training/sessions/${force.id}/sets`, { id: randomUUID(), exerciseIndex: index, setIndex, reps: 8, loadKg: 20, rpe: 8 });
    }
    await openSession(page, force.id);
    await page.getByRole('heading', { name: 'Working maxes & progression', level: 2 }).waitFor();
    expect(await page.locator('.plan tr.set-done').count()).toBe(2);
    const row = page.locator('.plan tr.set-done').first();
    expect(await row.textContent()).toMatch(/✓ 8 reps @ 20 kg · RPE 8/);
    expect(await page.locator('.plan .logged-count').first().textContent()).toMatch(/^2 of \d+ sets done$/);
  });

  it('reads in French when the language is switched', async () => {
    await openSession(page, functionalId);
    await page.getByLabel('Language').selectOption('fr');
    await page.getByRole('heading', { name: 'Le plan', level: 2 }).waitFor();
    await page.getByRole('heading', { name: /^Échauffement/, level: 3 }).waitFor();
    await page.getByRole('heading', { name: /^Retour au calme/, level: 3 }).waitFor();
    await page.getByRole('heading', { name: 'Adaptations', level: 2 }).waitFor();
    await page.getByRole('heading', { name: 'Analyse du coach', level: 2 }).waitFor();
    await page.getByText('Rx (tel qu’écrit)').waitFor();
    await page.getByTestId('enrichment-status').filter({ hasText: 'Conseils du coach prêts' }).waitFor();
    const formats = (await page.locator('.block-format').allTextContents()).join(' | ');
    expect(formats).toMatch(/tours? au chrono|Au chrono|AMRAP \(un maximum de tours\)|EMOM \(chaque minute\)/);
    expect(formats).not.toMatch(/rounds|for time|cap /);
    await page.getByRole('button', { name: /Conseils techniques/ }).first().click();
    await page.getByRole('heading', { name: 'Points clés' }).first().waitFor();
    // Back to English for the next test run's screenshots and the phone check.
    await page.getByLabel('Langue').selectOption('en');
    await page.getByRole('heading', { name: 'The plan', level: 2 }).waitFor();
    expect(consoleErrors, consoleErrors.join("\n")).toEqual([]);
  });

  it('fits a phone (390 × 844) without sideways scrolling', async () => {
    const phone = await launchBrowser({ viewport: 'phone' });
    try {
      const mobile = phone.page;
      mobile.setDefaultTimeout(15_000);
      const errors = collectConsoleErrors(mobile);
      await mobile.goto(endpoints.webUrl);
      await mobile.getByLabel('E-mail').fill(email);
      await mobile.getByLabel('Password').fill(password);
      await mobile.getByRole('button', { name: 'Sign in' }).click();
      await mobile.getByRole('navigation').first().waitFor();
      await openSession(mobile, functionalId);
      await mobile.getByTestId('enrichment-status').filter({ hasText: 'Coaching details ready' }).waitFor();
      await mobile.getByRole('button', { name: /Coaching details/ }).first().click();
      await noHorizontalScroll(mobile);
      expect(await seriousA11yViolations(mobile)).toEqual([]);
      await screenshot(mobile, 'plan-phone');
      await openSession(mobile, enduranceId);
      await mobile.locator('.zones-table').waitFor();
      await noHorizontalScroll(mobile);
      expect(errors).toEqual([]);
    } finally {
      await phone.close();
    }
  });
});
