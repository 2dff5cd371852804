import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectConsoleErrors, launchBrowser, screenshot, seriousA11yViolations, signUpThroughUi, type Browser } from '../support/browser';

const endpoints = inject('endpoints');
const localDir = inject('localDir');

/**
 * An athlete's own session written, started, logged and completed through the Training UI on
 * `page` (two sets of back squat at 100 kg): the session's id.
 */
async function completeSessionThroughUi(page: Page, title: string, minutes: number): Promise<string> {
  await page.goto(`${endpoints.webUrl}/training/new`);
  await page.getByRole('heading', { name: 'New session', level: 1 }).waitFor();
  await page.getByLabel('Title').fill(title);
  const exercise = page.getByRole('listitem', { name: 'Exercise 1' });
  await exercise.getByLabel('Exercise (catalog id)').fill('back-squat');
  await exercise.getByLabel('Sets', { exact: true }).fill('2');
  await exercise.getByLabel('Reps').fill('5');
  await exercise.getByLabel('Load (kg)').fill('100');
  await exercise.getByLabel('Rest (s)').fill('0');
  await page.getByRole('button', { name: 'Create session' }).click();
  await page.getByRole('heading', { name: title, level: 1 }).waitFor();
  const sessionId = decodeURIComponent(page.url().split('/').pop()!);
  await page.getByRole('button', { name: 'Start the session' }).click();
  const sets = page.getByRole('table', { name: 'Sets of Back squat' });
  for (const n of [1, 2]) {
    await sets.getByRole('button', { name: `Log set ${n} of Back squat` }).click();
    await sets.getByRole('img', { name: `Set ${n} of Back squat logged` }).waitFor();
  }
  await page.getByRole('button', { name: 'Finish the session' }).click();
  await page.getByLabel('How hard was it? (RPE 1–10)').fill('8');
  await page.getByLabel('Actual duration (min)').fill(String(minutes));
  await page.getByRole('button', { name: 'Complete the session' }).click();
  await page.getByRole('heading', { name: 'What it came to' }).waitFor();
  return sessionId;
}

const forgeTab = (page: Page, name: string) => page.getByRole('group', { name: 'Forge' }).getByRole('link', { name, exact: true }).click();
const trainingTab = (page: Page, name: string) => page.getByRole('group', { name: 'Training' }).getByRole('link', { name, exact: true }).click();
/** The Forge day totals are kept by a stream consumer: they follow a write within a moment. */
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000, interval: 250 });
const heading = (page: Page, name: string) => page.getByRole('heading', { name, level: 1 }).waitFor();

/** A metric of a `<dl class="metrics">` by its label. */
const metric = (page: Page, testId: string, label: string) => page.getByTestId(testId).locator('div', { has: page.locator('dt', { hasText: label }) }).locator('dd').innerText();
/** A cell of the Forge "Per source" table: row by source, column index (1 calories, 2 time, 3 count). */
const sourceCell = (page: Page, source: string, column: number) => page.getByRole('table', { name: 'Per source' }).getByRole('row', { name: new RegExp(`^${source}`) }).getByRole('cell').nth(column - 1).innerText();
const kcal = (text: string) => Number(text.replace(/[^\d.]/g, ''));

async function addActivity(page: Page, fields: { type?: string; title: string; duration: string; calories: string; distance?: string }) {
  await page.getByRole('button', { name: 'Add an activity' }).click();
  if (fields.type) await page.getByLabel('Type').selectOption({ label: fields.type });
  await page.getByLabel('Title').fill(fields.title);
  await page.getByLabel('Duration (min)').fill(fields.duration);
  await page.getByLabel('Calories (kcal)').fill(fields.calories);
  if (fields.distance) await page.getByLabel('Distance (km)').fill(fields.distance);
  await page.getByRole('button', { name: 'Add activity' }).click();
  await page.getByRole('status').filter({ hasText: `“${fields.title}” added.` }).waitFor();
}

