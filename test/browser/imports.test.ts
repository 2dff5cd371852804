import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectConsoleErrors, launchBrowser, screenshot, seriousA11yViolations, signUpThroughUi, type Browser } from '../support/browser';

const endpoints = inject('endpoints');
const localDir = inject('localDir');
const fixture = (name: string) => join(import.meta.dirname, '../fixtures/imports', name);
const heading = (page: Page, name: string) => page.getByRole('heading', { name, level: 1 }).waitFor();

async function expectClean(page: Page, name: string) {
  expect(await seriousA11yViolations(page), `axe on ${name}`).toEqual([]);
  const width = (await page.evaluate('document.documentElement.scrollWidth')) as number;
  expect(width, `${name} scrolls sideways`).toBeLessThanOrEqual(page.viewportSize()!.width);
  await screenshot(page, `imports-${name}`);
}

/** Drops a file on the drop zone as a browser would (a DataTransfer holding it). */
async function dropFile(page: Page, path: string, name: string) {
  const text = readFileSync(path, 'utf8');
  const transfer = await page.evaluateHandle(
    ({ text, name }) => {
      // Runs in the page: the DOM's DataTransfer and File (this project's TypeScript has no DOM lib).
      const dom = globalThis as unknown as { DataTransfer: new () => { items: { add(file: unknown): void } }; File: new (parts: string[], name: string, options: { type: string }) => unknown };
      const data = new dom.DataTransfer();
      data.items.add(new dom.File([text], name, { type: 'text/csv' }));
      return data;
    },
    { text, name },
  );
  const zone = page.getByRole('group', { name: 'Drop zone for the export file' });
  await zone.dispatchEvent('dragover', { dataTransfer: transfer });
  await zone.dispatchEvent('drop', { dataTransfer: transfer });
}

describe('Import from Strong or Hevy in the browser (Chromium)', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    browser = await launchBrowser({ viewport: 'desktop' });
    page = browser.page;
    page.setDefaultTimeout(15_000);
    errors = collectConsoleErrors(page);
    await signUpThroughUi(page, endpoints.webUrl, localDir, `imports-${randomUUID()}@example.test`);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('from History: upload a Strong file, read the report, match the unknown exercise, import again, see the sessions in History', async () => {
    await page.goto(`${endpoints.webUrl}/training/history`);
    await heading(page, 'History');
    await page.getByRole('link', { name: 'Import from Strong or Hevy' }).click();
    await heading(page, 'Import from Strong or Hevy');
    await expectClean(page, 'empty');

    await page.getByLabel('Weights in the file').selectOption('kg');
    await page.getByLabel('Choose a CSV file').setInputFiles(fixture('strong-comma-kg.csv'));
    const report = page.getByRole('region', { name: 'Import report' });
    await report.getByText('Strong export · workouts in the file: 3 · imported now: 2.').waitFor();
    await report.getByText('Back & Landmines').waitFor();
    const unmapped = page.getByRole('form', { name: 'Exercises to match' });
    await unmapped.getByLabel('Landmine 180 (sets: 2)').selectOption({ label: 'Pallof press' });
    await expectClean(page, 'report');

    await unmapped.getByRole('button', { name: 'Import again with these exercises' }).click();
    await report.getByText('Strong export · workouts in the file: 3 · imported now: 1.').waitFor();
    await report.getByText('Already imported before: 2.').waitFor();
    expect(await unmapped.count()).toBe(0);

    await report.getByRole('link', { name: 'See them in History' }).click();
    await heading(page, 'History');
    for (const title of ['Push Day', 'Legs', 'Back & Landmines']) await page.getByRole('link', { name: new RegExp(title) }).first().waitFor();
  });

  it('a Hevy file dropped on the page is detected and imported; a phone screen does not scroll sideways', async () => {
    await page.goto(`${endpoints.webUrl}/training/import`);
    await heading(page, 'Import from Strong or Hevy');
    await dropFile(page, fixture('hevy-kg.csv'), 'workouts.csv');
    await page.getByRole('region', { name: 'Import report' }).getByText('Hevy export · workouts in the file: 2 · imported now: 2.').waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    await expectClean(page, 'phone');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('a malformed file says which line cannot be read', async () => {
    await page.goto(`${endpoints.webUrl}/training/import`);
    await heading(page, 'Import from Strong or Hevy');
    const csv = readFileSync(fixture('strong-comma-kg.csv'), 'utf8').replace('"Squat (Barbell)",2,110,', '"Squat (Barbell)",2,heavy,');
    await page.getByLabel('Choose a CSV file').setInputFiles({ name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('alert').getByText('Line 17 of the file cannot be read.').waitFor();
    await page.getByText('weight "heavy" is not a number').waitFor();
    expect(errors.filter((error) => !error.includes('400'))).toEqual([]);
  });

  it('in French, the report of an import already done says so', async () => {
    await page.goto(`${endpoints.webUrl}/training/import`);
    await heading(page, 'Import from Strong or Hevy');
    await page.locator('header').getByLabel('Language').selectOption('fr');
    await heading(page, 'Importer depuis Strong ou Hevy');
    await page.getByLabel('Charges du fichier').selectOption('kg');
    await page.getByLabel('Choisir un fichier CSV').setInputFiles(fixture('hevy-kg.csv'));
    const report = page.getByRole('region', { name: 'Rapport d’import' });
    await report.getByText('Export Hevy · séances dans le fichier : 2 · importées maintenant : 0.').waitFor();
    await report.getByText('Déjà importées auparavant : 2.').waitFor();
    await expectClean(page, 'french');
  });
});
