import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectConsoleErrors, launchBrowser, screenshot, seriousA11yViolations, signUpThroughUi, type Browser } from '../support/browser';

const endpoints = inject('endpoints');
const localDir = inject('localDir');

/** Ten exercises in a discipline style no other test asks for: each one a library miss when the plan opens. */
const EXERCISES = ['pistol-squat', 'hip-thrust', 'burpee', 'push-up', 'pull-up', 'deadlift', 'kettlebell-swing', 'plank', 'bench-press', 'walking-lunge'];

async function createSession(page: Page): Promise<string> {
  const token = await page.evaluate<string>("JSON.parse(localStorage.getItem('twinforge.auth')).idToken");
  const response = await fetch(`${endpoints.apiUrl}/training/sessions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ coach: 'functional', discipline: 'skierg', title: 'Illustrated', exercises: EXERCISES.map((exerciseId) => ({ exerciseId, sets: [{ reps: 8 }] })) }),
  });
  if (response.status !== 201) throw new Error(`POST /training/sessions answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

/** What the test reads of an <img> in the page (the test project has no DOM types). */
interface ImageInPage {
  currentSrc: string;
  src: string;
  alt: string;
  naturalWidth: number;
}

/** Every state each illustration slot went through, recorded in the page from its first paint. */
const RECORDER = `
  window.__firstLoad = window.__firstLoad ?? performance.timeOrigin;
  window.__illustrationStates = new Set();
  new MutationObserver(() => {
    for (const el of document.querySelectorAll('[data-illustration]')) window.__illustrationStates.add(el.getAttribute('data-illustration'));
  }).observe(document, { subtree: true, childList: true, attributes: true });
`;

describe('exercise illustrations in the plan and the live session (Chromium)', () => {
  let browser: Browser;
  let page: Page;
  let consoleErrors: string[];

  beforeAll(async () => {
    browser = await launchBrowser({ viewport: 'desktop' });
    page = browser.page;
    page.setDefaultTimeout(15_000);
    consoleErrors = collectConsoleErrors(page);
    await signUpThroughUi(page, endpoints.webUrl, localDir, `illus-${randomUUID()}@example.test`, 'Passw0rd!illus');
  });
  afterAll(async () => browser?.close());

  it('a new prescription shows placeholders, then the images, without a reload', async () => {
    await page.addInitScript(RECORDER);
    const id = await createSession(page);
    await page.goto(`${endpoints.webUrl}/training/sessions/${id}`);
    await page.getByRole('heading', { name: 'The plan', level: 2 }).waitFor();
    const timeOrigin = await page.evaluate<number>('performance.timeOrigin');
    const slots = page.locator('.plan-exercise [data-illustration]');
    await expect.poll(() => slots.count()).toBe(EXERCISES.length);
    // Placeholders first (role img, named for screen readers)…
    expect(await page.evaluate<string[]>('[...window.__illustrationStates]')).toContain('pending');
    await screenshot(page, 'illustrations-pending');
    // …then every one becomes a loaded WebP, swapped in by polling.
    await expect.poll(() => page.locator('.plan-exercise img[data-illustration="ready"]').count(), { timeout: 45_000, interval: 500 }).toBe(EXERCISES.length);
    const images = await page.$$eval('.plan-exercise img[data-illustration="ready"]', (elements) =>
      (elements as unknown as ImageInPage[]).map((img) => ({ src: img.currentSrc || img.src, alt: img.alt })),
    );
    await page.evaluate('Promise.all([...document.images].map((img) => img.decode().catch(() => null)))');
    const naturalWidths = await page.$$eval('.plan-exercise img[data-illustration="ready"]', (elements) => (elements as unknown as ImageInPage[]).map((img) => img.naturalWidth));
    // Loaded and decoded (srcset widths are density-corrected to the 96 px slot).
    for (const width of naturalWidths) expect(width).toBe(96);
    for (const image of images) {
      expect(image.src).toMatch(new RegExp(`^${endpoints.illustrationsBaseUrl}/illustrations/[0-9a-f]{64}\\.webp$`));
      expect(image.alt).toMatch(/^How to do /);
    }
    expect(await page.evaluate<number>('performance.timeOrigin')).toBe(timeOrigin); // same document: no reload
    await screenshot(page, 'illustrations-ready');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('the live session shows the same images beside each exercise', async () => {
    await page.getByRole('button', { name: 'Start the session' }).first().click();
    await page.getByRole('heading', { name: /Live/i, level: 2 }).first().waitFor();
    await expect.poll(() => page.locator('.live-exercise img[data-illustration="ready"]').count(), { timeout: 20_000 }).toBe(EXERCISES.length);
    await screenshot(page, 'illustrations-live');
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