async function expectCleanScreen(page: Page, name: string) {
  expect(await seriousA11yViolations(page), `axe on ${name}`).toEqual([]);
  const width = (await page.evaluate('document.documentElement.scrollWidth')) as number;
  expect(width, `${name} scrolls sideways`).toBeLessThanOrEqual(page.viewportSize()!.width);
  await screenshot(page, `forge-${name}`);
}

describe('Forge half in the browser (Chromium)', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    browser = await launchBrowser({ viewport: 'desktop' });
    page = browser.page;
    page.setDefaultTimeout(15_000);
    errors = collectConsoleErrors(page);
    await signUpThroughUi(page, endpoints.webUrl, localDir, `forge-a-${randomUUID()}@example.test`);
  });
  afterAll(async () => browser?.close());

  it('adds, edits and validates a manual activity on Forge Day', async () => {
    await forgeTab(page, 'Day');
    await heading(page, 'Your day');
    await page.getByText('Nothing tracked on this day.').waitFor();
    await expectCleanScreen(page, 'day-empty-desktop');

    // The form says what is wrong in the UI's language before anything is sent.
    await page.getByRole('button', { name: 'Add an activity' }).click();
    await page.getByLabel('Duration (min)').fill('0');
    await page.getByLabel('Average heart rate (bpm)').fill('170');
    await page.getByLabel('Max heart rate (bpm)').fill('150');
    await page.getByRole('button', { name: 'Add activity' }).click();
    await page.getByText('Between 1 and 1440.').waitFor();
    await page.getByText('The average cannot be above the max heart rate.').waitFor();
    expect(await page.locator(':focus').getAttribute('aria-invalid'), 'focus on the first field to fix').toBe('true');
    await page.getByRole('button', { name: 'Cancel' }).click();

    await addActivity(page, { title: 'Evening walk', duration: '30', calories: '120', distance: '2.5' });
    const walk = page.getByRole('article', { name: 'Evening walk' });
    await walk.getByText('30 min · 120 kcal · 2.5 km').waitFor();
    await poll(() => metric(page, 'forge-day-totals', 'Calories')).toBe('120 kcal');

    await page.getByRole('button', { name: 'Edit Evening walk' }).click();
    await page.getByLabel('Duration (min)').fill('45');
    await page.getByLabel('Calories (kcal)').fill('150');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('status').filter({ hasText: '“Evening walk” saved.' }).waitFor();
    await walk.getByText('45 min · 150 kcal · 2.5 km').waitFor();
    await poll(() => metric(page, 'forge-day-totals', 'Time')).toBe('45 min');
    await poll(() => metric(page, 'forge-day-totals', 'Calories')).toBe('150 kcal');
    await page.getByTestId('forge-why').filter({ hasText: 'Training shows no session for this day' }).waitFor();
  });

  it('shows a session completed in Training within seconds, without a reload, read-only with a link to it (scenario A)', async () => {
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => frame === page.mainFrame() && navigations.push(frame.url()));
    // Completed in Training in a second tab of the same browser; this tab stays on Forge Day.
    const training = await browser.context.newPage();
    const sessionId = await completeSessionThroughUi(training, 'Squat day', 40);
    await training.close();
    await page.getByTestId('synced-badge').filter({ hasText: '1 training session synced' }).waitFor({ timeout: 20_000 });
    expect(navigations, 'no reload').toEqual([]);

    const synced = page.getByRole('article', { name: 'Squat day' });
    await synced.getByText('Synced from Training').waitFor();
    await synced.getByText('Read-only here: edit or delete it in Training.').waitFor();
    expect(await synced.getByRole('button').count(), 'no edit or delete on a synced activity').toBe(0);
    expect(await synced.getByRole('link', { name: 'Open “Squat day” in Training' }).getAttribute('href')).toBe(`/training/sessions/${sessionId}`);

    // Scenario A: Forge = Training's own numbers + the manual walk; Training counts its session only.
    await poll(() => metric(page, 'forge-day-totals', 'Activities')).toBe('2');
    const trainingCalories = kcal(await sourceCell(page, 'Training', 1));
    expect(trainingCalories).toBeGreaterThan(0);
    expect(kcal(await metric(page, 'forge-day-totals', 'Calories'))).toBeCloseTo(trainingCalories + 150, 1);
    expect(await metric(page, 'forge-day-totals', 'Time')).toBe('1 h 25 min');
    await page.getByTestId('forge-why').filter({ hasText: 'it counts your training sessions only' }).waitFor();
    await expectCleanScreen(page, 'day-scenario-a-desktop');

    // The session was completed in the other tab: this tab's Today (cached 2 min when the athlete
    // landed on it) is read again.
    await trainingTab(page, 'Today');
    await page.reload();
    await heading(page, 'Today');
    expect(await metric(page, 'today-stats', 'Sessions')).toBe('1');
    expect(kcal(await metric(page, 'today-stats', 'Calories'))).toBeCloseTo(trainingCalories, 1);
    expect(await metric(page, 'today-stats', 'Time')).toBe('40 min');
  });

  it('renders the charts with text alternatives listing the same numbers', async () => {
    await forgeTab(page, 'Insights');
    await heading(page, 'Insights');
    const perDay = page.getByRole('figure', { name: 'Calories per day, by source' });
    await perDay.locator('canvas').first().waitFor();
    await perDay.getByText('The numbers').click();
    const lastRow = perDay.getByRole('row').last();
    const cells = await lastRow.getByRole('cell').allInnerTexts();
    // Training, Manual, Wearable, Total for today (the last day of the period).
    expect(cells.map(kcal)).toEqual([expect.closeTo(kcal(cells[0]!), 1), 150, 0, expect.closeTo(kcal(cells[0]!) + 150, 1)]);
    await page.getByTestId('forge-trends').getByText(/Calories: .* up from nothing in the period before/).waitFor();
    await expectCleanScreen(page, 'insights-desktop');

    await forgeTab(page, 'Progression');
    await heading(page, 'Progression');
    const minutes = page.getByRole('figure', { name: 'Minutes per week, by source' });
    await minutes.locator('canvas').first().waitFor();
    await minutes.getByText('The numbers').click();
    expect(await minutes.getByRole('row').last().getByRole('cell').allInnerTexts()).toEqual(['40 min', '45 min', '0 min', '85 min']);
    await expectCleanScreen(page, 'progression-desktop');

    await trainingTab(page, 'Records');
    const e1rm = page.getByRole('figure', { name: 'Estimated 1RM over time · Back squat' });
    await e1rm.locator('canvas').first().waitFor();
    await e1rm.getByText('The numbers').click();
    const recordValue = await page.locator('.record', { hasText: 'Estimated 1RM' }).locator('.record-value').innerText();
    expect(await e1rm.getByRole('row').last().getByRole('cell').innerText()).toBe(recordValue);
    const load = page.getByRole('figure', { name: 'Weekly load and ACWR' });
    await load.getByText('The numbers').click();
    expect(await load.getByRole('row').last().getByRole('cell').first().innerText()).toBe('320 AU');
    await expectCleanScreen(page, 'records-charts-desktop');
  });

  it('lists the history by source and deletes the manual activity', async () => {
    await forgeTab(page, 'History');
    await heading(page, 'Activity history');
    await page.getByRole('article', { name: 'Squat day' }).waitFor();
    await page.getByRole('article', { name: 'Evening walk' }).waitFor();
    await page.getByLabel('Source').selectOption({ label: 'Manual' });
    await poll(() => page.getByRole('article').count()).toBe(1);
    await page.getByText('that is everything in this range').waitFor();
    expect(await page.getByRole('button', { name: 'Load more' }).count()).toBe(0);
    await expectCleanScreen(page, 'history-desktop');

    await forgeTab(page, 'Day');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Delete Evening walk' }).click();
    await page.getByRole('status').filter({ hasText: '“Evening walk” deleted.' }).waitFor();
    await poll(() => page.getByRole('article').count()).toBe(1);
    await poll(() => metric(page, 'forge-day-totals', 'Time')).toBe('40 min');
    await page.getByTestId('forge-why').filter({ hasText: 'Training’s Today shows the same totals' }).waitFor();
  });

  it('speaks French', async () => {
    await page.getByLabel('Language').selectOption('fr');
    await heading(page, 'Votre journée');
    await page.getByText('1 séance d’entraînement synchronisée').waitFor();
    await page.getByText('Synchronisée depuis Entraînement').waitFor();
    const text = await page.locator('main').innerText();
    for (const english of ['Totals of the day', 'Activities', 'Read-only', 'Per source', 'Add an activity']) expect(text).not.toContain(english);
    await screenshot(page, 'forge-day-fr-desktop');
    await page.getByLabel('Langue').selectOption('en');
  });

  it('has logged no console error', () => expect(errors).toEqual([]));
});

describe('Forge scenarios B and C on a phone', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    browser = await launchBrowser({ viewport: 'phone' });
    page = browser.page;
    page.setDefaultTimeout(15_000);
    errors = collectConsoleErrors(page);
  });
  afterAll(async () => browser?.close());

  it('B: training only → Forge and Training show the same totals', async () => {
    await signUpThroughUi(page, endpoints.webUrl, localDir, `forge-b-${randomUUID()}@example.test`);
    await completeSessionThroughUi(page, 'Only training', 35);
    await forgeTab(page, 'Day');
    await page.getByTestId('synced-badge').waitFor({ timeout: 20_000 });
    await page.getByTestId('forge-why').filter({ hasText: 'Training’s Today shows the same totals' }).waitFor();
    const forgeCalories = await metric(page, 'forge-day-totals', 'Calories');
    expect(await metric(page, 'forge-day-totals', 'Time')).toBe('35 min');
    await expectCleanScreen(page, 'day-scenario-b-phone');
    await trainingTab(page, 'Today');
    await heading(page, 'Today');
    await poll(() => metric(page, 'today-stats', 'Calories')).toBe(forgeCalories);
    await poll(() => metric(page, 'today-stats', 'Time')).toBe('35 min');
    await page.getByRole('button', { name: 'Sign out' }).click();
  });

  it('C: manual only → Forge counts it, Training shows no session', async () => {
    await signUpThroughUi(page, endpoints.webUrl, localDir, `forge-c-${randomUUID()}@example.test`);
    await forgeTab(page, 'Day');
    await heading(page, 'Your day');
    await addActivity(page, { type: 'Cycling', title: 'Ride to work with a very long title that has to wrap on a phone screen', duration: '25', calories: '200' });
    await poll(() => metric(page, 'forge-day-totals', 'Calories')).toBe('200 kcal');
    await page.getByTestId('forge-why').filter({ hasText: 'Training shows no session for this day' }).waitFor();
    expect(await page.getByTestId('synced-badge').count()).toBe(0);
    await expectCleanScreen(page, 'day-scenario-c-phone');
    await trainingTab(page, 'Today');
    await heading(page, 'Today');
    expect(await metric(page, 'today-stats', 'Sessions')).toBe('0');
    expect(await metric(page, 'today-stats', 'Calories')).toBe('0 kcal');
    await trainingTab(page, 'Records');
    await page.getByText('No completed session in the last 90 days').waitFor();
    await forgeTab(page, 'Insights');
    await page.getByRole('figure', { name: 'Calories per day, by source' }).locator('canvas').first().waitFor();
    await expectCleanScreen(page, 'insights-phone');
  });

  it('has logged no console error', () => expect(errors).toEqual([]));
});
